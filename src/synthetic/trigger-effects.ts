import type { BatchTx } from './sql.ts';

/**
 * What the row triggers on the victim path write (migrations 0019/0169, 0022, 0025, 0088), for the batch's rows at once,
 * when the bulk path skipped them: the months of the victim rollup to compute again, the referral's
 * and the admission's events on the case's timeline, and the receiver's deadline to answer a
 * pending referral.
 */
export async function writeTriggerEffects(tx: BatchTx): Promise<void> {
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
              'purpose', r.purpose, 'urgency', r.urgency, 'parentReferralId', r.parent_referral_id,
              'byAgencyId', lindung_agency_id())
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

/** What the prosecution tables' triggers write (migration 0102): the rollup's months to count again. */
export async function writeProsecutionTriggerEffects(tx: BatchTx): Promise<void> {
  await tx.query(
    `insert into prosecution_rollup_stale (agency_id, month)
     select distinct n.le_agency_id, date_trunc('month', (n.opened_on + 3)::timestamp)::date from syn_i n
     union
     select distinct a.agency_id, date_trunc('month', a.arrested_on::timestamp)::date
       from syn_i n join arrest a on a.investigation_id = n.investigation_id
     on conflict do nothing`,
  );
}
