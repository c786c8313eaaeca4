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
        'select id, seq, action from audit_event order by seq',
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
      for (const statement of [
        'update audit_event set action = $1 where seq = 1',
        'delete from audit_event where seq = $1',
        'select audit_event_chain_pending($1)',
      ]) {
        await assert.rejects(
          inTenant(db(), scope, (tx) =>
            tx.query(statement, statement.startsWith('update') ? ['case.forged'] : [1]),
          ),
          (error: { code?: string }) => error.code === '42501',
        );
      }
    });

    it('ignores chain columns sent by a writer', async () => {
      await inTenant(db(), scope, (tx) =>
        tx.query(
          `insert into audit_event (actor_user_id, agency_id, action, seq, prev_hash, hash)
           values ($1, $2, 'case.forged', 99, $3, $3)`,
          [userId, agencyId, 'f'.repeat(64)],
        ),
      );
      const [row] = await db().query<{ seq: number | null; hash: string | null }>(
        `select seq, hash from audit_event where action = 'case.forged'`,
      );
      assert.deepEqual(row, { seq: null, hash: null });
      await chainAuditEntries(db());
      assert.deepEqual(await verifyAuditChain(db()), { entries: 5, firstBreak: undefined, pending: 0 });
    });

    it('refuses updates, deletes and truncation even by the table owner, chained or not', async () => {
      await db().query(`insert into audit_event (action) values ('case.pending')`);
      for (const where of ['seq = 1', `action = 'case.pending'`]) {
        await assert.rejects(
          db().query(`update audit_event set action = 'case.forged' where ${where}`),
          /append-only/,
        );
        await assert.rejects(db().query(`delete from audit_event where ${where}`), /append-only/);
      }
      await assert.rejects(
        db().query(`update audit_event set hash = repeat('a', 64) where seq = 1`),
        /append-only/,
      );
      await assert.rejects(db().query('truncate audit_event'), /append-only/);
      await chainAuditEntries(db());
    });

    it('keeps each chain number to one entry, while entries waiting to be chained hold none', async () => {
      await chainAuditEntries(db());
      for (const requestId of ['waiting-1', 'waiting-2']) {
        await inTenant(db(), scope, (tx) =>
          recordAudit(tx, { actorUserId: userId, agencyId, action: 'case.read', requestId }),
        );
      }
      const [waiting] = await db().query<{ count: number; last: number }>(
        `select count(*) filter (where seq is null)::int as count, max(seq)::int as last from audit_event`,
      );
      assert.equal(waiting?.count, 2);
      // Numbers are unique by a partial index (0268): the read's insert of an unchained entry skips it.
      const indexes = await db().query<{ indexdef: string }>(
        `select indexdef from pg_indexes where tablename = 'audit_event' and indexname <> 'audit_event_pkey' and indexdef ilike '%unique%'`,
      );
      assert.deepEqual(
        indexes.map((index) => index.indexdef.replace(/^.* USING /, '')),
        ['btree (seq) WHERE (seq IS NOT NULL)'],
      );
      // The one update the triggers let through (an unchained entry given its chain columns),
      // with a number another entry already holds: the unique index refuses it, even to the owner.
      await assert.rejects(
        db().query(
          `update audit_event set seq = $1, prev_hash = repeat('0', 64), hash = repeat('0', 64)
            where request_id = 'waiting-1'`,
          [waiting?.last],
        ),
        (error: Error & { code?: string }) => error.code === '23505',
      );
      assert.equal(await chainAuditEntries(db()), 2);
      const report = await verifyAuditChain(db());
      assert.deepEqual(report, { entries: (waiting?.last ?? 0) + 2, firstBreak: undefined, pending: 0 });
    });

    it('names the first altered entry when a row is changed behind the triggers', async () => {
      await db().transaction(async (tx) => {
        await tx.query('set local session_replication_role = replica');
        await tx.query(`update audit_event set detail = '{"fields":["status","name"]}' where seq = 2`);
      });
      const report = await verifyAuditChain(db());
      assert.equal(report.firstBreak?.seq, 2);
      assert.match(report.firstBreak?.problem ?? '', /altered/);
    });

    it('names the gap when an entry is deleted behind the triggers', async () => {
      await db().transaction(async (tx) => {
        await tx.query('set local session_replication_role = replica');
        await tx.query('delete from audit_event where seq in (1, 2)');
      });
      const report = await verifyAuditChain(db());
      assert.equal(report.firstBreak?.seq, 3);
      assert.match(report.firstBreak?.problem ?? '', /entry 1 is missing/);
    });
  });
}
