import { decryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { IdentificationDecisionRow } from './identification-decision.repo.ts';
import type { IdentificationDecisionView } from './identification-decision.schema.ts';
import { screeningFields } from './screening.fields.ts';

/** A decision with its basis decrypted: only for readers the policy allowed. */
export function presentIdentificationDecision(
  row: IdentificationDecisionRow,
  keyring: Keyring,
): IdentificationDecisionView {
  return {
    id: row.id,
    agencyId: row.agency_id,
    personId: row.person_id,
    screeningId: row.screening_id,
    decision: row.decision,
    basis: decryptField(keyring, screeningFields.basis, row.basis),
    decidedBy: { id: row.decided_by, displayName: row.decided_by_name },
    decidedOn: row.decided_on,
    supersedesId: row.supersedes_id,
    supersededById: row.superseded_by_id,
    createdAt: row.created_at.toISOString(),
  };
}
