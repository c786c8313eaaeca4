import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createFreshDatabase, type FreshDatabase, testDatabaseKinds } from '../../test/support/databases.ts';
import { recordRead } from '../audit/audit.ts';
import { type Db, preparedName, relaxDurabilityIfOnlyAudited, type Tx } from './db.ts';
import { openPostgres } from './pg.ts';

/*
 * Server PostgreSQL: the statement that lets a transaction which only audited a read commit without
 * waiting for the disk (decision 0028) is kept prepared on the connection (decision 0073) and sent
 * in COMMIT's write. Its plan is made once and run for every kind of transaction after, so what it
 * decides must still be decided at each commit: `off` when the audit entries are all that was
 * written, the configured durability as soon as anything else was — whatever ran before it on the
 * same connection. A deferred trigger records the setting in force at COMMIT.
 */
const onServer = (await testDatabaseKinds()).includes('postgres');

describe('the lazy commit of an audited read, kept prepared [postgres]', { skip: !onServer }, () => {
  let fresh: FreshDatabase | undefined;
  /** One connection only, so that every transaction meets the same prepared statement. */
  let one: Db | undefined;
  let durable: Db | undefined;
  before(async () => {
    fresh = await createFreshDatabase('postgres', { durableCommits: true });
    if (!fresh.url) throw new Error('not server PostgreSQL');
    one = await openPostgres(fresh.url, { poolSize: 1 });
    durable = await openPostgres(fresh.url, { poolSize: 1, readAuditCommit: 'durable' });
    await one.exec(`
      create table commit_seen (n bigint generated always as identity, setting text);
      create function record_commit_setting() returns trigger language plpgsql security definer as $$
      begin
        insert into commit_seen (setting) values (current_setting('synchronous_commit'));
        return null;
      end $$;
      create constraint trigger record_commit_setting after insert on audit_event
        deferrable initially deferred for each row execute function record_commit_setting();
    `);
  });
  after(async () => {
    await one?.close();
    await durable?.close();
    await fresh?.drop();
  });

  const actor = { userId: randomUUID(), agencyId: randomUUID() };
  const read = (tx: Tx) =>
    recordRead(tx, { actor, subject: { type: 'case', id: randomUUID() }, requestId: 'r' });
  const otherWrite = (tx: Tx) =>
    tx.query(`insert into agency (id, name, type, country) values ($1::uuid, $1::text, 'welfare', 'MY')`, [
      randomUUID(),
    ]);

  /** The setting in force when the transaction `work` ran in committed. */
  const settingAtCommit = async (db: Db, work: (tx: Tx) => Promise<unknown>) => {
    await db.transaction(work);
    const [row] = await db.query<{ setting: string }>(
      'select setting from commit_seen order by n desc limit 1',
    );
    return row?.setting;
  };

  it('commits an audited read lazily and anything more durably, in any order on one connection', async (t) => {
    if (!one || !durable) return t.skip('no server PostgreSQL');
    const db = one;
    for (let round = 0; round < 7; round++) {
      // The read as the last statement, sent with COMMIT (decision 0055)…
      assert.equal(await settingAtCommit(db, (tx) => read(tx.commitWithNext())), 'off', `round ${round}`);
      assert.equal(
        await settingAtCommit(db, async (tx) => {
          await otherWrite(tx);
          await read(tx.commitWithNext());
        }),
        'on',
        `round ${round}: a record changed too`,
      );
      // …and COMMIT sent on its own after the work.
      assert.equal(await settingAtCommit(db, read), 'off', `round ${round}`);
      assert.equal(
        await settingAtCommit(db, async (tx) => {
          await read(tx);
          await otherWrite(tx);
        }),
        'on',
        `round ${round}: a record changed after the read`,
      );
    }
    const [{ count } = { count: 0 }] = await db.query<{ count: number }>(
      'select count(*)::int as count from pg_prepared_statements where statement = $1',
      [relaxDurabilityIfOnlyAudited],
    );
    assert.equal(count, 1, 'the statement is prepared once on the connection');
    assert.ok(preparedName(relaxDurabilityIfOnlyAudited));
  });

  it('commits durably when configured so (LINDUNG_READ_AUDIT_COMMIT=durable)', async (t) => {
    if (!durable) return t.skip('no server PostgreSQL');
    assert.equal(await settingAtCommit(durable, (tx) => read(tx.commitWithNext())), 'on');
    assert.equal(await settingAtCommit(durable, read), 'on');
  });

  it('rolls back, writing nothing, when the read fails before its lazy commit', async (t) => {
    if (!one) return t.skip('no server PostgreSQL');
    const db = one;
    const before = await db.query('select 1 from audit_event');
    await assert.rejects(
      db.transaction(async (tx) => {
        tx.auditedRead();
        await tx.commitWithNext().query('select 1 / 0');
      }),
      /division by zero/,
    );
    await assert.rejects(
      db.transaction(async (tx) => {
        await read(tx);
        await tx.query('select 1 / 0');
      }),
      /division by zero/,
    );
    assert.equal((await db.query('select 1 from audit_event')).length, before.length);
    // The connection is usable afterwards.
    assert.equal(await settingAtCommit(db, (tx) => read(tx.commitWithNext())), 'off');
  });
});
