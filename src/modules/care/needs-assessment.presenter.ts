import { decryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import { careFields } from './care.fields.ts';
import type { NeedsAssessmentRow } from './needs-assessment.repo.ts';
import { type NeedDomain, type NeedsAssessmentView, needDomains } from './needs-assessment.schema.ts';

/** An assessment with its notes decrypted: only for readers the policy allowed. */
export function presentNeedsAssessment(row: NeedsAssessmentRow, keyring: Keyring): NeedsAssessmentView {
  const notes: Partial<Record<NeedDomain, string>> =
    row.notes === null ? {} : JSON.parse(decryptField(keyring, careFields.needsNotes, row.notes));
  const needs = Object.fromEntries(
    needDomains.map((domain) => [domain, { level: row.levels[domain], note: notes[domain] ?? null }]),
  ) as NeedsAssessmentView['needs'];
  return {
    id: row.id,
    caseId: row.case_id,
    assessedOn: row.assessed_on,
    assessedByUserId: row.assessed_by,
    needs,
    supersedesId: row.supersedes_id,
    supersededById: row.superseded_by_id,
    recordedByUserId: row.recorded_by,
    createdAt: row.created_at.toISOString(),
  };
}
