import { encryptField } from '../crypto/field-cipher.ts';
import type { Keyring } from '../crypto/keyring.ts';
import type { Db, Tx } from '../db/db.ts';
import { offencesFor } from '../modules/prosecution/index.ts';
import { assessScreening, defaultInstrument } from '../modules/screening/index.ts';
import { namePoolRows } from './names.ts';

/**
 * The synthetic national data set (issue 7): `scale` victim cases with their persons, screenings,
 * consents and referrals, shelter placements, protection orders, repatriations, reintegration
 * plans and investigations (suspects, arrests, charges, outcomes), spread over the case-handling
 * agencies of Malaysia, Indonesia and Vietnam from 2019 to 2025, with the distributions of
 * shared/reference/statistics.md §5. Deterministic: every draw is an md5 of (seed, row, table), so
 * one seed always gives the same rows and ids. Set-based: each batch is a handful of
 * `insert … select … from generate_series` statements in one transaction, nothing row by row.
 * Encrypted columns hold real ciphertexts, encrypted in Node once per batch from a small pool of
 * made-up texts (no generated record carries personal free text); optional encrypted fields stay
 * null. See docs/decisions/0013-statistics.md.
 */
export interface SyntheticOptions {
  scale: number;
  seed: number;
  keyring: Keyring;
  batchSize?: number;
  /**
   * Fire the tables' row triggers and foreign-key checks row by row, as the API's writes do, even
   * where the bulk path could be taken (tests compare the two).
   */
  rowByRow?: boolean;
  onBatch?: (done: number, total: number) => void;
}

export interface SyntheticReport {
  cases: number;
  rows: number;
  milliseconds: number;
  /** Whether the batches skipped the row triggers and foreign-key checks (decision 0033). */
  bulk: boolean;
}

/** The tables the generator writes, in the order it writes them (for counting and for tests). */
export const syntheticTables = [
  'person',
  'person_name',
  'case_file',
  'case_person',
  'screening',
  'consent',
  'referral',
  'placement',
  'protection_order',
  'repatriation',
  'reintegration_plan',
  'investigation',
  'investigation_offence',
  'suspect',
  'arrest',
  'charge',
  'charge_outcome',
] as const;

const caseAgencyTypes = ['welfare', 'law_enforcement', 'immigration', 'labour', 'ngo'];
const countries = ['MY', 'ID', 'VN'];

/** A uniform draw in [0, 1) from the k-th 16 bits (k = 1..8) of a 16-byte md5 digest column. */
/** A version-4-shaped UUID from the seed (always $1), a table's tag and the row number. */
const id = (tag: string, row: string) =>
  `overlay(overlay(md5($1 || '${tag}' || ${row}) placing '4' from 13) placing '8' from 17)::uuid`;

const u = (hash: string, k: number) =>
  `((get_byte(${hash}, ${2 * k - 2}) * 256 + get_byte(${hash}, ${2 * k - 1})) / 65536.0)`;

export async function generateSynthetic(db: Db, options: SyntheticOptions): Promise<SyntheticReport> {
  const started = performance.now();
  if (!Number.isInteger(options.scale) || options.scale < 1)
    throw new RangeError('scale must be a positive integer');
  if (!Number.isInteger(options.seed) || options.seed < 0)
    throw new RangeError('seed must be a non-negative integer');
  const batchSize = options.batchSize ?? 20_000;
  const setup = await readSetup(db);
  const cipherPools = encryptPools(options.keyring);
  const before = await countRows(db);
  const bulk = !options.rowByRow && (await maySkipRowTriggers(db));
  for (let lo = 1; lo <= options.scale; lo += batchSize) {
    const hi = Math.min(options.scale, lo + batchSize - 1);
    await db.transaction((tx) => generateBatch(tx, { seed: options.seed, lo, hi, setup, cipherPools, bulk }));
    options.onBatch?.(hi, options.scale);
  }
  // The bulk path skipped the triggers that count the persons' linkage keys (migration 0105); the
  // names' keys themselves come with the name keys backfill, whose updates the triggers count.
  if (bulk) await db.query('select lindung_recount_linkage_keys()');
  const after = await countRows(db);
  return {
    cases: after.case_file - before.case_file,
    rows: syntheticTables.reduce((sum, table) => sum + after[table] - before[table], 0),
    milliseconds: Math.round(performance.now() - started),
    bulk,
  };
}

export async function countRows(db: Db | Tx): Promise<Record<(typeof syntheticTables)[number], number>> {
  const [row] = await db.query<Record<string, number>>(
    `select ${syntheticTables.map((table) => `(select count(*)::integer from ${table}) as ${table}`).join(', ')}`,
  );
  return row as Record<(typeof syntheticTables)[number], number>;
}

