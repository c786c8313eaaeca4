import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../test/support/platform.ts';
import { personWithCase } from '../modules/referrals/referral.factory.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`request transactions of signed-in reads [${kind}]`, () => {
    const platform = useTestPlatform(kind);

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
      // Over a real socket, as a browser would: the route must reach inTenant before the loan ends.
      const url = await platform().app.listen({ host: '127.0.0.1', port: 0 });
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
