import { type CipherPools, poolSize } from '../cipher-pools.ts';
import { type BatchTx, u } from '../sql.ts';

/**
 * Identification decisions, as an officer of the case's agency records them after the screening
 * (decision recorded on the screening it rests on, when there is one; basis encrypted): every
 * person on the case as a victim is a confirmed victim; of the presumed victims most are confirmed,
 * some found not to be victims, some undetermined, and about one in five still awaits a decision.
 * Decided within about six weeks of the case's opening, never before the screening.
 */
export async function writeIdentificationDecisions(
  tx: BatchTx,
  seed: number,
  cipherPools: CipherPools,
): Promise<void> {
  await tx.query(
    `create temp table syn_d on commit drop as
     select v.i, v.agency_id, v.person_id, v.user_id, v.opened_on, v.role, v.screened,
            decode(md5($1 || '/decision/' || v.i), 'hex') as h
       from syn_v v`,
    [String(seed)],
  );
  await tx.query(
    `insert into identification_decision (agency_id, person_id, screening_id, decision, basis, decided_by, decided_on,
                                          supersedes_id, created_at)
     select d.agency_id, d.person_id, s.id, t.decision, ($1::text[])[1 + d.i % ${poolSize}], d.user_id, t.decided_on,
            null, t.decided_on::timestamptz
       from syn_d d
       cross join lateral (
         select case when d.role = 'victim' then 'confirmed_victim'
                     when ${u('d.h', 1)} < 0.55 then 'confirmed_victim'
                     when ${u('d.h', 1)} < 0.68 then 'not_a_victim'
                     when ${u('d.h', 1)} < 0.80 then 'unable_to_determine' end as decision,
                d.opened_on + floor(power(${u('d.h', 2)}, 2) * 45)::int as decided_on) t
       left join screening s on s.person_id = d.person_id and s.agency_id = d.agency_id and d.screened
      where t.decision is not null`,
    [cipherPools.basis],
  );
}
