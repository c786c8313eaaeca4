/**
 * The data of bench/cases-load.ts: agencies up to 40 (the demo's and generated ones), 3 persons
 * recorded per case (1–2 names each), cases spread evenly over the agencies with their persons
 * and one case worker each. Everything is set-based SQL (`insert … select … from generate_series`),
 * in one transaction, as the database owner; every "random" value is a hash of the row number and
 * the seed (`hashint8extended`), so that a seed always gives the same data. Encrypted columns
 * (contact, address, summary) stay null.
 */
import type { Db, Tx } from '../../src/db/db.ts';
import { referencePrefix } from '../../src/modules/cases/case-reference.ts';

export interface CaseDataOptions {
  readonly seed: number;
  readonly cases: number;
  readonly agencies: number;
  /** Generated case workers per agency (case managers who can sign in with the demo password). */
  readonly workersPerAgency: number;
}

export interface CaseDataCounts {
  readonly agencies: number;
  readonly users: number;
  readonly persons: number;
  readonly names: number;
  readonly cases: number;
  readonly casePersons: number;
  readonly caseWorkers: number;
}

/** Persons recorded per case: the first is always on the case, the others only sometimes. */
export const personsPerCase = 3;

/**
 * The distributions, as `value weight` pairs (`-` is null). A case's status depends on its age:
 * the share of closed cases grows from 5 % (new) to 40 % (three years old); of the others 45 % are
 * open and 55 % active. Cases are opened over the last three years, more of them recently.
 */
const distributions = {
  nationality: 'ID 24, VN 12, MM 12, BD 10, MY 9, PH 7, KH 6, NP 6, TH 5, IN 4, LA 2, - 3',
  sex: 'female 55, male 40, unknown 5',
  birthPrecision: 'exact 40, year 25, estimated 20, unknown 15',
  caseType: 'victim_case 85, investigation 15',
  exploitation: `forced_labour 40, online_scam_compound 20, sexual_exploitation 20, domestic_servitude 8,
    forced_criminality 5, forced_marriage 4, other 3`,
  secondExploitation: 'forced_criminality 50, sexual_exploitation 30, forced_labour 20',
  labourSector: `plantation 20, construction 20, manufacturing 18, fishing 12, agriculture 12, services 10,
    hospitality 8`,
  scamCountry: 'KH 45, MM 35, LA 12, PH 8',
  control: 'debt_bondage 35, document_confiscation 35, deception 30',
  moreControl: 'confinement 30, threats 30, withheld_wages 25, violence 15',
  recruiter: 'agent 35, acquaintance 20, friend 12, employer 10, family 8, stranger 8, unknown 7',
  risk: 'low 20, medium 45, high 28, critical 7',
  victimRole: 'victim 70, presumed_victim 30',
  secondRole: 'witness 40, family 30, victim 30',
};

/** Name pools by nationality (comma-separated); `familyFirst` puts the family name first. */
const namePools = [
  {
    nationalities: 'ID, MY',
    familyFirst: false,
    given: 'Siti, Nur, Dewi, Agus, Rina, Budi, Wati, Ahmad, Aisyah, Putri, Sri, Yusuf',
    family: 'Rahmawati, Santoso, Abdullah, Hidayat, Saputra, Lestari, Wijaya, Ismail, Hassan',
  },
  {
    nationalities: 'VN',
    familyFirst: true,
    given: 'Thị Lan, Văn Hùng, Thị Hoa, Văn Minh, Thị Mai, Đức Anh, Thị Hương, Văn Nam',
    family: 'Nguyễn, Trần, Lê, Phạm, Hoàng, Vũ, Đặng, Bùi',
  },
  {
    nationalities: 'MM, TH, KH, LA',
    familyFirst: false,
    given: 'Aung, Thida, Sokha, Somchai, Malee, Kyaw, Srey, Bounmy, Nilar, Dara',
    family: 'Win, Oo, Chan, Sok, Phan, Keo, Suk, Vong, Htun',
  },
  {
    nationalities: 'BD, NP, IN',
    familyFirst: false,
    given: 'Rahim, Fatema, Sita, Ram, Anika, Karim, Maya, Bikash, Nasrin, Sunil',
    family: 'Hossain, Akter, Thapa, Gurung, Rahman, Tamang, Begum, Shrestha, Das',
  },
  {
    // Also for persons of unknown nationality: the last pool is the fallback.
    nationalities: 'PH',
    familyFirst: false,
    given: 'Maria, Jose, Ana, Mark, Grace, Juan, Joy, Paolo, Liza, Ramon',
    family: 'Santos, Reyes, Cruz, Bautista, Garcia, Mendoza, Ramos, Aquino',
  },
];

