import type { ConsentRow } from './consent.repo.ts';
import type { ConsentView } from './consent.schema.ts';

export function presentConsent(row: ConsentRow): ConsentView {
  return {
    id: row.id,
    agencyId: row.agency_id,
    personId: row.person_id,
    recipientAgencyIds: row.recipient_agency_ids,
    recipientAgencyTypes: row.recipient_agency_types as ConsentView['recipientAgencyTypes'],
    recipientCountry: row.recipient_country,
    purposes: row.purposes as ConsentView['purposes'],
    dataCategories: row.data_categories as ConsentView['dataCategories'],
    method: row.method as ConsentView['method'],
    guardianName: row.guardian_name,
    ownConsentReason: row.own_consent_reason,
    givenOn: row.given_on,
    expiresOn: row.expires_on,
    state: row.state,
    withdrawnAt: row.withdrawn_at?.toISOString() ?? null,
    withdrawnBy: row.withdrawn_by,
    withdrawalReason: row.withdrawal_reason,
    recordedBy: { id: row.recorded_by, displayName: row.recorded_by_name },
    createdAt: row.created_at.toISOString(),
  };
}
