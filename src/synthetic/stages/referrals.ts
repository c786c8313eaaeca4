import { type BatchTx, caseReference, id, u } from '../sql.ts';

/**
 * Referrals with their consents: to a shelter's agency when the victim is placed (and then the
 * placement), otherwise to another agency of the country. Leaves `syn_r` for the trigger effects.
 */
export async function writeReferrals(tx: BatchTx, seed: number): Promise<void> {
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
     select r.referral_id, r.agency_id, r.to_agency_id, r.case_id, ${caseReference(seed, 'r.i')}, r.person_id, r.consent_id,
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
}

/** Interim protection orders for the Malaysian victims drawn to have one. */
export async function writeProtectionOrders(tx: BatchTx): Promise<void> {
  await tx.query(
    `insert into protection_order (case_id, agency_id, person_id, kind, status, court, applied_on, issued_on, jurisdiction,
                                   legal_basis, period_amount, period_unit, expires_on, recorded_by, created_at, updated_at)
     select v.case_id, v.agency_id, v.person_id, 'interim', 'in_force', 'Mahkamah Majistret (synthetic)', v.opened_on,
            v.opened_on + 1, 'my', 'atipsom.44', 21, 'days', v.opened_on + 22, v.user_id, v.opened_on::timestamptz,
            v.opened_on::timestamptz
       from syn_v v where v.order_made`,
  );
}
