import type { z } from 'zod';
import { decryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { DeadlineRow, PlannedReminder } from '../deadlines/index.ts';
import { protectionOrderFields } from './protection-order.fields.ts';
import type { ProtectionOrderRow } from './protection-order.repo.ts';
import type { protectionOrderSchema } from './protection-order.schema.ts';

export function presentProtectionOrder(
  row: ProtectionOrderRow,
  deadline: (DeadlineRow & { reminders: readonly PlannedReminder[] }) | undefined,
  keyring: Keyring,
  unconfirmedLimit: boolean,
): z.infer<typeof protectionOrderSchema> {
  return {
    id: row.id,
    caseId: row.case_id,
    personId: row.person_id,
    kind: row.kind,
    status: row.status,
    court: row.court,
    magistrate: row.magistrate,
    courtReference: row.court_reference,
    appliedOn: row.applied_on,
    issuedOn: row.issued_on,
    period: { amount: row.period_amount, unit: row.period_unit },
    expiresOn: row.expires_on,
    jurisdiction: row.jurisdiction,
    legalBasis: row.legal_basis,
    unconfirmedLimit,
    followsOrderId: row.follows_order_id,
    revokedOn: row.revoked_on,
    revocationReason: row.revocation_reason
      ? decryptField(keyring, protectionOrderFields.revocationReason, row.revocation_reason)
      : null,
    deadline: deadline
      ? {
          id: deadline.id,
          dueOn: deadline.due_on,
          dueAt: deadline.due_at.toISOString(),
          status: deadline.status,
          reminders: [...deadline.reminders],
        }
      : null,
    recordedBy: row.recorded_by,
    createdAt: row.created_at.toISOString(),
  };
}
