import { decryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import { caseSummaryContext } from './case.commands.ts';
import type { CaseRow, CaseSummaryRow } from './case.repo.ts';
import type { CaseView } from './case.schema.ts';

export function presentCase(row: CaseRow, keyring: Keyring): CaseView {
  return {
    id: row.id,
    agencyId: row.agency_id,
    reference: row.reference,
    type: row.type as CaseView['type'],
    status: row.status as CaseView['status'],
    exploitationTypes: row.exploitation_types as CaseView['exploitationTypes'],
    labourSector: row.labour_sector as CaseView['labourSector'],
    recruitmentPlace: row.recruitment_place,
    recruitmentCountry: row.recruitment_country?.trim() ?? null,
    recruitedOn: row.recruited_on,
    exploitationPlace: row.exploitation_place,
    exploitationCountry: row.exploitation_country?.trim() ?? null,
    exploitationStartedOn: row.exploitation_started_on,
    exploitationEndedOn: row.exploitation_ended_on,
    meansOfControl: row.means_of_control as CaseView['meansOfControl'],
    recruiterRelationship: row.recruiter_relationship as CaseView['recruiterRelationship'],
    riskLevel: row.risk_level as CaseView['riskLevel'],
    summary: row.summary ? decryptField(keyring, caseSummaryContext, row.summary) : null,
    openedOn: row.opened_on,
    closedAt: row.closed_at?.toISOString() ?? null,
    closeReason: row.close_reason,
    persons: row.persons as CaseView['persons'],
    workers: row.workers,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

export function presentCaseSummary(row: CaseSummaryRow) {
  return {
    id: row.id,
    reference: row.reference,
    type: row.type as CaseView['type'],
    status: row.status as CaseView['status'],
    riskLevel: row.risk_level as CaseView['riskLevel'],
    exploitationTypes: row.exploitation_types as CaseView['exploitationTypes'],
    openedOn: row.opened_on,
    primaryPersonName: row.primary_person_name,
    ...(row.person_roles && { personRoles: row.person_roles as CaseView['persons'][number]['role'][] }),
  };
}
