import { decryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import { healthScreeningFields } from './health-screening.fields.ts';
import type { HealthScreeningRow } from './health-screening.repo.ts';
import type { HealthFindings } from './health-screening.schema.ts';

/** A screening as the API shows it, its findings decrypted. */
export function presentHealthScreening(row: HealthScreeningRow, keyring: Keyring) {
  const findings = JSON.parse(
    decryptField(keyring, healthScreeningFields.findings, row.findings),
  ) as HealthFindings;
  return {
    id: row.id,
    caseId: row.case_id,
    personId: row.person_id,
    checklistVersion: row.checklist_version,
    screenedOn: row.screened_on,
    screenedByUserId: row.screened_by,
    consent: { basis: row.consent_basis, reference: row.consent_reference },
    symptoms: findings.symptoms,
    tests: findings.tests,
    separation: findings.separation,
    referral: findings.referral,
    notes: findings.notes,
    createdAt: row.created_at.toISOString(),
  };
}
