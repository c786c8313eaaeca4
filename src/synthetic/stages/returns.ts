import { type CipherPools, poolSize } from '../cipher-pools.ts';
import { type BatchTx, id } from '../sql.ts';

/** Returns: a foreign victim handed over to the welfare agency of her country, most with a reintegration plan. */
export async function writeReturns(tx: BatchTx, seed: number, cipherPools: CipherPools): Promise<void> {
  await tx.query(
    `create temp table syn_ret on commit drop as
     select v.*, ${id('/repatriation/', 'v.i')} as repatriation_id, ${id('/reintegration_plan/', 'v.i')} as plan_id, rec.id as receiving_agency_id,
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
    `insert into reintegration_plan (id, agency_id, repatriation_id, returned_on, country, province, follow_up_months, goals,
                                     status, created_by, created_at, updated_at)
     select t.plan_id, t.receiving_agency_id, t.repatriation_id, t.departed_on + 1, t.nationality, t.province, '{1,3,6,12}',
            ($1::text[])[1 + t.i % ${poolSize}], 'open', t.receiving_user_id, (t.departed_on + 2)::timestamptz,
            (t.departed_on + 2)::timestamptz
       from syn_ret t where t.reintegrate`,
    [cipherPools.goals],
  );
}
