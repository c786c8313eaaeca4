import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds, useFreshDatabase } from '../../../test/support/databases.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { generateKeyText, parseKeys } from '../../crypto/keyring.ts';
import { generateSynthetic } from '../../synthetic/generate.ts';
import { refreshRollupHandler, refreshRollupJob, refreshVictimRollup } from './rollup.ts';

/*
 * The victim figures read from the rollup (migration 0088) against the same figures computed from
 * the base tables by 0050's functions (kept as `…_direct`), for a country's coordinator and for an
 * agency, over periods that start and end inside months, in every dimension — before the job has
 * run (everything stale), after it, after inserts, updates and deletes, and after it again.
 */
const dimensions = [
  'none',
  'agency',
  'jurisdiction',
  'exploitation_type',
  'sex',
  'age_band',
  'nationality',
  'route',
];
const buckets = ['month', 'quarter', 'year'];
const periods = [
  ['2000-01-01', '2099-12-31'],
  ['2020-03-15', '2023-07-10'],
  ['2024-02-01', '2024-02-29'],
];

for (const kind of await testDatabaseKinds()) {
  describe(`victim statistics from the rollup [${kind}]`, () => {
    // The figures are read in the database as the application role: no server is needed.
    const database = useFreshDatabase(kind, { contents: 'demo' });
    const keyring = parseKeys(generateKeyText(), 'test key');
    const asTenant = tenantQuery(database);

    const users = async () => {
      const rows = await database().query<{ email: string; user_id: string; agency_id: string }>(
        `select u.email, m.user_id, m.agency_id from membership m join app_user u on u.id = m.user_id
          where u.email in ('coordinator.mapo@demo.lindung.org', 'cm.jkm@demo.lindung.org',
                            'coordinator.gugustugas@demo.lindung.org')`,
      );
      return rows.map((row) => ({
        who: { userId: row.user_id, agencyId: row.agency_id },
        permissions: row.email.startsWith('coordinator') ? ['statistics:read'] : ['case:read'],
        email: row.email,
      }));
    };

    /** Every figure both ways; answers how many rows were compared. */
    const compare = async (phase: string): Promise<number> => {
      let compared = 0;
      for (const { who, permissions, email } of await users()) {
        for (const [from, to] of periods) {
          for (const [n, dimension] of dimensions.entries()) {
            const bucket = buckets[n % buckets.length];
            const args = [from, to, bucket, dimension];
            const rollup = await asTenant(
              who,
              permissions,
              'select * from lindung_victim_statistics($1, $2, $3, $4)',
              args,
            );
            const direct = await asTenant(
              who,
              permissions,
              'select * from lindung_victim_statistics_direct($1, $2, $3, $4)',
              args,
            );
            assert.deepEqual(rollup, direct, `${phase}: ${email} ${args.join(' ')}`);
            compared += rollup.length;
          }
          const order = 'order by dimension, key';
          const tip = await asTenant(who, permissions, `select * from lindung_tip_victims($1, $2) ${order}`, [
            from,
            to,
          ]);
          const tipDirect = await asTenant(
            who,
            permissions,
            `select * from lindung_tip_victims_direct($1, $2) where identified > 0 ${order}`,
            [from, to],
          );
          assert.deepEqual(tip, tipDirect, `${phase}: TIP ${email} ${from} ${to}`);
        }
      }
      return compared;
    };

    const rollupState = async () => {
      const [row] = await database().query<{ cells: number; stale: number }>(
        'select (select count(*)::int from victim_rollup) as cells, (select count(*)::int from victim_rollup_stale) as stale',
      );
      return row ?? { cells: 0, stale: 0 };
    };

    it('gives the base tables’ figures before the job has run, every month being stale', async () => {
      const db = database();
      await generateSynthetic(db, { scale: 600, seed: 41, keyring, batchSize: 300 });
      const state = await rollupState();
      assert.equal(state.cells, 0);
      assert.ok(state.stale > 50, `${state.stale} stale months`);
      assert.ok((await compare('all stale')) > 100);
    });

    it('gives the same figures from the rollup once the job has computed it', async () => {
      assert.ok((await refreshVictimRollup(database())) > 50);
      const state = await rollupState();
      assert.equal(state.stale, 0);
      assert.ok(state.cells > 500, `${state.cells} cells`);
      await compare('refreshed');
    });

    it('stays equal through inserts, updates and deletes, before and after the next refresh', async () => {
      const db = database();
      // Inserts: more cases, one batch through the bulk path and one row by row (the triggers mark).
      await generateSynthetic(db, { scale: 80, seed: 42, keyring });
      await generateSynthetic(db, { scale: 80, seed: 43, keyring, rowByRow: true });
      const synthetic = "select id from case_file where reference like 'SYN-41-%' order by reference";
      // Updates: a victim's sex and birth, a case moved to another month, a referral made later.
      await db.query(
        `update person set sex = case when sex = 'male' then 'female' else 'male' end, birth_year = birth_year - 7
          where id in (select cp.person_id from case_person cp where cp.case_id in (${synthetic} limit 40))`,
      );
      await db.query(
        `update case_file set opened_on = opened_on - 45 where id in (${synthetic} offset 40 limit 30)`,
      );
      await db.query(
        `update referral set created_at = created_at + interval '9 days'
          where case_id in (${synthetic} offset 70 limit 200)`,
      );
      // Deletes: victims taken off cases, reintegration plans, referrals nothing else points to.
      await db.query(
        `delete from case_person where case_id in (${synthetic} offset 300 limit 25)
           and not exists (select 1 from referral r where r.case_id = case_person.case_id)
           and not exists (select 1 from placement p where p.case_id = case_person.case_id)
           and not exists (select 1 from repatriation p where p.case_id = case_person.case_id)`,
      );
      await db.query(
        `delete from reintegration_plan where id in (select id from reintegration_plan order by id limit 15)`,
      );
      await db.query(
        `delete from referral r where r.case_id in (${synthetic} offset 330 limit 150)
           and not exists (select 1 from placement p where p.referral_id = r.id)
           and not exists (select 1 from referral c where c.parent_referral_id = r.id)`,
      );
      const state = await rollupState();
      assert.ok(state.stale > 0 && state.cells > 0);
      await compare('changed, some months stale');
      // The job this time: it recomputes the stale months and queues its next run a minute on.
      await refreshRollupHandler(db)({
        id: 'test',
        kind: refreshRollupJob,
        payload: {},
        attempts: 1,
        maxAttempts: 5,
      });
      assert.equal((await rollupState()).stale, 0);
      const [next] = await db.query<{ run_at: Date }>(
        "select run_at from job where kind = $1 and status = 'queued' and run_at > now() + interval '30 seconds'",
        [refreshRollupJob],
      );
      assert.ok(next, 'the next refresh is queued');
      await compare('changed and refreshed');
    });

    it('marks no month stale for a change of a case the figures do not read, and marks it for one they do', async () => {
      const db = database();
      const [victimCase] = await db.query<{ id: string }>(
        "select id from case_file where type = 'victim_case' and reference like 'SYN-41-%' order by reference limit 1",
      );
      await refreshVictimRollup(db);
      await db.query(
        "update case_file set recruitment_place = 'Pasar Seni', summary = null, updated_at = now() where id = $1",
        [victimCase?.id],
      );
      assert.equal((await rollupState()).stale, 0, 'the place of recruitment is not a figure');
      await db.query(
        "update case_file set exploitation_country = 'KH', opened_on = opened_on - 40 where id = $1",
        [victimCase?.id],
      );
      assert.equal((await rollupState()).stale, 2, 'the month the case left and the month it joined');
      await compare('a case moved');
    });

    it('is out of the application role’s reach: only the scoped functions read it', async () => {
      const [user] = await users();
      assert.ok(user);
      for (const table of ['victim_rollup', 'victim_rollup_stale']) {
        await assert.rejects(
          asTenant(user.who, ['statistics:read', 'case:read'], `select count(*) from ${table}`),
          /permission denied/,
        );
      }
      await assert.rejects(
        asTenant(user.who, ['statistics:read'], 'select lindung_refresh_victim_rollup(1)'),
        /permission denied/,
      );
      await assert.rejects(
        asTenant(
          user.who,
          ['statistics:read'],
          "select * from lindung_victim_scope_cells('2000-01-01', '2099-12-31', '{none}')",
        ),
        /permission denied/,
      );
      const none = await asTenant(
        user.who,
        ['training:manage'],
        "select * from lindung_victim_statistics('2000-01-01', '2099-12-31', 'year', 'none')",
      );
      assert.deepEqual(none, []);
    });
  });
}
