import assert from 'node:assert/strict';
import net from 'node:net';
import { describe, it } from 'node:test';
import pg from 'pg';
import { postgresAdminUrl, testDatabaseKinds } from '../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../test/support/platform.ts';
import { forgetSession } from '../modules/auth/index.ts';
import { hashToken } from '../modules/auth/tokens.ts';
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

/**
 * Counts the writes to server PostgreSQL's sockets while `work` runs: what node's socket hands the
 * kernel in one call (`_write`, or `_writev` for several buffered chunks — one writev syscall).
 */
async function countWrites(work: () => Promise<void>): Promise<number> {
  const port = Number(new URL(postgresAdminUrl).port || 5432);
  const proto = net.Socket.prototype as unknown as Record<'_write' | '_writev', (...a: unknown[]) => unknown>;
  const { _write, _writev } = proto;
  let writes = 0;
  const counting = (original: (...a: unknown[]) => unknown) =>
    function (this: net.Socket, ...args: unknown[]) {
      if (this.remotePort === port) writes++;
      return original.apply(this, args);
    };
  proto._write = counting(_write);
  proto._writev = counting(_writev);
  try {
    await work();
  } finally {
    proto._write = _write;
    proto._writev = _writev;
  }
  return writes;
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
      const counts = { withSessionLookup: 0, withSessionCheck: 0, ownPrelude: 0 };
      Object.assign(db, {
        transaction: (...args: Parameters<typeof transaction>) => {
          if (args[1]?.opening?.text.includes('lindung_enter_session')) counts.withSessionCheck++;
          else counts.ownPrelude++;
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

    it('reads a case in the transaction its session lookup began, then with the session checked in it, audited', async () => {
      const session = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const { caseId } = await personWithCase(session);
      const url = await serverUrl();
      const read = async () => {
        const answer = await fetch(`${url}/api/cases/${caseId}`, { headers: { cookie: session.cookie } });
        assert.equal(answer.status, 200);
      };
      // A session this process has not seen lately is looked up first (decision 0048) …
      forgetSession(hashToken(session.cookie.replace(/^[^=]*=/, '')));
      assert.deepEqual(
        await countTransactions(read),
        kind === 'postgres'
          ? { withSessionLookup: 1, withSessionCheck: 0, ownPrelude: 0 }
          : { withSessionLookup: 0, withSessionCheck: 0, ownPrelude: 1 },
      );
      // … and then checked in the read's own transaction, on both databases (decision 0056).
      assert.deepEqual(await countTransactions(read), {
        withSessionLookup: 0,
        withSessionCheck: 1,
        ownPrelude: 0,
      });
      const entries = await platform().db.query(
        `select 1 from audit_event where action = 'case.read' and subject_id = $1 and actor_user_id = $2`,
        [caseId, session.userId],
      );
      assert.equal(entries.length, 2);
    });

    it('reads a case and lists cases in one round trip and one write each on server PostgreSQL (decision 0056)', async (t) => {
      if (kind !== 'postgres') return t.skip('PGlite runs in process: no round trips');
      const session = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const { caseId } = await personWithCase(session);
      const url = await serverUrl();
      const perRequest = async (path: string) => {
        const get = async () => {
          const answer = await fetch(`${url}${path}`, { headers: { cookie: session.cookie } });
          assert.equal(answer.status, 200);
        };
        await get(); // warm-up: the pool's connections are opened, the session is remembered
        const requests = 5;
        let roundTrips = 0;
        const writes = await countWrites(async () => {
          roundTrips = await countRoundTrips(async () => {
            for (let i = 0; i < requests; i++) await get();
          });
        });
        return { roundTrips: roundTrips / requests, writes: writes / requests };
      };
      // BEGIN, the session's check with the tenant settings, the read (with its audit entry) and
      // COMMIT: issued together, in one write.
      assert.deepEqual(await perRequest(`/api/cases/${caseId}`), { roundTrips: 1, writes: 1 });
      assert.deepEqual(await perRequest('/api/cases?limit=50&status=open'), { roundTrips: 1, writes: 1 });
      const entries = await platform().db.query(
        `select 1 from audit_event where action = 'case.read' and subject_id = $1`,
        [caseId],
      );
      assert.equal(entries.length, 6);
    });

    for (const [ending, end] of [
      ['expired', `update auth_session set expires_at = now() - interval '1 second' where token_hash = $1`],
      [
        'idle too long',
        `update auth_session set last_seen_at = now() - interval '1 day' where token_hash = $1`,
      ],
      ['revoked', 'delete from auth_session where token_hash = $1'],
    ] as const) {
      it(`reads nothing and audits nothing for a remembered session since ${ending} (decision 0056)`, async () => {
        const session = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
        const { caseId } = await personWithCase(session);
        const url = await serverUrl();
        const get = (path: string) => fetch(`${url}${path}`, { headers: { cookie: session.cookie } });
        assert.equal((await get(`/api/cases/${caseId}`)).status, 200); // remembered from here on
        const audited = async () =>
          (
            await platform().db.query(
              `select 1 from audit_event where action = 'case.read' and subject_id = $1`,
              [caseId],
            )
          ).length;
        const before = await audited();
        const tokenHash = hashToken(
          decodeURIComponent(session.cookie.replace(/^[^=]*=/, '').split(';')[0] ?? ''),
        );
        const row = () =>
          platform().db.query('select 1 from auth_session where token_hash = $1', [tokenHash]);
        assert.equal((await row()).length, 1);
        await platform().db.query(end, [tokenHash]);
        const read = await get(`/api/cases/${caseId}`);
        assert.equal(read.status, 401);
        const list = await get('/api/cases?limit=5');
        assert.equal(list.status, 401);
        // A bad parameter is answered 401 too: the session is judged before anything else.
        assert.equal((await get('/api/cases/not-a-uuid')).status, 401);
        assert.equal(await audited(), before);
        assert.equal((await row()).length, 0); // an ended session is forgotten, as before
      });
    }

    it('records an idle minute of a remembered session in the read’s transaction (decision 0056)', async () => {
      const session = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const { caseId } = await personWithCase(session);
      const url = await serverUrl();
      const get = () => fetch(`${url}/api/cases/${caseId}`, { headers: { cookie: session.cookie } });
      assert.equal((await get()).status, 200);
      const tokenHash = hashToken(session.cookie.replace(/^[^=]*=/, ''));
      await platform().db.query(
        `update auth_session set last_seen_at = now() - interval '5 minutes' where token_hash = $1`,
        [tokenHash],
      );
      assert.equal((await get()).status, 200);
      const [seen] = await platform().db.query<{ recent: boolean }>(
        `select last_seen_at > now() - interval '1 minute' as recent from auth_session where token_hash = $1`,
        [tokenHash],
      );
      assert.equal(seen?.recent, true);
    });

    it('reads nothing for a remembered session after sign-out (decision 0056)', async () => {
      const session = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const { caseId } = await personWithCase(session);
      const url = await serverUrl();
      const get = () => fetch(`${url}/api/cases/${caseId}`, { headers: { cookie: session.cookie } });
      assert.equal((await get()).status, 200);
      const out = await session.request('POST', '/api/auth/sign-out');
      assert.equal(out.statusCode, 204);
      const read = await get();
      assert.equal(read.status, 401);
    });

    it('follows a remembered session into its new permissions at once (decision 0056)', async () => {
      const session = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const { caseId } = await personWithCase(session);
      const url = await serverUrl();
      const get = () => fetch(`${url}/api/cases/${caseId}`, { headers: { cookie: session.cookie } });
      assert.equal((await get()).status, 200);
      // Another process changes the user's roles: this one's remembered session is now wrong.
      const [membership] = await platform().db.query<{ role_code: string }>(
        'select role_code from membership where user_id = $1 limit 1',
        [session.userId],
      );
      const role = membership?.role_code;
      await platform().db.query(`update membership set role_code = 'auditor' where user_id = $1`, [
        session.userId,
      ]);
      try {
        const read = await get();
        assert.ok([403, 404].includes(read.status), String(read.status));
      } finally {
        await platform().db.query('update membership set role_code = $2 where user_id = $1', [
          session.userId,
          role,
        ]);
      }
      assert.equal((await get()).status, 200);
    });

    /** A signed-in case manager with a case, and a read of that case over the socket. */
    async function caseReader() {
      const session = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const { caseId } = await personWithCase(session);
      const url = await serverUrl();
      const get = () => fetch(`${url}/api/cases/${caseId}`, { headers: { cookie: session.cookie } });
      return { session, get };
    }

    /** The token hash of a signed-in test session's cookie. */
    const tokenHashOf = (session: { cookie: string }) =>
      hashToken(decodeURIComponent(session.cookie.replace(/^[^=]*=/, '').split(';')[0] ?? ''));

    it('keeps a session’s permissions in its row, numbered by the permissions’ state (decision 0088)', async () => {
      const { session, get } = await caseReader();
      assert.equal((await get()).status, 200);
      assert.equal((await get()).status, 200); // checked in the read's transaction, which keeps them
      const [kept] = await platform().db.query<{ same: boolean; current: boolean; agency: boolean }>(
        `select s.permissions = lindung_permissions(s.user_id, s.agency_id) as same,
                s.permissions_version = (select version from session_permission_state) as current,
                s.permissions_agency = s.agency_id as agency
           from auth_session s where s.token_hash = $1`,
        [tokenHashOf(session)],
      );
      assert.deepEqual(kept, { same: true, current: true, agency: true });
    });

    it('takes a permission away from a role on the next request of a remembered session (decision 0088)', async () => {
      const { session, get } = await caseReader();
      assert.equal((await get()).status, 200);
      assert.equal((await get()).status, 200); // its permissions are kept from here on
      const roles = (
        await platform().db.query<{ role_code: string }>(
          'select role_code from membership where user_id = $1 and agency_id = $2',
          [session.userId, session.agencyId],
        )
      ).map((row) => row.role_code);
      const revoked = await platform().db.query<{ role_code: string }>(
        `delete from role_permission where role_code = any ($1) and permission = 'case:read' returning role_code`,
        [roles],
      );
      assert.ok(revoked.length > 0);
      try {
        const read = await get();
        assert.ok([403, 404].includes(read.status), String(read.status));
      } finally {
        await platform().db.query(
          `insert into role_permission (role_code, permission) select unnest($1::text[]), 'case:read'`,
          [revoked.map((row) => row.role_code)],
        );
      }
      assert.equal((await get()).status, 200);
    });

    it('ends a remembered session on the next request once its agency is deactivated (decision 0088)', async () => {
      const { session, get } = await caseReader();
      assert.equal((await get()).status, 200);
      assert.equal((await get()).status, 200);
      await platform().db.query('update agency set active = false where id = $1', [session.agencyId]);
      try {
        const read = await get();
        assert.equal(read.status, 401);
        assert.equal(((await read.json()) as { code: string }).code, 'membership_ended');
      } finally {
        await platform().db.query('update agency set active = true where id = $1', [session.agencyId]);
      }
    });

    it('does not take a session’s kept permissions to another agency (decision 0088)', async () => {
      const { session, get } = await caseReader();
      assert.equal((await get()).status, 200);
      const tokenHash = tokenHashOf(session);
      const [kept] = await platform().db.query<{ permissions: string[] }>(
        'select permissions from auth_session where token_hash = $1 and permissions is not null',
        [tokenHash],
      );
      assert.ok(kept, 'the permissions are kept');
      // Another agency, in which the user holds no role: the kept permissions are not its.
      const [other] = await platform().db.query<{ id: string }>(
        `select id from agency where id <> $1 and id not in (select agency_id from membership where user_id = $2) limit 1`,
        [session.agencyId, session.userId],
      );
      assert.ok(other);
      const check = () =>
        platform().db.transaction((tx) =>
          tx.query('select lindung_enter_session($1, $2, $3, $4, $5, 30)', [
            tokenHash,
            session.userId,
            other.id,
            kept.permissions,
            'complete',
          ]),
        );
      await platform().db.query('update auth_session set agency_id = $2 where token_hash = $1', [
        tokenHash,
        other.id,
      ]);
      await assert.rejects(check(), (error: { code?: string }) => error.code === 'LS401');
    });

    it('keeps another agency out of a case read in that transaction, and audits the read as refused, not as done', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const { caseId } = await personWithCase(jkm);
      const other = await signInAs(platform().app, 'prosecutor.agc@demo.lindung.org');
      const read = await other.request('GET', `/api/cases/${caseId}`);
      assert.ok([403, 404].includes(read.statusCode), String(read.statusCode));
      const entries = await platform().db.query<{ outcome: string }>(
        `select outcome from audit_event where action = 'case.read' and subject_id = $1`,
        [caseId],
      );
      assert.deepEqual(
        entries.map((entry) => entry.outcome),
        ['denied'],
      );
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
