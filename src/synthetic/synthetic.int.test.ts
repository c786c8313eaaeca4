import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createFreshDatabase, testDatabaseKinds } from '../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../test/support/platform.ts';
import type { Db } from '../db/db.ts';
import { seedDemo } from '../modules/demo/index.ts';
import { syntheticDistribution, syntheticFingerprint } from './fingerprint.ts';
import { countRows, generateSynthetic, syntheticTables } from './generate.ts';

const scale = 1200;
const seed = 7;
const share = (part: number, whole: number) => part / whole;

/** Every foreign key of the tables the generator writes (and of what their triggers write) that points nowhere. */
async function foreignKeyViolations(db: Db): Promise<string[]> {
  const keys = await db.query<{ name: string; child: string; parent: string; cc: string[]; pc: string[] }>(
    `select k.conname as name, k.conrelid::regclass::text as child, k.confrelid::regclass::text as parent,
            array(select a.attname::text from unnest(k.conkey) with ordinality u(n, o)
                  join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n order by u.o) as cc,
            array(select a.attname::text from unnest(k.confkey) with ordinality u(n, o)
                  join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.n order by u.o) as pc
       from pg_constraint k
      where k.contype = 'f' and k.conrelid::regclass::text = any($1)`,
    [[...syntheticTables, 'case_event', 'deadline']],
  );
  assert.ok(keys.length > 30, `${keys.length} foreign keys`);
  const broken: string[] = [];
  for (const key of keys) {
    const notNull = key.cc.map((column) => `c.${column} is not null`).join(' and ');
    const match = key.cc.map((column, n) => `p.${key.pc[n]} = c.${column}`).join(' and ');
    const [row] = await db.query<{ n: number }>(
      `select count(*)::int as n from ${key.child} c
        where ${notNull} and not exists (select 1 from ${key.parent} p where ${match})`,
    );
    if (row?.n) broken.push(`${key.name}: ${row.n}`);
  }
  return broken;
}

for (const kind of await testDatabaseKinds()) {
  describe(`synthetic data [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let fingerprint: string;

    it('generates the cases and their records in batches, within every constraint', async () => {
      const { db, keyring } = platform();
      const report = await generateSynthetic(db, { scale, seed, keyring, batchSize: 500 });
      assert.equal(report.cases, scale);
      assert.equal(report.bulk, true, 'the tests connect as a superuser, so the bulk path is taken');
      const counts = await countRows(db);
      assert.equal(counts.case_person, scale);
      for (const table of [
        'screening',
        'referral',
        'placement',
        'protection_order',
        'repatriation',
        'reintegration_plan',
        'investigation',
        'arrest',
        'charge',
        'charge_outcome',
      ] as const) {
        assert.ok(counts[table] > 0, `${table} has rows`);
      }
      fingerprint = await syntheticFingerprint(db, seed);
      assert.match(fingerprint, /^[0-9a-f]{32}$/);
    });

    it('has the distributions of the reference (sex, age, exploitation, nationality, country)', async () => {
      const d = await syntheticDistribution(platform().db, seed);
      assert.equal(d.victims, scale);
      const female = share(d.female, d.victims);
      assert.ok(female > 0.52 && female < 0.7, `female ${female}`);
      const children = share(d.children, d.ageKnown);
      assert.ok(children > 0.3 && children < 0.46, `children ${children}`);
      const labour = share(d.byExploitation.forced_labour ?? 0, d.victims);
      assert.ok(labour > 0.33 && labour < 0.55, `forced labour ${labour}`);
      const sexual = share(d.byExploitation.sexual_exploitation ?? 0, d.victims);
      assert.ok(sexual > 0.22 && sexual < 0.5, `sexual exploitation ${sexual}`);
      const scams = share(
        (d.byExploitation.online_scam_compound ?? 0) + (d.byExploitation.forced_criminality ?? 0),
        d.victims,
      );
      assert.ok(scams > 0.05 && scams < 0.3, `scams and forced criminality ${scams}`);
      assert.deepEqual(Object.keys(d.byNationality).sort(), ['ID', 'KH', 'MM', 'MY', 'TH', 'VN']);
      assert.deepEqual(Object.keys(d.byCountry).sort(), ['ID', 'MY', 'VN']);
    });

    it('breaks no foreign key, though the bulk path skips their row-by-row checks', async () => {
      assert.deepEqual(await foreignKeyViolations(platform().db), []);
    });

    it('generates the same data set again from the same seed, in another database, row by row', async () => {
      const other = await createFreshDatabase(kind);
      try {
        await seedDemo(other.db);
        // Row by row: the tables' triggers write the timeline events and deadlines the bulk path writes itself.
        await generateSynthetic(other.db, {
          scale,
          seed,
          keyring: platform().keyring,
          batchSize: 700,
          rowByRow: true,
        });
        assert.equal(await syntheticFingerprint(other.db, seed), fingerprint);
      } finally {
        await other.drop();
      }
    });

    it('shows an agency its own synthetic victims through the API, decrypting what was encrypted', async () => {
      const { app, db, agencyIds } = platform();
      const jkm = await signInAs(app, 'cm.jkm@demo.lindung.org');
      const [own] = await db.query<{ id: string; person_id: string }>(
        `select c.id, cp.person_id from case_file c join case_person cp on cp.case_id = c.id
          where c.agency_id = $1 and c.reference like 'SYN-%'
            and exists (select 1 from repatriation r where r.case_id = c.id) order by c.reference limit 1`,
        [agencyIds.jkm],
      );
      const [foreign] = await db.query<{ id: string }>(
        "select id from case_file where agency_id <> $1 and reference like 'SYN-%' limit 1",
        [agencyIds.jkm],
      );
      assert.ok(own && foreign);
      const person = await jkm.request('GET', `/api/persons/${own.person_id}`);
      assert.equal(person.statusCode, 200, person.body);
      const returns = await jkm.request('GET', `/api/cases/${own.id}/repatriations`);
      assert.equal(returns.statusCode, 200, returns.body);
      assert.match(returns.body, /Synthetic route/);
      const hidden = await jkm.request('GET', `/api/cases/${foreign.id}`);
      assert.equal(hidden.statusCode, 404, hidden.body);
    });

    it("matches the coordinator's national statistics with a direct count", async () => {
      const { app, db } = platform();
      const coordinator = await signInAs(app, 'coordinator.mapo@demo.lindung.org');
      const response = await coordinator.request(
        'GET',
        '/api/statistics/victims?from=2019-01-01&to=2025-12-31&groupBy=year&dimension=none',
      );
      assert.equal(response.statusCode, 200, response.body);
      const rows = response.json().rows as { identified: { value: number | null } }[];
      const [direct] = await db.query<{ n: number }>(
        `select count(*)::int as n from case_file c join agency a on a.id = c.agency_id
          join case_person cp on cp.case_id = c.id where a.country = 'MY' and c.reference like 'SYN-%'`,
      );
      assert.equal(
        rows.reduce((sum, row) => sum + (row.identified.value ?? 0), 0),
        direct?.n,
      );
    });
  });
}