/**
 * The bulk path (decision 0033): the batch runs with `session_replication_role = replica`, so
 * PostgreSQL skips the per-row foreign-key checks and row triggers, and the generator writes what
 * those triggers would have written (timeline events, referral deadlines) set-based afterwards.
 * The rows are consistent by construction (synthetic.int.test.ts checks every foreign key). Only a
 * superuser may set it; anyone else gets the row-by-row path, which gives the same rows.
 */
async function maySkipRowTriggers(db: Db): Promise<boolean> {
  const [row] = await db.query<{ on: boolean }>("select current_setting('is_superuser') = 'on' as on");
  return row?.on === true;
}

interface Setup {
  agencies: { country: string[]; kind: string[]; idx: number[]; n: number[]; id: string[]; user: string[] };
  beds: {
    country: string[];
    idx: number[];
    n: number[];
    shelter: string[];
    agency: string[];
    bed: string[];
    user: string[];
  };
  offences: { country: string[]; category: string[]; code: string[] };
  screenings: { profile: string[]; answers: string[]; assessment: string[]; outcome: string[] };
}

/** The agencies, users, beds and offences the data is spread over, from the database as it is. */
async function readSetup(db: Db): Promise<Setup> {
  const agencies = await db.query<{ id: string; country: string; type: string; user_id: string | null }>(
    `select a.id, btrim(a.country) as country, a.type,
            (select m.user_id from membership m where m.agency_id = a.id order by m.user_id limit 1) as user_id
       from agency a where btrim(a.country) = any($1) order by a.name`,
    [countries],
  );
  const anyUser = agencies.find((agency) => agency.user_id)?.user_id;
  if (!anyUser) throw new Error('the database has no agencies with users: run `lindung seed --demo` first');
  const setup: Setup = {
    agencies: { country: [], kind: [], idx: [], n: [], id: [], user: [] },
    beds: { country: [], idx: [], n: [], shelter: [], agency: [], bed: [], user: [] },
    offences: { country: [], category: [], code: [] },
    screenings: { profile: [], answers: [], assessment: [], outcome: [] },
  };
  const addAgencies = (kind: string, country: string, list: typeof agencies) =>
    list.forEach((agency, idx) => {
      setup.agencies.country.push(country);
      setup.agencies.kind.push(kind);
      setup.agencies.idx.push(idx);
      setup.agencies.n.push(list.length);
      setup.agencies.id.push(agency.id);
      setup.agencies.user.push(agency.user_id ?? anyUser);
    });
  for (const country of countries) {
    const of = agencies.filter((agency) => agency.country === country);
    const caseAgencies = of.filter((agency) => caseAgencyTypes.includes(agency.type));
    if (caseAgencies.length < 2) throw new Error(`${country} needs two case-handling agencies`);
    addAgencies('case', country, caseAgencies);
    addAgencies(
      'le',
      country,
      of.filter((agency) => agency.type === 'law_enforcement'),
    );
    addAgencies(
      'receiver',
      country,
      of.filter((agency) => agency.type === 'welfare'),
    );
    for (const offence of offencesFor({ country }, 'generic')) {
      setup.offences.country.push(country);
      setup.offences.category.push(offence.category);
      setup.offences.code.push(offence.code);
    }
  }
  const beds = await db.query<{ country: string; shelter_id: string; agency_id: string; bed_id: string }>(
    `select btrim(a.country) as country, s.id as shelter_id, s.agency_id, b.id as bed_id
       from shelter_bed b join shelter s on s.id = b.shelter_id join agency a on a.id = s.agency_id
      where s.active and b.in_service order by b.id`,
  );
  for (const country of countries) {
    const of = beds.filter((bed) => bed.country === country);
    of.forEach((bed, idx) => {
      setup.beds.country.push(country);
      setup.beds.idx.push(idx);
      setup.beds.n.push(of.length);
      setup.beds.shelter.push(bed.shelter_id);
      setup.beds.agency.push(bed.agency_id);
      setup.beds.bed.push(bed.bed_id);
      setup.beds.user.push(agencies.find((agency) => agency.id === bed.agency_id)?.user_id ?? anyUser);
    });
  }
  for (const profile of defaultInstrument.profiles) {
    const answers = Object.fromEntries(
      defaultInstrument.indicators
        .filter((indicator) => indicator.strengths[profile.code] !== undefined)
        .map((indicator) => [indicator.id, 'yes' as const]),
    );
    const assessment = assessScreening(defaultInstrument, profile.code, answers);
    setup.screenings.profile.push(profile.code);
    setup.screenings.answers.push(JSON.stringify(answers));
    setup.screenings.assessment.push(JSON.stringify(assessment));
    setup.screenings.outcome.push(assessment.outcome);
  }
  return setup;
}

