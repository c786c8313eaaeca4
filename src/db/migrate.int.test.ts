import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createFreshDatabase, testDatabaseKinds, useFreshDatabase } from '../../test/support/databases.ts';
import { loadMigrations, migrate } from './migrate.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`migrations [${kind}]`, () => {
    const db = useFreshDatabase(kind);

    it('records every migration once and applies none twice', async () => {
      const files = await loadMigrations();
      const recorded = await db().query<{ version: number }>(
        'select version from schema_migration order by version',
      );
      assert.deepEqual(
        recorded.map((row) => row.version),
        files.map((file) => file.version),
      );
      assert.deepEqual(await migrate(db()), []);
    });

    it('installs the extensions that name matching needs', async () => {
      const rows = await db().query<{ extname: string }>('select extname from pg_extension order by extname');
      const names = rows.map((row) => row.extname);
      for (const extension of ['btree_gist', 'fuzzystrmatch', 'pg_trgm', 'pgcrypto', 'unaccent']) {
        assert.ok(names.includes(extension), `${extension} is installed`);
      }
      const [row] = await db().query<{ code: string }>(`select dmetaphone('Nguyen') as code`);
      assert.equal(row?.code, 'NKN');
    });

    it('refuses a migration that was changed after it was applied', async () => {
      const files = await loadMigrations();
      const changed = files.map((file, index) => (index === 0 ? { ...file, checksum: 'different' } : file));
      await assert.rejects(migrate(db(), changed), /was changed after it was applied/);
    });

    it('rolls back a failing migration completely', async () => {
      const fresh = await createFreshDatabase(kind, { contents: 'empty' });
      try {
        const broken = [
          {
            version: 1,
            name: 'broken',
            sql: 'create table half_done (id int); select * from no_such_table;',
            checksum: 'x',
          },
        ];
        await assert.rejects(migrate(fresh.db, broken));
        const tables = await fresh.db.query(
          `select 1 from information_schema.tables where table_name = 'half_done'`,
        );
        assert.equal(tables.length, 0);
        const recorded = await fresh.db.query('select 1 from schema_migration');
        assert.equal(recorded.length, 0);
      } finally {
        await fresh.drop();
      }
    });
  });
}