/** The language (ISO 639-1) recorded for a person of each nationality. */
const languages = 'ID id, VN vi, MM my, BD bn, MY ms, PH tl, KH km, NP ne, TH th, IN hi, LA lo';

const list = (text: string) => text.split(',').map((item) => item.trim());
const pairs = (text: string) => list(text).map((item) => item.split(/\s+/) as [string, string]);
const literal = (value: string) => (value === '-' ? 'null' : `'${value.replaceAll("'", "''")}'`);
const literals = (text: string) => list(text).map(literal).join(', ');

/** `case when r < w1 then v1 when r < w1 + w2 then v2 … else vn end` for a `value weight` list. */
function pick(r: string, spec: string): string {
  const choices = pairs(spec);
  const total = choices.reduce((sum, [, weight]) => sum + Number(weight), 0);
  let cumulative = 0;
  const whens = choices.slice(0, -1).map(([value, weight]) => {
    cumulative += Number(weight);
    return `when ${r} < ${(cumulative / total).toFixed(6)} then ${literal(value)}`;
  });
  return `(case ${whens.join(' ')} else ${literal(choices.at(-1)?.[0] ?? '-')} end)`;
}

/** The SQL building blocks for one seed. */
function sqlFor(seed: number) {
  // A uniform value in [0, 1) from a row number and a salt (a different salt for every column).
  const r = (row: string, salt: number) =>
    `((hashint8extended((${row})::bigint, ${seed * 1000 + salt}) & 2147483647)::float8 / 2147483648)`;
  // A UUID from a kind and a row number, with the version and variant digits of a v4 UUID.
  const uid = (kind: string, row: string) =>
    `overlay(overlay(md5('${seed}:${kind}:' || (${row})) placing '4' from 13) placing '8' from 17)::uuid`;
  const nationality = (person: string) => pick(r(person, 1), distributions.nationality);
  // The given and family name of `person`, whose nationality is `nat`, from that nationality's pool.
  const name = (person: string, nat: string, salt: number) => {
    const draw = (values: string, s: number) =>
      `(array[${literals(values)}])[1 + floor(${r(person, s)} * ${list(values).length})::int]`;
    const parts = namePools.map((pool) => {
      const [given, family] = [draw(pool.given, salt), draw(pool.family, salt + 1)];
      const full = pool.familyFirst ? `${family} || ' ' || ${given}` : `${given} || ' ' || ${family}`;
      return { when: `${nat} in (${literals(pool.nationalities)})`, given, family, full };
    });
    const choose = (part: 'given' | 'family' | 'full') =>
      `(case ${parts
        .slice(0, -1)
        .map((p) => `when ${p.when} then ${p[part]}`)
        .join(' ')} else ${parts.at(-1)?.[part]} end)`;
    return { given: choose('given'), family: choose('family'), full: choose('full') };
  };
  const language = (nat: string) =>
    `(case ${nat} ${pairs(languages)
      .map(([country, code]) => `when ${literal(country)} then ${literal(code)}`)
      .join(' ')} end)`;
  return { r, uid, nationality, name, language };
}