const poolSize = 16;
interface CipherPools {
  travelDocuments: string[];
  route: string[];
  goals: string[];
  arrestPlace: string[];
}

/** Ciphertexts of a few made-up texts, fresh for each run, picked by row. */
function encryptPools(keyring: Keyring): CipherPools {
  const pool = (context: string, text: (n: number) => string) =>
    Array.from({ length: poolSize }, (_, n) => encryptField(keyring, context, text(n)));
  return {
    travelDocuments: pool('repatriation.travel_documents', (n) =>
      JSON.stringify([
        {
          type: n % 2 ? 'emergency_travel_document' : 'passport',
          issuedBy: 'Embassy (synthetic)',
          status: 'issued',
        },
      ]),
    ),
    route: pool('repatriation.route', (n) => `Synthetic route ${n}: by air via the capital`),
    goals: pool('reintegration_plan.goals', (n) =>
      JSON.stringify([`Synthetic goal ${n}: livelihood`, 'Family support']),
    ),
    arrestPlace: pool('arrest.place', (n) => `Synthetic place ${n}`),
  };
}

async function generateBatch(
  db: Tx,
  {
    seed,
    lo,
    hi,
    setup,
    cipherPools,
    bulk,
  }: { seed: number; lo: number; hi: number; setup: Setup; cipherPools: CipherPools; bulk: boolean },
): Promise<void> {
  const profile = process.env.LINDUNG_SYNTHETIC_PROFILE === '1';
  const tx = {
    query: async (sql: string, params?: unknown[]) => {
      const started = performance.now();
      const rows = await db.query(sql, params);
      if (profile)
        console.error(
          `${(performance.now() - started).toFixed(0)} ms  ${sql.replace(/\s+/g, ' ').slice(0, 70)}`,
        );
      return rows;
    },
  };
  if (bulk) await tx.query('set local session_replication_role = replica');
  const names = namePoolRows();
  await tx.query(
    'create temp table syn_name on commit drop as select * from unnest($1::text[], $2::text[], $3::int[], $4::text[]) as t(nat, pool, idx, value)',
    [names.nat, names.pool, names.idx, names.value],
  );
  await tx.query(
    'create temp table syn_name_n on commit drop as select nat, pool, count(*)::int as n from syn_name group by 1, 2',
  );
  const a = setup.agencies;
  await tx.query(
    'create temp table syn_agency on commit drop as select * from unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::uuid[], $6::uuid[]) as t(country, kind, idx, n, id, user_id)',
    [a.country, a.kind, a.idx, a.n, a.id, a.user],
  );
  const b = setup.beds;
  await tx.query(
    'create temp table syn_bed on commit drop as select * from unnest($1::text[], $2::int[], $3::int[], $4::uuid[], $5::uuid[], $6::uuid[], $7::uuid[]) as t(country, idx, n, shelter_id, agency_id, bed_id, user_id)',
    [b.country, b.idx, b.n, b.shelter, b.agency, b.bed, b.user],
  );
  const o = setup.offences;
  await tx.query(
    'create temp table syn_offence on commit drop as select distinct on (country, category) * from unnest($1::text[], $2::text[], $3::text[]) as t(country, category, code) order by country, category, code',
    [o.country, o.category, o.code],
  );
  const s = setup.screenings;
  await tx.query(
    'create temp table syn_screening on commit drop as select * from unnest($1::text[], $2::jsonb[], $3::jsonb[], $4::text[]) as t(profile, answers, assessment, outcome)',
    [s.profile, s.answers, s.assessment, s.outcome],
  );

  // Temporary tables get no statistics of their own; without them the planner loops over the big ones.
  await tx.query('analyze syn_name, syn_name_n, syn_agency, syn_bed, syn_offence, syn_screening');
  // One row per victim with every draw and derived attribute, so that each insert below is a plain select.
  await tx.query(
    `create temp table syn_v on commit drop as
     with base as materialized (
       select i, decode(md5($1 || '/a/' || i), 'hex') as h1, decode(md5($1 || '/b/' || i), 'hex') as h2, decode(md5($1 || '/c/' || i), 'hex') as h3,
              decode(md5($1 || '/d/' || i), 'hex') as h4
         from generate_series($2::int, $3::int) i
     ), drawn as materialized (
       select i, h1, h2, h3, h4,
              case when ${u('h1', 1)} < 0.5 then 'MY' when ${u('h1', 1)} < 0.8 then 'ID' else 'VN' end as country,
              ${u('h1', 2)} as agency_draw,
              ${u('h1', 3)} as nat_draw,
              case when ${u('h1', 4)} < 0.39 then 'woman' when ${u('h1', 4)} < 0.62 then 'man'
                   when ${u('h1', 4)} < 0.84 then 'girl' else 'boy' end as grp,
              ${u('h1', 5)} as age_draw,
              ${u('h1', 6)} as x,
              ${u('h1', 7)} as sector_draw,
              date '2019-01-01' + floor(${u('h1', 8)} * 2557)::int as opened_on
         from base
     ), typed as materialized (
       select d.*,
              extract(year from opened_on)::int - 2019 as yi,
              case when grp in ('woman', 'girl') then 'female' else 'male' end as sex,
              case when grp in ('woman', 'man') then 18 + floor(power(age_draw, 1.6) * 42)::int
                   else 8 + floor(power(age_draw, 0.6) * 10)::int end as age,
              case country
                when 'MY' then case when nat_draw < 0.38 then 'ID' when nat_draw < 0.60 then 'MM' when nat_draw < 0.70 then 'VN'
                                    when nat_draw < 0.77 then 'KH' when nat_draw < 0.85 then 'TH' else 'MY' end
                when 'ID' then case when nat_draw < 0.92 then 'ID' when nat_draw < 0.94 then 'MY' when nat_draw < 0.96 then 'VN'
                                    when nat_draw < 0.98 then 'MM' when nat_draw < 0.99 then 'KH' else 'TH' end
                else case when nat_draw < 0.92 then 'VN' when nat_draw < 0.95 then 'KH' when nat_draw < 0.97 then 'MM'
                          when nat_draw < 0.98 then 'ID' when nat_draw < 0.99 then 'TH' else 'MY' end
              end as nationality
         from drawn d
     ), exploited as materialized (
       select t.*,
              case grp
                when 'woman' then case when x < 0.25 + 0.03 * yi then 'forced_labour' when x < 0.73 then 'sexual_exploitation'
                                       when x < 0.83 then 'domestic_servitude' when x < 0.95 then 'online_scam_compound'
                                       else 'forced_marriage' end
                when 'man' then case when x < 0.62 + 0.02 * yi then 'forced_labour' when x < 0.84 then 'online_scam_compound'
                                     when x < 0.96 then 'forced_criminality' else 'sexual_exploitation' end
                when 'girl' then case when x < 0.58 then 'sexual_exploitation' when x < 0.75 then 'forced_labour'
                                      when x < 0.85 then 'forced_marriage' when x < 0.92 then 'online_scam_compound'
                                      else 'domestic_servitude' end
                else case when x < 0.45 then 'forced_labour' when x < 0.70 then 'forced_criminality'
                          when x < 0.85 then 'online_scam_compound' when x < 0.95 then 'sexual_exploitation' else 'other' end
              end as exploitation
         from typed t
     )
     select e.*,
            ag.id as agency_id, ag.user_id, ag.idx as agency_idx, ag.n as agency_n,
            case when e.exploitation = 'forced_labour' then
                   case when sector_draw < 0.2 then 'fishing' when sector_draw < 0.4 then 'plantation'
                        when sector_draw < 0.55 then 'construction' when sector_draw < 0.7 then 'manufacturing'
                        when sector_draw < 0.8 then 'agriculture' when sector_draw < 0.9 then 'domestic_work' else 'services' end
                 when e.exploitation = 'domestic_servitude' then 'domestic_work'
                 when e.exploitation = 'sexual_exploitation' and sector_draw < 0.5 then 'entertainment' end as labour_sector,
            case when e.exploitation = 'online_scam_compound' then
                   case when ${u('h2', 1)} < 0.55 then 'KH' when ${u('h2', 1)} < 0.85 then 'MM' else 'LA' end
                 when e.country = 'MY' then 'MY'
                 when e.country = 'ID' then case when ${u('h2', 1)} < 0.5 then 'MY' when ${u('h2', 1)} < 0.8 then 'ID' else 'SA' end
                 else case when ${u('h2', 1)} < 0.35 then 'VN' when ${u('h2', 1)} < 0.6 then 'CN'
                           when ${u('h2', 1)} < 0.8 then 'MY' else 'TH' end end as exploitation_country,
            ${u('h2', 2)} as given_draw, ${u('h2', 3)} as second_draw,
            case when ${u('h2', 5)} < 0.7 then 'victim' else 'presumed_victim' end as role,
            case when ${u('h2', 6)} < 0.6 then 'year' when ${u('h2', 6)} < 0.85 then 'estimated' else 'unknown' end as birth_precision,
            ${u('h2', 7)} < 0.85 as screened,
            ${u('h2', 8)} < 0.62 as referred,
            ${u('h3', 1)} as place_draw, ${u('h3', 2)} as status_draw,
            e.opened_on + floor(power(${u('h3', 3)}, 2) * 30)::int as referred_on,
            ${u('h3', 4)} < 0.5 as repatriate, ${u('h3', 5)} < 0.7 as reintegrate,
            e.country = 'MY' and ${u('h3', 6)} < 0.12 as order_made,
            ${u('h3', 7)} < 0.3 as investigated,
            case when ${u('h3', 8)} < 0.2 then 'low' when ${u('h3', 8)} < 0.6 then 'medium'
                 when ${u('h3', 8)} < 0.9 then 'high' else 'critical' end as risk_level,
            ${id('/person/', 'e.i')} as person_id, ${id('/case/', 'e.i')} as case_id
       from exploited e
       join syn_agency ag on ag.country = e.country and ag.kind = 'case' and ag.idx = floor(e.agency_draw * ag.n)::int`,
    [String(seed), lo, hi],
  );
  await tx.query('analyze syn_v');
  const ref = `'SYN-${seed}-' || lpad(v.i::text, 7, '0')`;

  await tx.query(
    `insert into person (id, agency_id, sex, birth_precision, birth_year, estimated_age, estimated_on, nationality,
                         languages, created_by, created_at, updated_at)
     select v.person_id, v.agency_id, v.sex, v.birth_precision,
            case when v.birth_precision = 'year' then extract(year from v.opened_on)::int - v.age end,
            case when v.birth_precision = 'estimated' then v.age end,
            case when v.birth_precision = 'estimated' then v.opened_on end,
            v.nationality,
            case v.nationality when 'MY' then '{ms}' when 'ID' then '{id}' when 'VN' then '{vi}' when 'MM' then '{my}'
                               when 'KH' then '{km}' else '{th}' end::text[],
            v.user_id, v.opened_on::timestamptz, v.opened_on::timestamptz
       from syn_v v`,
  );
  await tx.query(
    `insert into person_name (person_id, agency_id, kind, position, full_name, given_name, family_name)
     select v.person_id, v.agency_id, 'birth', 0,
            case v.nationality
              when 'MY' then g.value || case when v.sex = 'male' then ' bin ' else ' binti ' end || s.value
              when 'VN' then s.value || case when v.sex = 'male' then ' Văn ' else ' Thị ' end || g.value
              when 'KH' then s.value || ' ' || g.value
              when 'ID' then case when v.second_draw < 0.3 then g.value else g.value || ' ' || s.value end
              else g.value || ' ' || s.value end,
            g.value,
            case when v.nationality in ('VN', 'KH', 'TH') or (v.nationality = 'ID' and v.second_draw >= 0.3) then s.value end
       from syn_v v
       join syn_name_n gn on gn.nat = v.nationality and gn.pool = case when v.sex = 'male' then 'male' else 'female' end
       join syn_name g on g.nat = gn.nat and g.pool = gn.pool and g.idx = floor(v.given_draw * gn.n)::int
       join syn_name_n sn on sn.nat = v.nationality and sn.pool = 'second'
       join syn_name s on s.nat = sn.nat and s.pool = 'second' and s.idx = floor(v.second_draw * sn.n)::int`,
  );
  await tx.query(
    `insert into case_file (id, agency_id, reference, type, status, exploitation_types, labour_sector,
                            recruitment_country, exploitation_country, risk_level, opened_on, closed_at, created_by,
                            created_at, updated_at)
     select v.case_id, v.agency_id, ${ref}, 'victim_case',
            case when v.opened_on < date '2024-01-01' then 'closed' when v.x < 0.5 then 'active' else 'open' end,
            array[v.exploitation], v.labour_sector, v.nationality, v.exploitation_country, v.risk_level, v.opened_on,
            case when v.opened_on < date '2024-01-01' then (v.opened_on + 300)::timestamptz end,
            v.user_id, v.opened_on::timestamptz, v.opened_on::timestamptz
       from syn_v v`,
  );
  await tx.query(
    `insert into case_person (case_id, person_id, agency_id, role, added_at)
     select v.case_id, v.person_id, v.agency_id, v.role, v.opened_on::timestamptz from syn_v v`,
  );
  await tx.query(
    `insert into screening (agency_id, person_id, instrument_id, instrument_version, profile, status, officer_user_id,
                            screened_on, answers, outcome, assessment, created_at, updated_at, completed_at, completed_by)
     select v.agency_id, v.person_id, $1, $2, sc.profile, 'completed', v.user_id, v.opened_on, sc.answers, sc.outcome,
            sc.assessment, v.opened_on::timestamptz, v.opened_on::timestamptz, v.opened_on::timestamptz, v.user_id
       from syn_v v
       join syn_screening sc on sc.profile = (case when v.age < 18 then 'child_' else 'adult_' end)
                                 || (case when v.exploitation = 'sexual_exploitation' then 'sexual' else 'labour' end)
      where v.screened`,
    [defaultInstrument.id, defaultInstrument.version],
  );

  // Referrals: to a shelter's agency when the victim is placed, otherwise to another agency of the country.
  await tx.query(
    `create temp table syn_r on commit drop as
     select v.*, ${id('/consent/', 'v.i')} as consent_id, ${id('/referral/', 'v.i')} as referral_id,
            bed.shelter_id, bed.agency_id as shelter_agency_id, bed.bed_id, bed.user_id as shelter_user_id,
            coalesce(bed.agency_id, other.id) as to_agency_id,
            case when bed.bed_id is not null then 'completed' when v.status_draw < 0.45 then 'completed'
                 when v.status_draw < 0.75 then 'accepted' when v.status_draw < 0.88 then 'declined' else 'pending' end
              as referral_status,
            (v.referred_on::timestamp + interval '10 hours') as referred_at
       from syn_v v
       left join syn_bed bed on bed.country = v.country and v.place_draw < 0.55
                            and bed.idx = floor(${u('v.h4', 7)} * bed.n)::int and bed.agency_id <> v.agency_id
       join syn_agency other on other.country = v.country and other.kind = 'case'
                            and other.idx = (v.agency_idx + 1 + floor(v.status_draw * (v.agency_n - 1))::int) % v.agency_n
      where v.referred`,
    [String(seed)],
  );
  await tx.query('analyze syn_r');
  await tx.query(
    `insert into consent (id, agency_id, person_id, recipient_agency_ids, purposes, data_categories, method, given_on,
                          recorded_by, created_at)
     select r.consent_id, r.agency_id, r.person_id, array[r.to_agency_id],
            array[case when r.bed_id is not null then 'shelter' else 'legal_aid' end], '{identity,case_facts}',
            'written', r.referred_on, r.user_id, r.referred_at
       from syn_r r`,
  );
  await tx.query(
    `insert into referral (id, agency_id, to_agency_id, case_id, case_reference, person_id, consent_id, purpose, services,
                           urgency, status, response_deadline, created_by, created_at, responded_at, responded_by,
                           decline_reason, completed_at, completed_by, updated_at)
     select r.referral_id, r.agency_id, r.to_agency_id, r.case_id, ${ref.replace('v.i', 'r.i')}, r.person_id, r.consent_id,
            case when r.bed_id is not null then 'shelter' else 'legal_aid' end,
            case when r.bed_id is not null then '{shelter,psychosocial}' else '{legal_aid,interpretation}' end::text[],
            case when r.risk_level = 'critical' then 'emergency' when r.risk_level = 'high' then 'urgent' else 'routine' end,
            r.referral_status, r.referred_at + interval '3 days', r.user_id, r.referred_at,
            case when r.referral_status <> 'pending' then r.referred_at + interval '1 day' end,
            case when r.referral_status <> 'pending' then coalesce(r.shelter_user_id, r.user_id) end,
            case when r.referral_status = 'declined' then 'No capacity (synthetic)' end,
            case when r.referral_status = 'completed' then r.referred_at + interval '20 days' end,
            case when r.referral_status = 'completed' then coalesce(r.shelter_user_id, r.user_id) end,
            r.referred_at
       from syn_r r`,
  );
  await tx.query(
    `insert into placement (agency_id, case_id, person_id, shelter_id, shelter_agency_id, bed_id, referral_id, reason,
                            admitted_on, admitted_by, discharged_on, discharge_reason, discharged_by, discharged_at, created_at)
     select r.agency_id, r.case_id, r.person_id, r.shelter_id, r.shelter_agency_id, r.bed_id, r.referral_id, 'safety',
            r.referred_on + 1, r.shelter_user_id,
            r.referred_on + 15 + floor(r.place_draw * 200)::int,
            case when r.nationality <> r.country then 'repatriated' else 'family_reunification' end,
            r.shelter_user_id, (r.referred_on + 15 + floor(r.place_draw * 200)::int)::timestamptz,
            (r.referred_on + 1)::timestamptz
       from syn_r r where r.bed_id is not null`,
  );
  if (bulk) await writeTriggerEffects(tx);
  await tx.query(
    `insert into protection_order (case_id, agency_id, person_id, kind, status, court, applied_on, issued_on, jurisdiction,
                                   legal_basis, period_amount, period_unit, expires_on, recorded_by, created_at, updated_at)
     select v.case_id, v.agency_id, v.person_id, 'interim', 'in_force', 'Mahkamah Majistret (synthetic)', v.opened_on,
            v.opened_on + 1, 'my', 'atipsom.44', 21, 'days', v.opened_on + 22, v.user_id, v.opened_on::timestamptz,
            v.opened_on::timestamptz
       from syn_v v where v.order_made`,
  );

  // Returns: a foreign victim handed over to the welfare agency of her country, most with a reintegration plan.
  await tx.query(
    `create temp table syn_ret on commit drop as
     select v.*, ${id('/repatriation/', 'v.i')} as repatriation_id, rec.id as receiving_agency_id,
            rec.user_id as receiving_user_id, v.opened_on + 60 + floor(v.x * 60)::int as departed_on,
            pr.value as province
       from syn_v v
       join syn_agency rec on rec.country = v.nationality and rec.kind = 'receiver' and rec.idx = floor(v.sector_draw * rec.n)::int
       join syn_name_n pn on pn.nat = v.nationality and pn.pool = 'province'
       join syn_name pr on pr.nat = v.nationality and pr.pool = 'province' and pr.idx = floor(v.given_draw * pn.n)::int
      where v.nationality <> v.country and v.repatriate and rec.id <> v.agency_id`,
    [String(seed)],
  );
  await tx.query('analyze syn_ret');
  await tx.query(
    `insert into repatriation (id, case_id, person_id, agency_id, receiving_agency_id, destination_country,
                               destination_province, planned_on, travel_documents, route, status, departed_on,
                               departure_recorded_by, handed_over_on, receipt_recorded_by, created_by, created_at, updated_at)
     select t.repatriation_id, t.case_id, t.person_id, t.agency_id, t.receiving_agency_id, t.nationality, t.province,
            t.departed_on, ($1::text[])[1 + t.i % ${poolSize}], ($2::text[])[1 + t.i % ${poolSize}], 'handed_over',
            t.departed_on, t.user_id, t.departed_on + 1, t.receiving_user_id, t.user_id, t.opened_on::timestamptz,
            t.departed_on::timestamptz
       from syn_ret t`,
    [cipherPools.travelDocuments, cipherPools.route],
  );
  await tx.query(
    `insert into reintegration_plan (agency_id, repatriation_id, returned_on, country, province, follow_up_months, goals,
                                     status, created_by, created_at, updated_at)
     select t.receiving_agency_id, t.repatriation_id, t.departed_on + 1, t.nationality, t.province, '{1,3,6,12}',
            ($1::text[])[1 + t.i % ${poolSize}], 'open', t.receiving_user_id, (t.departed_on + 2)::timestamptz,
            (t.departed_on + 2)::timestamptz
       from syn_ret t where t.reintegrate`,
    [cipherPools.goals],
  );

  // Investigations by the police of the country, with one suspect each; arrests, charges and outcomes.
  await tx.query(
    `create temp table syn_i on commit drop as
     select v.i, v.country, v.opened_on, v.exploitation, v.h4, le.id as le_agency_id, le.user_id as le_user_id,
            ${id('/investigation/', 'v.i')} as investigation_id,
            ${id('/suspect-person/', 'v.i')} as suspect_person_id,
            ${id('/suspect/', 'v.i')} as suspect_id,
            ${id('/charge/', 'v.i')} as charge_id,
            case when v.exploitation in ('forced_labour', 'domestic_servitude') and ${u('v.h4', 4)} < 0.5
                 then 'forced_labour' when ${u('v.h4', 4)} > 0.85 then 'smuggling_of_migrants'
                 else 'trafficking_in_persons' end as category,
            ${u('v.h4', 1)} < 0.7 as arrested, ${u('v.h4', 2)} < 0.6 as charged, ${u('v.h4', 3)} as outcome_draw,
            ${u('v.h4', 5)} as name_draw, ${u('v.h4', 6)} as name_draw2
       from syn_v v
       join syn_agency le on le.country = v.country and le.kind = 'le' and le.idx = floor(v.place_draw * le.n)::int
      where v.investigated`,
    [String(seed)],
  );
  await tx.query('analyze syn_i');
  await tx.query(
    `insert into investigation (id, agency_id, reference, opened_on, created_by, created_at)
     select n.investigation_id, n.le_agency_id, 'SYN-${seed}-' || lpad(n.i::text, 7, '0'), n.opened_on + 3, n.le_user_id,
            (n.opened_on + 3)::timestamptz
       from syn_i n`,
  );
  await tx.query(
    `insert into investigation_offence (investigation_id, agency_id, offence_code, offence_category)
     select n.investigation_id, n.le_agency_id, f.code, f.category
       from syn_i n cross join lateral (
              select f.code, f.category from syn_offence f where f.country = n.country
               order by f.category = n.category desc, f.category = 'trafficking_in_persons' desc, f.code limit 1) f`,
  );
  await tx.query(
    `insert into person (id, agency_id, sex, nationality, created_by, created_at, updated_at)
     select n.suspect_person_id, n.le_agency_id, 'male', n.country, n.le_user_id, (n.opened_on + 3)::timestamptz,
            (n.opened_on + 3)::timestamptz
       from syn_i n`,
  );
  await tx.query(
    `insert into person_name (person_id, agency_id, kind, position, full_name, given_name)
     select n.suspect_person_id, n.le_agency_id, 'birth', 0, g.value || ' ' || s.value, g.value
       from syn_i n
       join syn_name_n gn on gn.nat = n.country and gn.pool = 'male'
       join syn_name g on g.nat = n.country and g.pool = 'male' and g.idx = floor(n.name_draw * gn.n)::int
       join syn_name_n sn on sn.nat = n.country and sn.pool = 'second'
       join syn_name s on s.nat = n.country and s.pool = 'second' and s.idx = floor(n.name_draw2 * sn.n)::int`,
  );
  await tx.query(
    `insert into suspect (id, investigation_id, agency_id, person_id, added_by, created_at)
     select n.suspect_id, n.investigation_id, n.le_agency_id, n.suspect_person_id, n.le_user_id, (n.opened_on + 3)::timestamptz
       from syn_i n`,
  );
  await tx.query(
    `insert into arrest (investigation_id, agency_id, suspect_id, arrested_on, place, recorded_by, created_at)
     select n.investigation_id, n.le_agency_id, n.suspect_id, n.opened_on + 10, ($1::text[])[1 + n.i % ${poolSize}],
            n.le_user_id, (n.opened_on + 10)::timestamptz
       from syn_i n where n.arrested`,
    [cipherPools.arrestPlace],
  );
  await tx.query(
    `insert into charge (id, investigation_id, agency_id, suspect_id, offence_code, offence_category, charged_on,
                         recorded_by, created_at)
     select n.charge_id, n.investigation_id, n.le_agency_id, n.suspect_id, f.code, f.category, n.opened_on + 40,
            n.le_user_id, (n.opened_on + 40)::timestamptz
       from syn_i n cross join lateral (
              select f.code, f.category from syn_offence f where f.country = n.country
               order by f.category = n.category desc, f.category = 'trafficking_in_persons' desc, f.code limit 1) f
      where n.arrested and n.charged`,
  );
  await tx.query(
    `insert into charge_outcome (charge_id, investigation_id, agency_id, outcome, decided_on, prison_months,
                                 recorded_by, created_at)
     select n.charge_id, n.investigation_id, n.le_agency_id,
            case when n.outcome_draw < 0.45 then 'convicted' when n.outcome_draw < 0.6 then 'acquitted' else 'withdrawn' end,
            n.opened_on + 240, case when n.outcome_draw < 0.45 then 36 + floor(n.outcome_draw * 200)::int end,
            n.le_user_id, (n.opened_on + 240)::timestamptz
       from syn_i n join charge c on c.id = n.charge_id
      where n.outcome_draw < 0.75`,
  );
}

