import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds, useFreshDatabase } from '../../../test/support/databases.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { generateKeyText, parseKeys } from '../../crypto/keyring.ts';
import { generateSynthetic } from '../../synthetic/generate.ts';
import { refreshProsecutionRollup } from './rollup.ts';

/*
 * The prosecution figures and the TIP table's law-enforcement counts with investigations and arrests
 * from the rollup (migration 0102) against the same figures from the base tables (0035's and 0069's
 * functions, kept as `…_direct`), for two countries' coordinators and a police investigator, by
 * month, quarter and year, over periods that start and end inside months — before the job has run,
 * after it, after inserts, updates and deletes (an offence added to an investigation changes its
 * arrests' categories), and after the next refresh.
 */
const buckets = ['month', 'quarter', 'year'];
const periods = [
  ['2000-01-01', '2099-12-31'],
  ['2020-03-15', '2023-07-10'],
  ['2024-02-01', '2024-02-29'],
  ['2022-05-09', '2022-05-20'],
];

for (const kind of await testDatabaseKinds()) {
  describe(`prosecution figures from the rollup [${kind}]`, () => {
    // The figures are read in the database as the application role: no server is needed.
    const database = useFreshDatabase(kind, { contents: 'demo' });
    const keyring = parseKeys(generateKeyText(), 'test key');
    const asTenant = tenantQuery(database);

    const users = async () => {
      const rows = await database().query<{ email: string; user_id: string; agency_id: string }>(
        `select u.email, m.user_id, m.agency_id from membership m join app_user u on u.id = m.user_id
          where u.email in ('coordinator.mapo@demo.lindung.org', 'investigator.pdrm@demo.lindung.org',
                            'coordinator.gugustugas@demo.lindung.org')`,
      );
      assert.equal(rows.length, 3);
      return rows.map((row) => ({
        who: { userId: row.user_id, agencyId: row.agency_id },
        permissions: row.email.startsWith('coordinator') ? ['statistics:read'] : ['prosecution:manage'],
        email: row.email,
      }));
    };

    /** Every figure both ways; answers how many rows were compared. */
    const compare = async (phase: string): Promise<number> => {
      let compared = 0;
      for (const { who, permissions, email } of await users()) {
        for (const [from, to] of periods) {
          for (const bucket of buckets) {
            const args = [from, to, bucket];
            const order = 'order by period, category nulls first';
            const rollup = await asTenant(
              who,
              permissions,
              `select * from lindung_prosecution_figures($1, $2, $3) ${order}`,
              args,
            );
            const direct = await asTenant(
              who,
              permissions,
              `select * from lindung_prosecution_figures_direct($1, $2, $3) ${order}`,
              args,
            );
            assert.deepEqual(rollup, direct, `${phase}: ${email} ${args.join(' ')}`);
            compared += rollup.length;
          }
          const order = 'order by category nulls first';
          const tip = await asTenant(
            who,
            permissions,
            `select * from lindung_tip_prosecution($1, $2) ${order}`,
            [from, to],
          );
          const tipDirect = await asTenant(
            who,
            permissions,
            `select * from lindung_tip_prosecution_direct($1, $2) ${order}`,
            [from, to],
          );
          assert.deepEqual(tip, tipDirect, `${phase}: TIP ${email} ${from} ${to}`);
        }
      }
      return compared;
    };

    const rollupState = async () => {
      const [row] = await database().query<{ cells: number; stale: number }>(
        `select (select count(*)::int from prosecution_rollup) as cells,
                (select count(*)::int from prosecution_rollup_stale) as stale`,
      );
      return row ?? { cells: 0, stale: 0 };
    };

    it('gives the base tables’ figures before the job has run, every month being stale', async () => {
      const db = database();
      await generateSynthetic(db, { scale: 900, seed: 51, keyring, batchSize: 450 });
      const state = await rollupState();
      assert.equal(state.cells, 0);
      assert.ok(state.stale > 50, `${state.stale} stale months`);
      assert.ok((await compare('all stale')) > 100);
    });

    it('gives the same figures from the rollup once the job has computed it', async () => {
      assert.ok((await refreshProsecutionRollup(database())) > 50);
      const state = await rollupState();
      assert.equal(state.stale, 0);
      assert.ok(state.cells > 100, `${state.cells} cells`);
      await compare('refreshed');
    });

    it('stays equal through inserts, updates and deletes, before and after the next refresh', async () => {
      const db = database();
      // Inserts: more investigations, through the bulk path and row by row (the triggers mark).
      await generateSynthetic(db, { scale: 120, seed: 52, keyring });
      await generateSynthetic(db, { scale: 120, seed: 53, keyring, rowByRow: true });
      const investigations =
        "select id from investigation where reference like 'SYN-51-%' order by reference";
      // A second offence of another category: the investigation and its arrests count under it too.
      await db.query(
        `insert into investigation_offence (investigation_id, agency_id, offence_code, offence_category)
         select i.id, i.agency_id, 'test.second-offence', 'related' from investigation i
          where i.id in (${investigations} limit 40)`,
      );
      // An investigation moved to another month, arrests made later, and some arrests struck out.
      await db.query(
        `update investigation set opened_on = opened_on - 40 where id in (${investigations} offset 40 limit 20)`,
      );
      await db.query(
        `update arrest set arrested_on = arrested_on + 33 where investigation_id in (${investigations} offset 60 limit 30)`,
      );
      await db.query(`delete from arrest where investigation_id in (${investigations} offset 90 limit 15)`);
      const state = await rollupState();
      assert.ok(state.stale > 0 && state.cells > 0);
      await compare('changed, some months stale');
      assert.ok((await refreshProsecutionRollup(db)) > 0);
      assert.equal((await rollupState()).stale, 0);
      await compare('changed and refreshed');
    });

    it('is out of the application role’s reach: only the scoped functions read it', async () => {
      const [user] = await users();
      assert.ok(user);
      for (const table of ['prosecution_rollup', 'prosecution_rollup_stale']) {
        await assert.rejects(
          asTenant(user.who, ['statistics:read'], `select count(*) from ${table}`),
          /permission denied/,
        );
      }
      for (const statement of [
        'select lindung_refresh_prosecution_rollup(1)',
        "select * from lindung_prosecution_cells('2000-01-01', '2099-12-31', '{}')",
        "select * from lindung_prosecution_events('2000-01-01', '2099-12-31', '{arrest}', '{}')",
        'select lindung_prosecution_scope()',
      ]) {
        await assert.rejects(
          asTenant(user.who, ['statistics:read'], statement),
          /permission denied/,
          statement,
        );
      }
      const none = await asTenant(
        user.who,
        ['training:manage'],
        "select * from lindung_prosecution_figures('2000-01-01', '2099-12-31', 'year')",
      );
      assert.deepEqual(none, []);
    });
  });
}
