import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';
import { generateSynthetic } from '../../synthetic/generate.ts';
import type { TipTableView } from './tip.schema.ts';

/*
 * The TIP-report figures on generated data, cross-checked against counts written directly in SQL
 * over the tables (not through the statistics functions). The small-cell threshold is 1 here, so the
 * coordinator's national figures are shown whole and can be compared one by one.
 */
const victims = `
  select c.id as case_id, cp.person_id, c.exploitation_types, p.sex, p.nationality
    from case_file c
    join agency a on a.id = c.agency_id
    join (select distinct case_id, person_id from case_person where role in ('victim', 'presumed_victim')) cp
      on cp.case_id = c.id
    join person p on p.id = cp.person_id
   where c.type = 'victim_case' and a.country = 'MY' and c.opened_on between $1 and $2`;

const lawEnforcement = `
  with my as (select id from agency where country = 'MY'),
  latest as (
    select o.charge_id, o.outcome, o.decided_on,
           row_number() over (partition by o.charge_id order by o.decided_on desc, o.created_at desc, o.id desc) as n
      from charge_outcome o where o.agency_id in (select id from my))
  select $3::text as category,
    (select count(distinct i.id) from investigation i join investigation_offence f on f.investigation_id = i.id
      where i.agency_id in (select id from my) and f.offence_category = $3 and i.opened_on between $1 and $2)::int
      as investigations,
    (select count(distinct s.person_id) from charge c join suspect s on s.id = c.suspect_id
      where c.agency_id in (select id from my) and c.offence_category = $3 and c.charged_on between $1 and $2)::int
      as prosecutions,
    (select count(distinct s.person_id) from latest l join charge c on c.id = l.charge_id
       join suspect s on s.id = c.suspect_id
      where l.n = 1 and l.outcome = 'convicted' and c.offence_category = $3 and l.decided_on between $1 and $2)::int
      as convictions`;

for (const kind of await testDatabaseKinds()) {
  describe(`TIP-report figures on generated data [${kind}]`, () => {
    const platform = useTestPlatform(kind, { env: { LINDUNG_SMALL_CELL_THRESHOLD: '1' } });

    const tip = async (query: string): Promise<TipTableView> => {
      const coordinator = await signInAs(platform().app, 'coordinator.mapo@demo.lindung.org');
      const response = await coordinator.request('GET', `/api/statistics/tip?${query}`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json();
    };

    it('matches direct SQL counts of victims and of investigations, prosecutions and convictions', async () => {
      const { db, keyring } = platform();
      await generateSynthetic(db, { scale: 900, seed: 23, keyring, batchSize: 450 });
      for (const [from, to] of [
        ['2010-01-01', '2029-12-31'],
        ['2024-01-01', '2024-12-31'],
      ] as const) {
        const view = await tip(`from=${from}&to=${to}&identificationDecisions=true`);
        assert.equal(view.scope, 'national');
        const rows = await db.query<{
          exploitation_types: string[];
          sex: string;
          nationality: string | null;
        }>(victims, [from, to]);
        assert.ok(rows.length > 50, `generated victims in ${from}..${to}: ${rows.length}`);
        assert.equal(view.victims.identified.value, rows.length);
        const count = (keys: string[]) => {
          const out: Record<string, number> = {};
          for (const key of keys) out[key] = (out[key] ?? 0) + 1;
          return out;
        };
        const shown = (dimension: string) =>
          Object.fromEntries(
            (view.victims.by.find((by) => by.dimension === dimension)?.rows ?? []).map((row) => [
              row.key,
              row.identified.value,
            ]),
          );
        assert.deepEqual(shown('sex'), count(rows.map((row) => row.sex)));
        assert.deepEqual(
          shown('nationality'),
          count(rows.map((row) => row.nationality?.trim() ?? 'unknown')),
        );
        assert.deepEqual(
          shown('exploitation_type'),
          count(
            rows.flatMap((row) => (row.exploitation_types.length ? row.exploitation_types : ['unknown'])),
          ),
        );
        const decisions = await db.query<{ decision: string }>(
          `select coalesce((select d.decision from identification_decision d
                             where d.person_id = v.person_id and d.agency_id = c.agency_id
                             order by d.created_at desc, d.decided_on desc limit 1), 'undecided') as decision
             from (${victims}) v join case_file c on c.id = v.case_id`,
          [from, to],
        );
        assert.deepEqual(
          shown('identification_decision'),
          count(decisions.map((row) => row.decision)),
          'confirmed and presumed victims as the current decisions say',
        );
        assert.ok(
          (shown('identification_decision').confirmed_victim ?? 0) > rows.length / 2,
          'most confirmed',
        );
        assert.ok((shown('identification_decision').undecided ?? 0) > 0, 'some still presumed');
        const ages = view.victims.by.find((by) => by.dimension === 'age_band')?.rows ?? [];
        assert.equal(
          ages.reduce((sum, row) => sum + (row.identified.value ?? 0), 0),
          rows.length,
        );
        let investigations = 0;
        for (const row of view.lawEnforcement.byCategory) {
          const [direct] = await db.query<Record<string, number>>(lawEnforcement, [from, to, row.category]);
          assert.deepEqual(
            {
              investigations: row.investigations.value,
              prosecutions: row.prosecutions.value,
              convictions: row.convictions.value,
            },
            {
              investigations: direct?.investigations,
              prosecutions: direct?.prosecutions,
              convictions: direct?.convictions,
            },
            `${row.category} ${from}..${to}`,
          );
          investigations += row.investigations.value ?? 0;
        }
        assert.ok(investigations > 0, 'the generated data has investigations');
        assert.ok((view.lawEnforcement.total.investigations.value ?? 0) <= investigations);
      }
    });

    it('shows an agency only its own victims and a wrong period as a problem naming the field', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const own = (await jkm.request('GET', '/api/statistics/tip?from=2010-01-01&to=2029-12-31')).json();
      const [direct] = await platform().db.query<{ n: number }>(
        `select count(*)::int as n from case_file c
           join (select distinct case_id, person_id from case_person where role in ('victim', 'presumed_victim')) cp
             on cp.case_id = c.id
          where c.type = 'victim_case' and c.agency_id = $1`,
        [platform().agencyIds.jkm],
      );
      assert.equal(own.scope, 'agency');
      assert.equal(own.victims.identified.value, direct?.n);
      const backwards = await jkm.request('GET', '/api/statistics/tip?from=2025-02-01&to=2025-01-01');
      assert.equal(backwards.statusCode, 400, backwards.body);
      assert.match(backwards.body, /query\.from/);
    });
  });
}
