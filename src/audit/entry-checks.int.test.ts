import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { testDatabaseKinds, useFreshDatabase } from '../../test/support/databases.ts';
import { chainAuditEntries } from './chain.ts';

/** Refused as a CHECK constraint refused it before migration 0270: SQLSTATE 23514, the constraint named. */
function refusedBy(constraint: string) {
  return (error: Error & { code?: string; constraint?: string }) =>
    error.code === '23514' && error.constraint === constraint;
}

for (const kind of await testDatabaseKinds()) {
  describe(`audit entry checks in the stamp trigger (migration 0270) [${kind}]`, () => {
    const db = useFreshDatabase(kind);
    const write = (fields: { action?: string; outcome?: string; reason?: string }) =>
      db().query(
        `insert into audit_event (actor_user_id, agency_id, action, outcome, reason)
         values ($1, $2, $3, coalesce($4, 'success'), $5)`,
        [randomUUID(), randomUUID(), fields.action ?? 'case.read', fields.outcome, fields.reason],
      );

    it('keeps the entry rules off the table and in its triggers', async () => {
      const checks = await db().query<{ conname: string }>(
        `select conname from pg_constraint where conrelid = 'audit_event'::regclass and contype = 'c'`,
      );
      assert.deepEqual(checks, []);
    });

    it('refuses an action that is not a dotted name', async () => {
      await assert.rejects(write({ action: 'CaseRead' }), refusedBy('audit_event_action_check'));
      await assert.rejects(write({ action: 'case' }), refusedBy('audit_event_action_check'));
    });

    it('refuses an outcome other than success, denied or failure', async () => {
      await assert.rejects(write({ outcome: 'maybe' }), refusedBy('audit_event_outcome_check'));
    });

    it('refuses a reason longer than 1000 characters and keeps one of 1000', async () => {
      await assert.rejects(write({ reason: 'x'.repeat(1001) }), refusedBy('audit_event_reason_check'));
      await write({ action: 'case.update', outcome: 'denied', reason: 'x'.repeat(1000) });
      const [entry] = await db().query<{ outcome: string; at: Date | null }>(
        `select outcome, at from audit_event where action = 'case.update'`,
      );
      assert.equal(entry?.outcome, 'denied');
      assert.ok(entry?.at, 'the trigger still stamps the time');
    });

    it("lets no update of an entry through, not even the owner's (its chain is a table of its own)", async () => {
      await write({ action: 'person.read' });
      await assert.rejects(
        db().query(`update audit_event set request_id = 'changed' where action = 'person.read'`),
        /append-only/,
      );
      assert.ok((await chainAuditEntries(db())) >= 2);
    });
  });
}
