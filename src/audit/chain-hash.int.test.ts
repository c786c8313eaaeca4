import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { testDatabaseKinds, useDatabaseBeforeMigration } from '../../test/support/databases.ts';
import { inTenant } from '../db/tenant.ts';
import { type AuditEntry, recordAudit } from './audit.ts';
import { chainAuditEntries } from './chain.ts';
import { verifyAuditChain } from './verify.ts';

/** Migration 0215: the entry's hash written field by field; 0216: a batch chained in one UPDATE. */
const hashFieldByField = 215;

for (const kind of await testDatabaseKinds()) {
  describe(`audit hash field by field and chaining in one update [${kind}]`, () => {
    const old = useDatabaseBeforeMigration(kind, hashFieldByField);
    const db = old.db;

    const agencyId = randomUUID();
    const userId = randomUUID();
    const scope = { userId, agencyId, permissions: ['audit:read'] };
    /** Entries whose fields hold what the length prefixes are for: separators, other scripts, nulls. */
    const entries: Omit<AuditEntry, 'actorUserId' | 'agencyId'>[] = [
      { action: 'case.read', subject: { type: 'case', id: randomUUID() }, requestId: 'r-1' },
      { action: 'person.read', reason: 'ក្រសួង | 3:abc - ကလေး', requestId: 'r-2', detail: { note: 'ไทย|:' } },
      { action: 'case.list', outcome: 'denied', detail: { on: ['status'], cases: [randomUUID()] } },
      { action: 'auth.sign_in', outcome: 'failure' },
    ];
    const write = (entry: (typeof entries)[number]) =>
      inTenant(db(), scope, (tx) => recordAudit(tx, { ...entry, actorUserId: userId, agencyId }));

    it('gives every entry chained before it the hash it was given then', async () => {
      for (const entry of entries) await write(entry);
      assert.equal(await chainAuditEntries(db()), entries.length);
      await old.migrateRest();
      const [row] = await db().query<{ same: number; all: number }>(
        `select count(*) filter (where audit_event_hash(e, c.seq, c.prev_hash) = c.hash)::int as same,
                count(*)::int as "all"
           from audit_event e join audit_chain c on c.entry_id = e.id`,
      );
      assert.deepEqual(row, { same: entries.length, all: entries.length });
    });

    it('continues the chain in one statement, gapless and verifying, at most the entries asked for', async () => {
      for (const entry of [...entries, ...entries]) await write(entry);
      const [first] = await db().query<{ chained: number }>('select audit_event_chain_pending(3) as chained');
      assert.equal(first?.chained, 3);
      assert.equal(await chainAuditEntries(db()), 2 * entries.length - 3);
      assert.equal(await chainAuditEntries(db()), 0);
      assert.deepEqual(await verifyAuditChain(db()), {
        entries: 3 * entries.length,
        firstBreak: undefined,
        pending: 0,
      });
    });
  });
}
