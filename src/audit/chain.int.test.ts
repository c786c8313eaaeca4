import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { testDatabaseKinds, useDatabaseBeforeMigration } from '../../test/support/databases.ts';
import { inTenant } from '../db/tenant.ts';
import { createJobRunner } from '../jobs/queue.ts';
import { recordAudit } from './audit.ts';
import { chainAuditEntries, chainAuditHandler, chainAuditJob, scheduleAuditChaining } from './chain.ts';
import { verifyAuditChain } from './verify.ts';

const chainMigration = 47;

for (const kind of await testDatabaseKinds()) {
  describe(`audit chaining after commit [${kind}]`, () => {
    // Migrated up to just before the chainer, so that the first test can write entries the old way.
    const old = useDatabaseBeforeMigration(kind, chainMigration);
    const db = old.db;

    const agencyId = randomUUID();
    const userId = randomUUID();
    const scope = { userId, agencyId, permissions: ['audit:read'] };
    const write = (requestId: string, action = 'case.read') =>
      inTenant(db(), scope, (tx) => recordAudit(tx, { actorUserId: userId, agencyId, action, requestId }));

    it('keeps the entries chained before the migration verifying, and continues their chain', async () => {
      await write('before-1');
      await write('before-2');
      await old.migrateRest();
      const [first] = await db().query<{ id: number; seq: number }>(
        `select e.id, c.seq from audit_event e join audit_chain c on c.entry_id = e.id
          where e.request_id = 'before-2'`,
      );
      assert.deepEqual(first, { id: 2, seq: 2 });
      await write('after-1');
      assert.deepEqual(await verifyAuditChain(db()), { entries: 2, firstBreak: undefined, pending: 1 });
      await chainAuditEntries(db());
      const [next] = await db().query<{ id: number; seq: number }>(
        `select e.id, c.seq from audit_event e join audit_chain c on c.entry_id = e.id
          where e.request_id = 'after-1'`,
      );
      assert.deepEqual(next, { id: 3, seq: 3 });
      assert.deepEqual(await verifyAuditChain(db()), { entries: 3, firstBreak: undefined, pending: 0 });
    });

    it('chains every committed entry of many concurrent writers, some rolled back, into one gapless chain', async () => {
      const writers = Array.from({ length: 40 }, (_, index) => index);
      const results = await Promise.allSettled(
        writers.map(async (index) => {
          await inTenant(db(), scope, async (tx) => {
            for (const action of ['person.read', 'case.read', 'case.update']) {
              await recordAudit(tx, { actorUserId: userId, agencyId, action, requestId: `writer-${index}` });
            }
            if (index % 4 === 3) throw new Error('the change failed');
          });
          // Chainers run while other writers are still in their transactions.
          if (index % 5 === 0) await chainAuditEntries(db());
        }),
      );
      assert.equal(results.filter((result) => result.status === 'rejected').length, 10);
      await Promise.all([chainAuditEntries(db()), chainAuditEntries(db())]);

      const report = await verifyAuditChain(db());
      assert.deepEqual(report, { entries: 3 + 30 * 3, firstBreak: undefined, pending: 0 });
      const written = await db().query<{ request_id: string; n: number }>(
        `select request_id, count(*)::int as n from audit_event where request_id like 'writer-%'
          group by request_id order by request_id`,
      );
      const committed = writers.filter((index) => index % 4 !== 3).map((index) => `writer-${index}`);
      assert.deepEqual(written.map((row) => row.request_id).sort(), committed.sort());
      assert.ok(written.every((row) => row.n === 3));
      // Within one transaction the entries keep the order they were written in.
      const order = await db().query<{ ordered: boolean }>(
        `select bool_and(ordered) as ordered from (
           select (array_agg(e.action order by c.seq) = array['person.read', 'case.read', 'case.update']) as ordered
             from audit_event e join audit_chain c on c.entry_id = e.id
            where e.request_id like 'writer-%' group by e.request_id) t`,
      );
      assert.equal(order[0]?.ordered, true);
    });

    it('loses nothing when a chainer fails: the next one chains what it left', async () => {
      await write('crash-1');
      await write('crash-2');
      await assert.rejects(
        db().transaction(async (tx) => {
          await tx.query('select audit_event_chain_pending()');
          throw new Error('the chainer died');
        }),
      );
      assert.equal((await verifyAuditChain(db())).pending, 2);
      assert.equal(await chainAuditEntries(db()), 2);
      assert.deepEqual(await verifyAuditChain(db()), { entries: 95, firstBreak: undefined, pending: 0 });
    });

    if (kind === 'postgres') {
      it('leaves an entry committed while a chainer runs for the next chainer, never skipping it', async () => {
        let release: () => void = () => {};
        const held = new Promise<void>((resolve) => {
          release = resolve;
        });
        let started: () => void = () => {};
        const chaining = new Promise<void>((resolve) => {
          started = resolve;
        });
        const chainer = db().transaction(async (tx) => {
          await tx.query('select audit_event_chain_pending()');
          started();
          await held;
        });
        await chaining;
        await write('during-chaining');
        // A second chainer waits for the first (one at a time), then chains the new entry.
        const second = chainAuditEntries(db());
        release();
        await chainer;
        assert.equal(await second, 1);
        assert.deepEqual(await verifyAuditChain(db()), { entries: 96, firstBreak: undefined, pending: 0 });
      });

      it('holds the floor below an entry whose transaction stays open across chainer runs, and chains it once committed', async () => {
        let release: () => void = () => {};
        const held = new Promise<void>((resolve) => {
          release = resolve;
        });
        let written: (id: number) => void = () => {};
        const open = new Promise<number>((resolve) => {
          written = resolve;
        });
        // Written first, so it holds the lowest number of the entries below, and committed last.
        const slow = inTenant(db(), scope, async (tx) => {
          await recordAudit(tx, { actorUserId: userId, agencyId, action: 'case.read', requestId: 'slow' });
          const [entry] = await tx.query<{ id: number }>(
            `select id from audit_event where request_id = 'slow'`,
          );
          written(entry?.id ?? 0);
          await held;
        });
        try {
          const slowId = await open;
          // Chainer runs while the open writer holds the newest transaction id, then beside others.
          assert.equal(await chainAuditEntries(db()), 0);
          assert.equal(await chainAuditEntries(db()), 0);
          for (let run = 0; run < 3; run++) {
            await write(`quick-${run}`);
            assert.equal(await chainAuditEntries(db()), 1);
          }
          const [state] = await db().query<{ floor: number }>('select floor from audit_chain_floor');
          assert.ok(state && state.floor <= slowId, 'the floor waits below the open entry');
        } finally {
          release();
          await slow;
        }
        assert.equal(await chainAuditEntries(db()), 1);
        assert.deepEqual(await verifyAuditChain(db()), { entries: 100, firstBreak: undefined, pending: 0 });
      });

      it('moves the floor past a number whose transaction rolled back', async () => {
        await assert.rejects(
          inTenant(db(), scope, async (tx) => {
            await recordAudit(tx, {
              actorUserId: userId,
              agencyId,
              action: 'case.read',
              requestId: 'undone',
            });
            throw new Error('the read failed');
          }),
        );
        await write('after-undone');
        // The floor moves once every transaction older than the last mark has ended, in any database
        // of the server (a snapshot's xmin is the server's): runs until it has, on a shared server.
        let state: { floor: number; last: number } | undefined;
        for (let run = 0; run < 100 && !(state && state.floor > state.last); run++) {
          if (run > 1) await new Promise((resolve) => setTimeout(resolve, 100));
          await chainAuditEntries(db());
          [state] = await db().query<{ floor: number; last: number }>(
            `select floor, (select max(id) from audit_event) as last from audit_chain_floor`,
          );
        }
        assert.ok(state && state.floor > state.last, 'the floor is past every number given out');
        assert.deepEqual(await verifyAuditChain(db()), { entries: 101, firstBreak: undefined, pending: 0 });
      });
    }

    it('is run by the job queue, which queues its next run', async () => {
      await write('by-job');
      await scheduleAuditChaining(db());
      const runner = createJobRunner(db(), { handlers: { [chainAuditJob]: chainAuditHandler(db()) } });
      assert.equal(await runner.drain(), 1);
      assert.equal((await verifyAuditChain(db())).pending, 0);
      const queued = await db().query<{ n: number }>(
        `select count(*)::int as n from job where kind = $1 and status = 'queued' and run_at > now()`,
        [chainAuditJob],
      );
      assert.equal(queued[0]?.n, 1);
    });
  });
}
