import type { Db, Tx } from '../db/db.ts';

export interface Distribution {
  victims: number;
  female: number;
  children: number;
  /** Victims whose age is known (the share of children is of these). */
  ageKnown: number;
  byExploitation: Record<string, number>;
  byNationality: Record<string, number>;
  byCountry: Record<string, number>;
}

/**
 * What one seed generated, independent of the database's own ids (the demo agencies get new ids in
 * every database): an md5 over every synthetic victim's reference, agency, person and case facts,
 * over the counts of each related record, the identification decisions and reintegration follow-ups, and over what the tables' triggers wrote (timeline events
 * without the ids that differ between databases — the acting agency by its name —, referral deadlines). Equal fingerprints mean equal data sets.
 */
export async function syntheticFingerprint(db: Db | Tx, seed: number): Promise<string> {
  const [row] = await db.query<{ fingerprint: string }>(
    `with c as (select * from case_file where reference like $1)
     select md5(
       (select string_agg(concat_ws('|', c.reference, a.name, c.id, c.opened_on, c.exploitation_types, c.labour_sector,
                                    c.exploitation_country, p.id, p.sex, p.birth_year, p.estimated_age, p.nationality,
                                    n.full_name), ';' order by c.reference)
          from c join agency a on a.id = c.agency_id join case_person cp on cp.case_id = c.id
          join person p on p.id = cp.person_id join person_name n on n.person_id = p.id)
       || (select count(*) from screening s join c on c.agency_id = s.agency_id
             join case_person cp on cp.case_id = c.id and cp.person_id = s.person_id)
       || (select string_agg(concat_ws('|', r.status, r.purpose, a.name), ';' order by r.id)
             from referral r join c on c.id = r.case_id join agency a on a.id = r.to_agency_id)
       || (select string_agg(concat_ws('|', c.reference, a.name, d.decision, d.decided_on, d.screening_id is not null),
                             ';' order by c.reference)
             from identification_decision d join case_person cp on cp.person_id = d.person_id
             join c on c.id = cp.case_id join agency a on a.id = d.agency_id)
       || (select count(*) from placement pl join c on c.id = pl.case_id)
       || (select count(*) from protection_order po join c on c.id = po.case_id)
       || (select count(*) from repatriation rp join c on c.id = rp.case_id)
       || (select string_agg(concat_ws('|', p.id, f.sequence, f.held_on, f.outcomes::text), ';' order by p.id, f.sequence)
             from reintegration_follow_up f join reintegration_plan p on p.id = f.plan_id
             join repatriation rp on rp.id = p.repatriation_id join c on c.id = rp.case_id)
       || (select count(*) from investigation i where i.reference like $1)
       || (select string_agg(o.outcome, ',' order by o.charge_id) from charge_outcome o
             join investigation i on i.id = o.investigation_id where i.reference like $1)
       || (select string_agg(x, ';' order by x) from (
             select concat_ws('|', c.reference, e.kind, ea.name, ba.name,
                              e.detail - array['placementId', 'fromAgencyId', 'toAgencyId', 'shelterId', 'byAgencyId']) as x
               from case_event e join c on c.id = e.case_id join agency ea on ea.id = e.agency_id
               left join agency ba on ba.id = (e.detail->>'byAgencyId')::uuid) events)
       || (select string_agg(concat_ws('|', r.id, da.name, d.due_at, d.due_on, d.status), ';' order by r.id)
             from deadline d join referral r on r.id = d.source_id join c on c.id = r.case_id
             join agency da on da.id = d.agency_id
            where d.source_kind = 'referral_response')
     ) as fingerprint`,
    [`SYN-${seed}-%`],
  );
  return row?.fingerprint ?? '';
}

/** The shares the reference's envelopes speak of, for one seed's victims. */
export async function syntheticDistribution(db: Db | Tx, seed: number): Promise<Distribution> {
  const rows = await db.query<{ dimension: string; key: string; n: number }>(
    `with v as (
       select c.exploitation_types[1] as exploitation, p.sex, p.nationality, btrim(a.country) as country,
              coalesce(p.estimated_age, extract(year from c.opened_on)::int - p.birth_year) as age
         from case_file c join case_person cp on cp.case_id = c.id join person p on p.id = cp.person_id
         join agency a on a.id = c.agency_id
        where c.reference like $1)
     select 'all' as dimension, 'all' as key, count(*)::int as n from v
     union all select 'female', 'female', count(*)::int from v where sex = 'female'
     union all select 'children', 'children', count(*)::int from v where age < 18
     union all select 'known', 'known', count(*)::int from v where age is not null
     union all select 'exploitation', exploitation, count(*)::int from v group by exploitation
     union all select 'nationality', nationality, count(*)::int from v group by nationality
     union all select 'country', country, count(*)::int from v group by country`,
    [`SYN-${seed}-%`],
  );
  const of = (dimension: string) =>
    Object.fromEntries(rows.filter((row) => row.dimension === dimension).map((row) => [row.key, row.n]));
  const single = (dimension: string) => rows.find((row) => row.dimension === dimension)?.n ?? 0;
  return {
    victims: single('all'),
    female: single('female'),
    children: single('children'),
    ageKnown: single('known'),
    byExploitation: of('exploitation'),
    byNationality: of('nationality'),
    byCountry: of('country'),
  };
}
