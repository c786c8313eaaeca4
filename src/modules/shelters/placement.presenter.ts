import type { PlacementRow } from './placement.repo.ts';
import type { PlacementView } from './placement.schema.ts';

/** A placement, with the least of the person the database lets this agency see (or null). */
export function presentPlacement(row: PlacementRow): PlacementView {
  return {
    id: row.id,
    caseId: row.case_id,
    personId: row.person_id,
    agencyId: row.agency_id,
    shelter: { id: row.shelter_id, name: row.shelter_name, agencyId: row.shelter_agency_id },
    bed: { id: row.bed_id, label: row.bed_label },
    referralId: row.referral_id,
    reason: row.reason as PlacementView['reason'],
    admittedOn: row.admitted_on,
    admittedByUserId: row.admitted_by,
    acknowledgedWarnings: row.acknowledged_warnings as PlacementView['acknowledgedWarnings'],
    transferredFromId: row.transferred_from_id,
    transferredToId: row.transferred_to_id,
    dischargedOn: row.discharged_on,
    dischargeReason: row.discharge_reason as PlacementView['dischargeReason'],
    current: row.discharged_on === null,
    person:
      row.person_sex === null
        ? null
        : {
            name: row.person_name,
            sex: row.person_sex,
            ageBand: (row.person_age_band ?? 'unknown') as NonNullable<PlacementView['person']>['ageBand'],
          },
    createdAt: row.created_at.toISOString(),
  };
}
