import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { testDatabaseKinds, useFreshDatabase } from '../../test/support/databases.ts';
import { recordRead } from '../audit/audit.ts';
import { relaxDurabilityIfOnlyAudited } from './db.ts';

/*
 * A transaction that only audited a read may commit without waiting for the disk (decision 0028);
 * one that also changed a record must not, whatever its code claimed.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`commit of an audited read [${kind}]`, () => {
    const db = useFreshDatabase(kind, { durableCommits: true });
    const actor = { userId: randomUUID(), agencyId: randomUUID() };

    const durabilityAtCommit = (otherWrite: string | undefined) =>
      db().transaction(async (tx) => {
        await recordRead(tx, { actor, subject: { type: 'case', id: randomUUID() }, requestId: 'r' });
        if (otherWrite) await tx.exec(otherWrite);
        await tx.query(relaxDurabilityIfOnlyAudited);
        const [row] = await tx.query<{ setting: string }>(
          `select current_setting('synchronous_commit') as setting`,
        );
        return row?.setting;
      });

    it('relaxes durability when the audit entry is all the transaction wrote', async () => {
      assert.equal(await durabilityAtCommit(undefined), 'off');
    });

    it('keeps durability when the transaction also changed a record', async () => {
      const agency = `insert into agency (id, name, type, country) values ('${randomUUID()}', 'Agency A', 'welfare', 'MY')`;
      assert.equal(await durabilityAtCommit(agency), 'on');
    });

    it('watches every table but the audit log for writes', async () => {
      const unwatched = await db().query<{ table_name: string }>(
        `select c.relname as table_name from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = current_schema() and c.relkind in ('r', 'p') and c.relname <> 'audit_event'
           and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'lindung_mark_write')`,
      );
      assert.deepEqual(unwatched, []);
    });

    it('commits the audit entry of a read', async () => {
      const subject = randomUUID();
      await db().transaction((tx) =>
        recordRead(tx, { actor, subject: { type: 'case', id: subject }, requestId: 'r' }),
      );
      const rows = await db().query('select 1 from audit_event where subject_id = $1', [subject]);
      assert.equal(rows.length, 1);
    });
  });
}
