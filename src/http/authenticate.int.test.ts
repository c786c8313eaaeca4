import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import pg from 'pg';
import { testDatabaseKinds } from '../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../test/support/platform.ts';
import { personWithCase } from '../modules/referrals/referral.factory.ts';

/**
 * Counts the round trips to server PostgreSQL while `work` runs: statements issued on a connection
 * with none in flight, or on one that does not pipeline. A statement issued while another is in
 * flight on a pipelining connection goes out with it and is answered in the same wait.
 */
async function countRoundTrips(work: () => Promise<void>): Promise<number> {
  const query = pg.Client.prototype.query;
  const inFlight = new WeakMap<pg.Client, number>();
  let roundTrips = 0;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const pending = inFlight.get(this) ?? 0;
    if (!this.pipeline || pending === 0) roundTrips++;
    inFlight.set(this, pending + 1);
    const settled = () => inFlight.set(this, (inFlight.get(this) ?? 1) - 1);
    const callback = args.findIndex((arg) => typeof arg === 'function');
    if (callback >= 0) {
      const answer = args[callback] as (...result: unknown[]) => void;
      args[callback] = (...result: unknown[]) => {
        settled();
        answer(...result);
      };
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    }
    const result = (query as (...a: unknown[]) => Promise<unknown>).apply(this, args);
    result.then(settled, settled);
    return result;
  } as typeof query;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = query;
  }
  return roundTrips;
}

for (const kind of await testDatabaseKinds()) {
  describe(`request transactions of signed-in reads [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    /** The app over a real socket, as a browser would reach it: the route must take the loan in time. */
    let listening: Promise<string> | undefined;
    const serverUrl = () => {
      listening ??= platform().app.listen({ host: '127.0.0.1', port: 0 });
      return listening;
    };

    /** Counts the transactions the platform begins while `work` runs, by how they were begun. */
    async function countTransactions(work: () => Promise<void>) {
      const db = platform().db;
      const { transaction, begin } = db;
      const counts = { withSessionLookup: 0, ownPrelude: 0 };
      Object.assign(db, {
        transaction: (...args: Parameters<typeof transaction>) => {
          counts.ownPrelude++;
          return transaction.apply(db, args);
        },
        begin:
          begin &&
          ((prelude: string) => {
            if (prelude.includes('auth_session')) counts.withSessionLookup++;
            return begin.call(db, prelude);
          }),
      });
      try {
        await work();
      } finally {
        Object.assign(db, { transaction, begin });
      }
      return counts;
    }

    it('reads a case in the transaction its session lookup began (server PostgreSQL), audited', async () => {
      const session = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const { caseId } = await personWithCase(session);
      const url = await serverUrl();
      const counts = await countTransactions(async () => {
        const read = await fetch(`${url}/api/cases/${caseId}`, { headers: { cookie: session.cookie } });
        assert.equal(read.status, 200);
      });
      assert.deepEqual(
        counts,
        kind === 'postgres'
          ? { withSessionLookup: 1, ownPrelude: 0 }
          : { withSessionLookup: 0, ownPrelude: 1 },
      );
      const entries = await platform().db.query(
        `select 1 from audit_event where action = 'case.read' and subject_id = $1 and actor_user_id = $2`,
        [caseId, session.userId],
      );
      assert.equal(entries.length, 1);
    });

    it('reads a case and lists cases in two round trips each on server PostgreSQL (decision 0055)', async (t) => {
      if (kind !== 'postgres') return t.skip('PGlite runs in process: no round trips');
      const session = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const { caseId } = await personWithCase(session);
      const url = await serverUrl();
      const perRequest = async (path: string) => {
        const get = async () => {
          const answer = await fetch(`${url}${path}`, { headers: { cookie: session.cookie } });
          assert.equal(answer.status, 200);
        };
        await get(); // warm-up: the pool's connections are opened
        const requests = 5;
        const count = await countRoundTrips(async () => {
          for (let i = 0; i < requests; i++) await get();
        });
        return count / requests;
      };
      // BEGIN + session lookup + tenant settings; the read (with its audit entry) + COMMIT.
      assert.equal(await perRequest(`/api/cases/${caseId}`), 2);
      assert.equal(await perRequest('/api/cases?limit=50&status=open'), 2);
      const entries = await platform().db.query(
        `select 1 from audit_event where action = 'case.read' and subject_id = $1`,
        [caseId],
      );
      assert.equal(entries.length, 6);
    });

    it('keeps another agency out of a case read in that transaction, and audits no read it refused', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const { caseId } = await personWithCase(jkm);
      const other = await signInAs(platform().app, 'prosecutor.agc@demo.lindung.org');
      const read = await other.request('GET', `/api/cases/${caseId}`);
      assert.ok([403, 404].includes(read.statusCode), String(read.statusCode));
      const entries = await platform().db.query(
        `select 1 from audit_event where action = 'case.read' and subject_id = $1`,
        [caseId],
      );
      assert.equal(entries.length, 0);
    });

    it('refuses a session ended since its last request, and forgets it', async () => {
      const session = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      await platform().db.query(`update auth_session set expires_at = now() - interval '1 second'`);
      const sessions = async () => (await platform().db.query('select 1 from auth_session')).length;
      const before = await sessions();
      const read = await session.request('GET', '/api/cases?limit=5');
      assert.equal(read.statusCode, 401);
      assert.equal(read.json().code, 'session_expired');
      assert.equal(await sessions(), before - 1);
    });
  });
}