/** Generates the data, reporting each step's time to `log`; returns the table sizes afterwards. */
export async function generateCaseData(
  db: Db,
  options: CaseDataOptions,
  log: (step: string, ms: number) => void,
): Promise<CaseDataCounts> {
  const { seed, cases, workersPerAgency } = options;
  const { r, uid, nationality, name, language } = sqlFor(seed);
  const persons = cases * personsPerCase;
  // Case n belongs to agency slot n % agencies; person k is recorded with case (k - 1) / 3 + 1.
  const slotOf = (caseNumber: string) => `(${caseNumber}) % ${options.agencies}`;
  const personSlot = `${slotOf(`(k - 1) / ${personsPerCase} + 1`)}`;
  const step = async (label: string, work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    log(label, performance.now() - started);
  };

  await db.transaction(async (tx: Tx) => {
    await step('agencies and case workers', async () => {
      const [existing] = await tx.query<{ count: number }>('select count(*)::int as count from agency');
      await tx.query(
        `insert into agency (name, short_name, type, country, time_zone)
         select format('Bench agency %s', n), format('BA%s', n),
                (array['welfare', 'ngo', 'law_enforcement', 'shelter_operator', 'labour'])[1 + n % 5],
                (array['MY', 'ID', 'VN', 'TH', 'PH'])[1 + n % 5], 'Asia/Kuala_Lumpur'
           from generate_series(1, $1::int) n`,
        [Math.max(0, options.agencies - (existing?.count ?? 0))],
      );
      const agencies = await tx.query<{ id: string; short_name: string | null }>(
        `select id, short_name from agency order by created_at, name limit ${options.agencies}`,
      );
      await tx.exec(`create temporary table bench_slot (slot int primary key, agency_id uuid, prefix text,
                       country text) on commit drop`);
      await tx.query(
        `insert into bench_slot (slot, agency_id, prefix, country)
         select s.slot - 1, s.id, s.prefix, a.country
           from unnest($1::uuid[], $2::text[]) with ordinality s (id, prefix, slot) join agency a on a.id = s.id`,
        [agencies.map((a) => a.id), agencies.map((a) => referencePrefix(a.short_name))],
      );
      await tx.query(
        `insert into app_user (id, email, display_name, password_hash)
         select ${uid('user', 's.slot * 1000 + k')}, format('worker%s.%s@bench.lindung.org', s.slot, k),
                format('Case worker %s %s', s.prefix, k),
                (select password_hash from app_user order by created_at limit 1)
           from bench_slot s, generate_series(1, ${workersPerAgency}) k`,
      );
      await tx.query(
        `insert into membership (user_id, agency_id, role_code)
         select ${uid('user', 's.slot * 1000 + k')}, s.agency_id, 'case_manager'
           from bench_slot s, generate_series(1, ${workersPerAgency}) k`,
      );
    });

    await step(`${persons} persons`, () =>
      tx.query(
        `insert into person (id, agency_id, sex, birth_precision, birth_date, birth_year, estimated_age,
                             estimated_on, nationality, languages, created_at, updated_at)
         select ${uid('person', 'k')}, s.agency_id, sex, precision,
                case when precision = 'exact' then date '1965-01-01' + floor(${r('k', 3)} * 16000)::int end,
                case when precision = 'year' then 1965 + floor(${r('k', 3)} * 44)::int end,
                case when precision = 'estimated' then 12 + floor(${r('k', 3)} * 40)::int end,
                case when precision = 'estimated' then created::date end,
                nationality, case when nationality is null then '{}' else array[${language('nationality')}] end,
                created, created
           from generate_series(1, ${persons}) k
           join bench_slot s on s.slot = ${personSlot}
           cross join lateral (select ${pick(r('k', 2), distributions.sex)} as sex,
             ${pick(r('k', 4), distributions.birthPrecision)} as precision, ${nationality('k')} as nationality,
             now() - make_interval(days => floor(${r('k', 5)} * 1095)::int) as created) p`,
      ),
    );

    await step('person names (all have one, 40 % an alias too)', async () => {
      const [first, alias] = [name('k', 'x.nat', 10), name('k', 'x.nat', 20)];
      const rows = `from generate_series(1, ${persons}) k join bench_slot s on s.slot = ${personSlot}
                    cross join lateral (select ${nationality('k')} as nat) x`;
      // The names' search words (migration 0155) are written in one statement after the names, not
      // by the row trigger name by name (30+ minutes for 300k persons on a loaded machine). The
      // trigger is off only inside this transaction: ALTER TABLE is transactional, and a failed
      // generation rolls it back with the rows.
      await tx.exec('alter table person_name disable trigger person_name_words');
      await tx.query(
        `insert into person_name (person_id, agency_id, kind, position, full_name, given_name, family_name)
         select ${uid('person', 'k')}, s.agency_id, 'birth', 0, ${first.full}, ${first.given}, ${first.family} ${rows}
         union all
         select ${uid('person', 'k')}, s.agency_id, 'alias', 1, ${alias.given}, ${alias.given}, null ${rows}
          where ${r('k', 6)} < 0.4`,
      );
      await tx.exec('alter table person_name enable trigger person_name_words');
    });

    await step("names' search words, set-based", () =>
      tx.query('select lindung_write_missing_person_name_words()'),
    );

    // The victim statistics' row trigger marks each case's (agency, month) stale, one call a case
    // and a case person: off here, and the months marked in one statement at the end.
    await tx.exec(`alter table case_file disable trigger victim_rollup_touch;
                   alter table case_person disable trigger victim_rollup_touch`);
    await step(`${cases} cases`, () =>
      tx.query(
        `insert into case_file (id, agency_id, reference, type, status, exploitation_types, labour_sector,
             recruitment_country, recruited_on, exploitation_country, exploitation_started_on,
             exploitation_ended_on, means_of_control, recruiter_relationship, risk_level, opened_on, closed_at,
             close_reason, created_by, created_at, updated_at)
         select ${uid('case', 'n')}, s.agency_id,
                format('%s-%s-%s', s.prefix, extract(year from opened_on), lpad((row_number() over (
                  partition by s.slot, extract(year from opened_on) order by opened_on, n))::text, 6, '0')),
                ${pick(r('n', 30), distributions.caseType)}, status,
                array_remove(array[main, case when second <> main then second end], null),
                case main when 'forced_labour' then ${pick(r('n', 31), distributions.labourSector)}
                          when 'domestic_servitude' then 'domestic_work' end,
                ${nationality(`(n - 1) * ${personsPerCase} + 1`)},
                opened_on - 60 - floor(${r('n', 32)} * 700)::int,
                case when main = 'online_scam_compound' then ${pick(r('n', 33), distributions.scamCountry)}
                     else s.country end,
                opened_on - 50 - floor(${r('n', 32)} * 600)::int,
                case when ${r('n', 34)} < 0.7 then opened_on - floor(${r('n', 35)} * 50)::int end,
                array_remove(array[${pick(r('n', 36), distributions.control)}, case when ${r('n', 37)} < 0.5
                  then ${pick(r('n', 38), distributions.moreControl)} end], null),
                ${pick(r('n', 39), distributions.recruiter)}, ${pick(r('n', 40), distributions.risk)}, opened_on,
                case when status = 'closed'
                  then (opened_on + floor(${r('n', 41)} * (current_date - opened_on))::int)::timestamptz end,
                case when status = 'closed' then 'Services completed' end,
                ${uid('user', `s.slot * 1000 + 1 + floor(${r('n', 42)} * ${workersPerAgency})::int`)},
                opened_on + interval '9 hours', opened_on + interval '9 hours'
           from generate_series(1, ${cases}) n
           join bench_slot s on s.slot = ${slotOf('n')}
           cross join lateral (select current_date - floor(power(${r('n', 43)}, 1.3) * 1095)::int as opened_on) d
           cross join lateral (select
             case when ${r('n', 44)} < 0.05 + 0.35 * (current_date - opened_on) / 1095.0 then 'closed'
                  when ${r('n', 45)} < 0.45 then 'open' else 'active' end as status,
             ${pick(r('n', 46), distributions.exploitation)} as main,
             case when ${r('n', 47)} < 0.15 then ${pick(r('n', 48), distributions.secondExploitation)} end
               as second) c`,
      ),
    );

    await step('reference counters, case persons and case workers', async () => {
      await tx.query(
        `insert into case_reference_counter (agency_id, year, last_number)
         select agency_id, extract(year from opened_on)::int, count(*) from case_file group by 1, 2`,
      );
      // The first person recorded with a case is its (presumed) victim; the second is on the case
      // for one case in three (witness, family or a second victim), the third for one in ten.
      await tx.query(
        `insert into case_person (case_id, person_id, agency_id, role, added_at)
         select c.id, ${uid('person', `(n - 1) * ${personsPerCase} + 1 + extra`)}, c.agency_id,
                case extra when 0 then ${pick(r('n', 50), distributions.victimRole)}
                           when 1 then ${pick(r('n', 51), distributions.secondRole)} else 'guardian' end,
                c.created_at + make_interval(mins => extra)
           from generate_series(1, ${cases}) n
           cross join generate_series(0, ${personsPerCase - 1}) extra
           join case_file c on c.id = ${uid('case', 'n')}
          where extra = 0 or (extra = 1 and ${r('n', 52)} < 0.35) or (extra = 2 and ${r('n', 53)} < 0.1)`,
      );
      await tx.query(
        `insert into case_worker (case_id, user_id, agency_id, assigned_at)
         select id, created_by, agency_id, created_at from case_file where created_by is not null`,
      );
    });

    await step('victim statistics months marked stale, set-based', async () => {
      await tx.exec(`alter table case_file enable trigger victim_rollup_touch;
                     alter table case_person enable trigger victim_rollup_touch`);
      // What the trigger marks for a victim case or its person written (migration 0088); the
      // demo's months too, which only makes the statistics job compute them again.
      await tx.query(
        `insert into victim_rollup_stale (agency_id, month)
         select distinct agency_id, date_trunc('month', opened_on)::date from case_file
          where type = 'victim_case'
         on conflict do nothing`,
      );
    });
  });

  // Statistics for the planner and a visibility map, as a database in use would have them.
  await step('vacuum analyze', () => db.exec('vacuum analyze'));
  const [counts] = await db.query<CaseDataCounts>(
    `select (select count(*)::int from agency) as agencies, (select count(*)::int from app_user) as users,
            (select count(*)::int from person) as persons, (select count(*)::int from person_name) as names,
            (select count(*)::int from case_file) as cases,
            (select count(*)::int from case_person) as "casePersons",
            (select count(*)::int from case_worker) as "caseWorkers"`,
  );
  if (!counts) throw new Error('the generated data could not be counted');
  return counts;
}
