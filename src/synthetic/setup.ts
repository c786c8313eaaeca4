import type { Db } from '../db/db.ts';
import { offencesFor } from '../modules/prosecution/index.ts';
import { assessScreening, defaultInstrument } from '../modules/screening/index.ts';
import { namePoolRows } from './names.ts';
import type { BatchTx } from './sql.ts';

const caseAgencyTypes = ['welfare', 'law_enforcement', 'immigration', 'labour', 'ngo'];
const countries = ['MY', 'ID', 'VN'];

export interface Setup {
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
export async function readSetup(db: Db): Promise<Setup> {
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

/**
 * The setup, the name pools and the screenings as temporary tables of the batch (dropped at its
 * commit), so that each stage's insert is a plain select over them.
 */
export async function loadSetupTables(tx: BatchTx, setup: Setup): Promise<void> {
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
  // Temporary tables get no statistics of their own; without them the planner loops over the big ones.
  await tx.query('analyze syn_name, syn_name_n, syn_agency, syn_bed, syn_offence, syn_screening');
}
