import { decryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import { caseSummaryContext } from '../cases/index.ts';
import { personFields, presentBirth } from '../persons/index.ts';
import type { ReferralRow } from './referral.repo.ts';
import type { ReferralSharedView, ReferralView } from './referral.schema.ts';
import type { SharedRow } from './referral-shared.repo.ts';

/**
 * The encryption contexts of the shared fields: the persons and cases modules encrypt them under
 * these, and the shared view hands them over still encrypted.
 */
const sharedFieldContexts = { ...personFields, summary: caseSummaryContext } as const;

type View = ReferralView;

export function presentReferralSummary(row: ReferralRow, agencyId: string) {
  return {
    id: row.id,
    direction: row.to_agency_id === agencyId ? ('incoming' as const) : ('outgoing' as const),
    fromAgency: { id: row.agency_id, name: row.from_agency_name, shortName: row.from_agency_short_name },
    toAgency: { id: row.to_agency_id, name: row.to_agency_name, shortName: row.to_agency_short_name },
    caseId: row.case_id,
    caseReference: row.case_reference,
    purpose: row.purpose as View['purpose'],
    services: row.services as View['services'],
    urgency: row.urgency as View['urgency'],
    status: row.status,
    responseDeadline: row.response_deadline.toISOString(),
    overdue: row.overdue,
    caseClosed: row.case_closed === true,
    consentState: row.consent_state,
    // What each side said at the last step: both sides see them, on every line of their lists.
    declineReason: row.decline_reason,
    completionNote: row.completion_note,
    cancelReason: row.cancel_reason,
    createdAt: row.created_at.toISOString(),
  };
}

/** Birth is null when the consent does not cover identity. */
function presentSharedBirth(row: SharedRow): ReferralSharedView['person']['birth'] {
  return row.birth_precision === null ? null : presentBirth({ ...row, birth_precision: row.birth_precision });
}

/** The shared view with its encrypted fields decrypted: the database already left out what is not shared. */
export function presentShared(row: SharedRow, keyring: Keyring): ReferralSharedView {
  const decrypt = (context: string, value: string | null) =>
    value ? decryptField(keyring, context, value) : null;
  const contact = decrypt(sharedFieldContexts.contact, row.contact);
  return {
    stage: row.stage,
    dataCategories: row.data_categories as ReferralSharedView['dataCategories'],
    person: {
      names: row.names,
      sex: row.sex,
      birth: presentSharedBirth(row),
      nationality: row.nationality,
      languages: row.languages,
      contact: contact ? { phones: [], emails: [], ...JSON.parse(contact) } : null,
      address: decrypt(sharedFieldContexts.address, row.address),
      documents:
        row.documents?.map((document) => ({
          ...document,
          number: decryptField(keyring, sharedFieldContexts.documentNumber, document.number),
        })) ?? null,
    },
    case: {
      exploitationTypes: row.exploitation_types,
      labourSector: row.labour_sector,
      recruitmentPlace: row.recruitment_place,
      recruitmentCountry: row.recruitment_country,
      recruitedOn: row.recruited_on,
      exploitationPlace: row.exploitation_place,
      exploitationCountry: row.exploitation_country,
      exploitationStartedOn: row.exploitation_started_on,
      exploitationEndedOn: row.exploitation_ended_on,
      summary: decrypt(sharedFieldContexts.summary, row.summary),
    },
  };
}

export function presentReferral(
  row: ReferralRow,
  agencyId: string,
  shared: SharedRow | undefined,
  keyring: Keyring,
): ReferralView {
  return {
    ...presentReferralSummary(row, agencyId),
    personId: row.person_id,
    consentId: row.consent_id,
    parentReferralId: row.parent_referral_id,
    respondedAt: row.responded_at?.toISOString() ?? null,
    acceptanceNote: row.acceptance_note,
    completedAt: row.completed_at?.toISOString() ?? null,
    cancelledAt: row.cancelled_at?.toISOString() ?? null,
    consentWithdrawn: row.consent_state === 'withdrawn',
    shared: shared ? presentShared(shared, keyring) : null,
    updatedAt: row.updated_at.toISOString(),
  };
}