/**
 * What the row triggers write (migrations 0019, 0022, 0025, 0088), for the batch's rows at once,
 * when the bulk path skipped them: the months of the victim rollup to compute again, the referral's
 * and the admission's events on the case's timeline, and the receiver's deadline to answer a
 * pending referral.
 */
async function writeTriggerEffects(tx: { query: (sql: string) => Promise<unknown> }): Promise<void> {
  // Migration 0088: the months whose victim figures the rollup must compute again.
  await tx.query(
    `insert into victim_rollup_stale (agency_id, month)
     select distinct v.agency_id, date_trunc('month', v.opened_on)::date from syn_v v
     on conflict do nothing`,
  );
  await tx.query(
    `insert into case_event (case_id, agency_id, actor_user_id, kind, detail)
     select c.id, c.agency_id, lindung_user_id(), 'referral.sent',
            jsonb_build_object('referralId', r.id, 'fromAgencyId', r.agency_id, 'toAgencyId', r.to_agency_id,
              'purpose', r.purpose, 'urgency', r.urgency, 'parentReferralId', r.parent_referral_id)
       from syn_r s join referral r on r.id = s.referral_id join case_file c on c.id = r.case_id`,
  );
  await tx.query(
    `insert into deadline (agency_id, source_kind, source_id, due_at, due_on)
     select r.to_agency_id, 'referral_response', r.id, r.response_deadline,
            (r.response_deadline at time zone a.time_zone)::date
       from syn_r s join referral r on r.id = s.referral_id join agency a on a.id = r.to_agency_id
      where r.status = 'pending'
     on conflict (source_kind, source_id) do nothing`,
  );
  await tx.query(
    `insert into case_event (case_id, agency_id, actor_user_id, kind, detail)
     select p.case_id, p.agency_id, lindung_user_id(), 'case.shelter_admitted',
            jsonb_build_object('placementId', p.id, 'shelterId', p.shelter_id, 'admittedOn', p.admitted_on,
              'reason', p.reason, 'transferredFromId', p.transferred_from_id, 'fromShelterId', null)
       from syn_r s join placement p on p.referral_id = s.referral_id`,
  );
}
