import { decryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import { careFields } from './care.fields.ts';
import type { CarePlanRow } from './care-plan.repo.ts';
import type { CarePlanView } from './care-plan.schema.ts';

/**
 * A version of a care plan with its goals decrypted; `today` is the agency's date, for the
 * overdue-review flag (raised on the current version only: an old version is not reviewed).
 */
export function presentCarePlan(row: CarePlanRow, keyring: Keyring, today: string): CarePlanView {
  return {
    id: row.id,
    caseId: row.case_id,
    version: row.version,
    current: row.is_current,
    plannedOn: row.planned_on,
    reviewOn: row.review_on,
    reviewOverdue: row.is_current && row.review_on < today,
    goals: JSON.parse(decryptField(keyring, careFields.planGoals, row.goals)),
    services: row.services,
    approvedByUserId: row.approved_by,
    approvedAt: row.approved_at?.toISOString() ?? null,
    createdByUserId: row.created_by,
    createdAt: row.created_at.toISOString(),
  };
}
