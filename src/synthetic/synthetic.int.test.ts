import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createFreshDatabase, testDatabaseKinds } from '../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../test/support/platform.ts';
import type { Db } from '../db/db.ts';
import { nameKeysFor, nameKeysVersion, type StoredBirth } from '../modules/persons/index.ts';
import { syntheticDistribution, syntheticFingerprint } from './fingerprint.ts';
import { countRows, generateSynthetic, syntheticTables } from './generate.ts';
import { followUpsUntil } from './stages/follow-ups.ts';

const scale = 1200;
const seed = 7;
const share = (part: number, whole: number) => part / whole;
/** The persons the generator wrote: its cases' victims (references SYN-…) and its suspects. */
const generatedPerson = `(exists (select 1 from case_person cp join case_file c on c.id = cp.case_id
                                   where cp.person_id = p.id and c.reference like 'SYN-%')
                         or exists (select 1 from suspect s where s.person_id = p.id))`;

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
        'identification_decision',
        'referral',
        'placement',
        'protection_order',
        'repatriation',
        'reintegration_plan',
        'reintegration_follow_up',
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

    it("writes every victim's and suspect's name with the keys the application computes for it", async () => {
      const names = await platform().db.query<
        StoredBirth & {
          full_name: string;
          match_keys: string[];
          phonetic_keys: string[];
          linkage_keys: string[];
          linkage_value: string;
          latin_name: string | null;
          keys_version: number;
        }
      >(
        `select n.full_name, n.match_keys, n.phonetic_keys, n.linkage_keys, n.linkage_value, n.latin_name, n.keys_version,
                p.birth_precision, to_char(p.birth_date, 'YYYY-MM-DD') as birth_date, p.birth_year, p.estimated_age,
                to_char(p.estimated_on, 'YYYY-MM-DD') as estimated_on
           from person_name n join person p on p.id = n.person_id
          where ${generatedPerson}`,
      );
      const [persons] = await platform().db.query<{ n: number }>(
        `select count(*)::int as n from person p where ${generatedPerson}`,
      );
      assert.ok(names.length > scale, `${names.length} names`);
      assert.equal(names.length, persons?.n, 'one name per generated person');
      for (const name of names) {
        const expected = nameKeysFor(name.full_name, name);
        assert.deepEqual(
          {
            matchKeys: name.match_keys,
            phoneticKeys: name.phonetic_keys,
            linkageKeys: name.linkage_keys,
            linkageValue: name.linkage_value,
            latinName: name.latin_name,
            version: name.keys_version,
          },
          { ...expected, version: nameKeysVersion },
          name.full_name,
        );
      }
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

    it('confirms every victim and decides on most presumed victims, after the screening, at the case agency', async () => {
      const rows = await platform().db.query<{ role: string; decision: string | null; n: number }>(
        `select cp.role, d.decision, count(*)::int as n
           from case_file c join case_person cp on cp.case_id = c.id
           left join identification_decision d on d.person_id = cp.person_id
          where c.reference like $1 group by 1, 2`,
        [`SYN-${seed}-%`],
      );
      const n = (role: string, decision: string | null) =>
        rows.find((row) => row.role === role && row.decision === decision)?.n ?? 0;
      const victims = rows.filter((row) => row.role === 'victim').reduce((sum, row) => sum + row.n, 0);
      assert.ok(victims > 0);
      assert.equal(n('victim', 'confirmed_victim'), victims, 'every victim is a confirmed victim');
      const presumed = rows
        .filter((row) => row.role === 'presumed_victim')
        .reduce((sum, row) => sum + row.n, 0);
      const confirmed = share(n('presumed_victim', 'confirmed_victim'), presumed);
      assert.ok(confirmed > 0.45 && confirmed < 0.65, `presumed victims confirmed ${confirmed}`);
      for (const decision of ['not_a_victim', 'unable_to_determine', null]) {
        const part = share(n('presumed_victim', decision), presumed);
        assert.ok(part > 0.05 && part < 0.3, `presumed victims ${decision} ${part}`);
      }
      const [odd] = await platform().db.query<{ n: number; screened: number; decided: number }>(
        `select count(*) filter (where d.agency_id <> c.agency_id or d.decided_on < c.opened_on
                                    or d.decided_on > c.opened_on + 45 or d.decided_on < s.screened_on
                                    or d.decided_by is null or d.basis not like 'v%')::int as n,
                count(d.screening_id)::int as screened, count(*)::int as decided
           from identification_decision d join case_person cp on cp.person_id = d.person_id
           join case_file c on c.id = cp.case_id left join screening s on s.id = d.screening_id
          where c.reference like $1`,
        [`SYN-${seed}-%`],
      );
      assert.equal(odd?.n, 0, 'no decision out of place, unencrypted or before its screening');
      assert.ok(odd && odd.screened > 0.75 * odd.decided, 'most rest on a screening');
    });

    it("holds the plans' follow-ups in their schedule's order, near their due dates, until the cut-off", async () => {
      const { db } = platform();
      const [plans] = await db.query<{ plans: number; followed: number; twelfth: number; odd: number }>(
        `with f as (
           select p.id as pid, p.returned_on, p.agency_id as plan_agency, f.agency_id, f.sequence, f.held_on
             from reintegration_plan p
             join repatriation r on r.id = p.repatriation_id join case_file c on c.id = r.case_id
             left join reintegration_follow_up f on f.plan_id = p.id
            where c.reference like $1 and p.returned_on + interval '1 month 14 days' <= $2::date)
         select count(distinct pid)::int as plans,
                count(distinct pid) filter (where sequence is not null)::int as followed,
                count(*) filter (where sequence = 4)::int as twelfth,
                count(*) filter (where sequence is not null and (
                  agency_id <> plan_agency or held_on < returned_on or held_on > $2::date
                  or abs(held_on - (returned_on + (array[1, 3, 6, 12])[sequence] * interval '1 month')::date) > 14
                  or sequence > 1 and not exists (select 1 from reintegration_follow_up e
                                                   where e.plan_id = f.pid and e.sequence = f.sequence - 1
                                                     and e.held_on < f.held_on)))::int as odd
           from f`,
        [`SYN-${seed}-%`, followUpsUntil],
      );
      assert.ok(plans && plans.plans > 20, `${plans?.plans} plans`);
      assert.equal(plans.odd, 0, 'every follow-up by the plan agency, in order, near its due date');
      const followed = share(plans.followed, plans.plans);
      assert.ok(followed > 0.8 && followed < 0.97, `plans followed up ${followed}`);
      assert.ok(plans.twelfth > 0 && plans.twelfth < plans.followed, 'fewer reach the twelfth month');
      const outcomes = await db.query<{ measure: string; code: string; n: number }>(
        `select o.key as measure, o.value as code, count(*)::int as n
           from reintegration_follow_up f, jsonb_each_text(f.outcomes) o
          where f.plan_id in (select p.id from reintegration_plan p join repatriation r on r.id = p.repatriation_id
                               join case_file c on c.id = r.case_id where c.reference like $1)
          group by 1, 2`,
        [`SYN-${seed}-%`],
      );
      const code = (measure: string, value: string) =>
        outcomes.find((row) => row.measure === measure && row.code === value)?.n ?? 0;
      assert.ok(code('safety', 'good') > code('safety', 'poor'), 'most are safe');
      assert.ok(code('income', 'poor') > code('safety', 'poor'), 'income is the slowest to come right');
      assert.ok(code('re_trafficking_risk', 'low') > code('re_trafficking_risk', 'high'));
    });

    it('breaks no foreign key, though the bulk path skips their row-by-row checks', async () => {
      assert.deepEqual(await foreignKeyViolations(platform().db), []);
    });

    it('generates the same data set again from the same seed, in another database, row by row', async () => {
      // The demo data, as the platform under test holds it, copied ready-made (see databases.ts).
      const other = await createFreshDatabase(kind, { contents: 'demo' });
      try {
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
      const decisions = await jkm.request('GET', `/api/persons/${own.person_id}/identification-decisions`);
      assert.equal(decisions.statusCode, 200, decisions.body);
      assert.match(decisions.body, /Synthetic basis \d+: indicators confirmed at interview/);
    });

    it('shows the receiving agency its plans with their follow-ups through the API', async () => {
      const { app, db } = platform();
      const [plan] = await db.query<{ id: string; email: string; n: number }>(
        `select p.id, u.email, (select count(*)::int from reintegration_follow_up f where f.plan_id = p.id) as n
           from reintegration_plan p join app_user u on u.id = p.created_by
           join repatriation r on r.id = p.repatriation_id join case_file c on c.id = r.case_id
          where c.reference like 'SYN-%'
            and exists (select 1 from reintegration_follow_up f where f.plan_id = p.id and f.sequence = 2)
          order by c.reference limit 1`,
      );
      assert.ok(plan);
      const officer = await signInAs(app, plan.email);
      const response = await officer.request('GET', `/api/reintegration-plans/${plan.id}`);
      assert.equal(response.statusCode, 200, response.body);
      const followUps = response.json().followUps as { sequence: number; outcomes: Record<string, string> }[];
      assert.deepEqual(
        followUps.map((followUp) => followUp.sequence).sort(),
        Array.from({ length: plan.n }, (_, k) => k + 1),
      );
      assert.equal(Object.keys(followUps[0]?.outcomes ?? {}).length, 7);
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
