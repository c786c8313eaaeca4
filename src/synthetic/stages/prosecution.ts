import { type CipherPools, poolSize } from '../cipher-pools.ts';
import { writeKeyedNames } from '../name-keys.ts';
import { type BatchTx, caseReference, id, u } from '../sql.ts';

/** Investigations by the police of the country, with one suspect each; arrests, charges and outcomes. */
export async function writeProsecutions(tx: BatchTx, seed: number, cipherPools: CipherPools): Promise<void> {
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
     select n.investigation_id, n.le_agency_id, ${caseReference(seed, 'n.i')}, n.opened_on + 3, n.le_user_id,
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
    `create temp table syn_new_name on commit drop as
     select n.suspect_person_id as person_id, n.le_agency_id as agency_id, 'birth' as kind, 0 as position,
            g.value || ' ' || s.value as full_name, g.value as given_name, null::text as family_name
       from syn_i n
       join syn_name_n gn on gn.nat = n.country and gn.pool = 'male'
       join syn_name g on g.nat = n.country and g.pool = 'male' and g.idx = floor(n.name_draw * gn.n)::int
       join syn_name_n sn on sn.nat = n.country and sn.pool = 'second'
       join syn_name s on s.nat = n.country and s.pool = 'second' and s.idx = floor(n.name_draw2 * sn.n)::int`,
  );
  await writeKeyedNames(tx);
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
