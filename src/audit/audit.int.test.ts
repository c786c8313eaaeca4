import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { testDatabaseKinds, useFreshDatabase } from '../../test/support/databases.ts';
import { inTenant } from '../db/tenant.ts';
import { recordAudit } from './audit.ts';
import { chainAuditEntries } from './chain.ts';
import { verifyAuditChain } from './verify.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`audit log [${kind}]`, () => {
    const db = useFreshDatabase(kind);
    const agencyId = randomUUID();
    const userId = randomUUID();
    const scope = { userId, agencyId, permissions: ['audit:read'] };

    it('chains entries written by the application role, in the same transaction as the change', async () => {
      await inTenant(db(), scope, async (tx) => {
        for (const [index, action] of ['person.read', 'case.update', 'case.read'].entries()) {
          await recordAudit(tx, {
            actorUserId: userId,
            agencyId,
            action,
            subject: { type: 'case', id: `case-${index}` },
            reason: index === 2 ? 'court request, ref 12/2026 — “quoted”' : undefined,
            detail: { fields: ['status'], note: 'Nguyễn Văn A | 100%' },
          });
        }
      });
      assert.deepEqual(await verifyAuditChain(db()), { entries: 0, firstBreak: undefined, pending: 3 });
      assert.equal(await chainAuditEntries(db()), 3);
      assert.deepEqual(await verifyAuditChain(db()), { entries: 3, firstBreak: undefined, pending: 0 });
    });

    it('leaves no entry behind when the change is rolled back, and no gap in the chain', async () => {
      await assert.rejects(
        inTenant(db(), scope, async (tx) => {
          await recordAudit(tx, { actorUserId: userId, agencyId, action: 'case.update' });
          throw new Error('the change failed');
        }),
      );
      await inTenant(db(), scope, (tx) =>
        recordAudit(tx, { actorUserId: userId, agencyId, action: 'case.close' }),
      );
      await chainAuditEntries(db());
      const rows = await db().query<{ id: number; seq: number; action: string }>(
        'select e.id, c.seq, e.action from audit_event e join audit_chain c on c.entry_id = e.id order by c.seq',
      );
      assert.deepEqual(
        rows.map((row) => row.seq),
        [1, 2, 3, 4],
      );
      assert.deepEqual(
        rows.map((row) => row.action),
        ['person.read', 'case.update', 'case.read', 'case.close'],
      );
      assert.equal(rows[3]?.id, 5, 'the rolled-back entry used id 4');
      assert.equal((await verifyAuditChain(db())).firstBreak, undefined);
    });

    it('gives the application role no way to change, delete or chain an entry', async () => {
      for (const [statement, params] of [
        ['update audit_event set action = $1 where id = 1', ['case.forged']],
        ['delete from audit_event where id = $1', [1]],
        ['select audit_event_chain_pending($1)', [1]],
        [`insert into audit_chain (entry_id, seq, prev_hash, hash) values ($1, 99, '', '')`, [1]],
        ['update audit_chain set hash = $1 where seq = 1', ['f'.repeat(64)]],
        ['delete from audit_chain where seq = $1', [1]],
        ['select * from audit_chain_floor where floor > $1', [0]],
      ] as const) {
        await assert.rejects(
          inTenant(db(), scope, (tx) => tx.query(statement, params)),
          (error: { code?: string }) => error.code === '42501',
          statement,
        );
      }
    });

    it('numbers an entry itself, whatever number its writer sent or sequence it made', async () => {
      await inTenant(db(), scope, async (tx) => {
        // A temporary sequence of the same name is searched first for an unqualified name.
        await tx.query('create temporary sequence audit_event_entry_id start 1');
        await tx.query(
          `insert into audit_event (id, actor_user_id, agency_id, action) values (1, $1, $2, 'case.forged')`,
          [userId, agencyId],
        );
      });
      const [row] = await db().query<{ id: number }>(
        `select id from audit_event where action = 'case.forged'`,
      );
      assert.equal(row?.id, 6, 'the next number after the rolled-back 4 and the entry 5');
      await chainAuditEntries(db());
      assert.deepEqual(await verifyAuditChain(db()), { entries: 5, firstBreak: undefined, pending: 0 });
    });

    it('refuses updates, deletes and truncation even by the table owner, chained or not', async () => {
      await db().query(`insert into audit_event (action) values ('case.pending')`);
      for (const where of ['id = 1', `action = 'case.pending'`]) {
        await assert.rejects(
          db().query(`update audit_event set action = 'case.forged' where ${where}`),
          /append-only/,
        );
        await assert.rejects(db().query(`delete from audit_event where ${where}`), /append-only/);
      }
      await assert.rejects(db().query('truncate audit_event'), /append-only/);
      await chainAuditEntries(db());
      // The chain rows are insert-only too.
      await assert.rejects(
        db().query(`update audit_chain set hash = repeat('a', 64) where seq = 1`),
        /append-only/,
      );
      await assert.rejects(db().query('delete from audit_chain where seq = 1'), /append-only/);
      await assert.rejects(db().query('truncate audit_chain'), /append-only/);
    });

    it('keeps each chain number to one entry and each entry to one chain row, even for the owner', async () => {
      await chainAuditEntries(db());
      for (const requestId of ['waiting-1', 'waiting-2']) {
        await inTenant(db(), scope, (tx) =>
          recordAudit(tx, { actorUserId: userId, agencyId, action: 'case.read', requestId }),
        );
      }
      const [waiting] = await db().query<{ count: number; last: number; id: number }>(
        `select (select count(*)::int from audit_event e
                  where not exists (select 1 from audit_chain c where c.entry_id = e.id)) as count,
                (select max(seq)::int from audit_chain) as last,
                (select id from audit_event where request_id = 'waiting-1') as id`,
      );
      assert.equal(waiting?.count, 2);
      // The entry's insert leaves the chain's indexes alone: it writes no chain row.
      const indexes = await db().query<{ indexname: string }>(
        `select indexname from pg_indexes where tablename = 'audit_event' order by indexname`,
      );
      assert.deepEqual(
        indexes.map((index) => index.indexname),
        ['audit_event_actor', 'audit_event_agency_at', 'audit_event_pkey', 'audit_event_subject'],
      );
      for (const [entryId, seq] of [
        [waiting?.id, waiting?.last],
        [1, (waiting?.last ?? 0) + 1],
      ]) {
        await assert.rejects(
          db().query(`insert into audit_chain values ($1, $2, repeat('0', 64), repeat('0', 64))`, [
            entryId,
            seq,
          ]),
          (error: Error & { code?: string }) => error.code === '23505',
        );
      }
      assert.equal(await chainAuditEntries(db()), 2);
      const report = await verifyAuditChain(db());
      assert.deepEqual(report, { entries: (waiting?.last ?? 0) + 2, firstBreak: undefined, pending: 0 });
    });

    it('names the first altered entry when a row is changed behind the triggers', async () => {
      await db().transaction(async (tx) => {
        await tx.query('set local session_replication_role = replica');
        await tx.query(
          `update audit_event set detail = '{"fields":["status","name"]}'
            where id = (select entry_id from audit_chain where seq = 2)`,
        );
      });
      const report = await verifyAuditChain(db());
      assert.equal(report.firstBreak?.seq, 2);
      assert.match(report.firstBreak?.problem ?? '', /altered/);
    });

    it('names the entry removed behind the triggers, and the gap when its chain row goes too', async () => {
      await db().transaction(async (tx) => {
        await tx.query('set local session_replication_role = replica');
        await tx.query(
          'delete from audit_event where id in (select entry_id from audit_chain where seq = 1)',
        );
      });
      const removed = await verifyAuditChain(db());
      assert.equal(removed.firstBreak?.seq, 1);
      assert.match(removed.firstBreak?.problem ?? '', /removed/);
      await db().transaction(async (tx) => {
        await tx.query('set local session_replication_role = replica');
        await tx.query('delete from audit_chain where seq in (1, 2)');
      });
      const report = await verifyAuditChain(db());
      assert.equal(report.firstBreak?.seq, 3);
      assert.match(report.firstBreak?.problem ?? '', /entry 1 is missing/);
    });
  });
}
