import { z } from 'zod';
import { recordAudit } from '../../audit/audit.ts';
import { decryptField, encryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { ConflictError, ForbiddenError, ValidationError } from '../../shared/errors.ts';
import { type ApprovalKind, approvalKindSchema, findAgency } from '../agencies/index.ts';
import {
  type ApprovalRow,
  insertApproval,
  pendingApprovalFor,
  requireApproval,
  settleApproval,
  withdrawPendingApprovalsOfCase,
} from './approval.repo.ts';

/**
 * Every kind of request: the changes an agency may put under approval, and erasure, which always
 * needs a supervisor (docs/decisions/0032).
 */
export const requestKindSchema = z.enum([...approvalKindSchema.options, 'erasure']);
export type RequestKind = z.infer<typeof requestKindSchema>;

/**
 * What makes an approved change happen, one per kind. The module that owns the change (cases, for
 * a closure) supplies it, so approvals need not know cases.
 */
export type ApprovalAppliers = Readonly<
  Record<RequestKind, (tx: Tx, actor: Actor, approval: ApprovalRow) => Promise<void>>
>;

interface CommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly requestId: string;
}

const sealedContext = 'approval_request.sealed_change';

/** Whether the agency wants this kind of change approved by a supervisor before it is made. */
export async function needsApproval(tx: Tx, agencyId: string, kind: ApprovalKind): Promise<boolean> {
  const agency = await findAgency(tx, agencyId);
  return agency?.approvals_required.includes(kind) ?? false;
}

/** The confidential part of a requested change, decrypted ({} when it has none). */
export function openSealedChange(keyring: Keyring, approval: ApprovalRow): Record<string, unknown> {
  if (approval.sealed_change === null) return {};
  return JSON.parse(decryptField(keyring, sealedContext, approval.sealed_change)) as Record<string, unknown>;
}

/**
 * Kinds of which a case may wait for several requests at once (one referral per receiving agency);
 * of the others, one pending request per case.
 */
const severalPerCase: ReadonlySet<RequestKind> = new Set(['referral_out']);

/**
 * Asks for a change to be approved. `change` holds what may be read as it is (ids, codes, dates);
 * `sealed`, with the keyring, what must be kept encrypted until the change is made.
 */
export async function requestApproval(
  props: CommandProps & {
    kind: RequestKind;
    caseId: string;
    change: Record<string, unknown>;
    sealed?: { keyring: Keyring; change: Record<string, unknown> };
  },
): Promise<ApprovalRow> {
  const { tx, actor } = props;
  if (!severalPerCase.has(props.kind) && (await pendingApprovalFor(tx, props.caseId, props.kind))) {
    throw new ConflictError('approval_pending', 'This change is already waiting for approval.');
  }
  const approval = await insertApproval(tx, {
    agencyId: actor.agencyId,
    kind: props.kind,
    caseId: props.caseId,
    change: props.change,
    sealedChange: props.sealed
      ? encryptField(props.sealed.keyring, sealedContext, JSON.stringify(props.sealed.change))
      : null,
    requestedBy: actor.userId,
  });
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'approval.request',
    subject: { type: 'approval', id: approval.id },
    requestId: props.requestId,
    detail: { kind: props.kind, caseId: props.caseId },
  });
  return approval;
}

/**
 * Approves or rejects a pending request. Approving makes the change at once, in the same
 * transaction; nobody decides their own request; a rejection says why.
 */
export async function decideApproval(
  props: CommandProps & {
    approvalId: string;
    decision: 'approved' | 'rejected';
    comment?: string | undefined;
    appliers: ApprovalAppliers;
  },
): Promise<ApprovalRow> {
  const { tx, actor, decision } = props;
  const approval = await requireApproval(tx, props.approvalId);
  if (approval.status !== 'pending') {
    throw new ConflictError('approval_settled', `The request was already ${approval.status}.`);
  }
  if (approval.requested_by === actor.userId) {
    throw new ForbiddenError(
      'approval_own_request',
      'Another member of your agency must decide your own request.',
    );
  }
  if (decision === 'rejected' && !props.comment) {
    throw new ValidationError([
      { code: 'comment_required', field: 'comment', message: 'is required to reject a request' },
    ]);
  }
  if (
    !(await settleApproval(tx, approval.id, {
      status: decision,
      decidedBy: actor.userId,
      comment: props.comment ?? null,
    }))
  ) {
    throw new ConflictError('approval_settled', 'The request was settled meanwhile.');
  }
  if (decision === 'approved') await props.appliers[approval.kind as RequestKind](tx, actor, approval);
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: decision === 'approved' ? 'approval.approve' : 'approval.reject',
    subject: { type: 'approval', id: approval.id },
    requestId: props.requestId,
    detail: { kind: approval.kind, caseId: approval.case_id },
  });
  return requireApproval(tx, approval.id);
}

/** The requester takes a pending request back. */
export async function withdrawApproval(props: CommandProps & { approvalId: string }): Promise<ApprovalRow> {
  const { tx, actor } = props;
  const approval = await requireApproval(tx, props.approvalId);
  if (approval.requested_by !== actor.userId) {
    throw new ForbiddenError('approval_not_yours', 'Only the person who asked can withdraw a request.');
  }
  if (!(await settleApproval(tx, approval.id, { status: 'withdrawn', decidedBy: null, comment: null }))) {
    throw new ConflictError('approval_settled', `The request was already ${approval.status}.`);
  }
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'approval.withdraw',
    subject: { type: 'approval', id: approval.id },
    requestId: props.requestId,
  });
  return requireApproval(tx, approval.id);
}

/**
 * A closed case takes no change: what still waits for approval on it is withdrawn, each audited
 * with the closing's reason, so that nobody is left asked to decide (and nobody counts as owing an
 * answer) on a case that is closed. A closure being approved is settled already when this runs.
 */
export async function withdrawApprovalsOfClosedCase(
  props: CommandProps & { caseId: string; reason: string },
): Promise<void> {
  const { tx, actor } = props;
  for (const withdrawn of await withdrawPendingApprovalsOfCase(tx, props.caseId, props.reason)) {
    await recordAudit(tx, {
      actorUserId: actor.userId,
      agencyId: actor.agencyId,
      action: 'approval.withdraw',
      subject: { type: 'approval', id: withdrawn.id },
      reason: props.reason,
      requestId: props.requestId,
      detail: { kind: withdrawn.kind, caseId: props.caseId, cause: 'case_closed' },
    });
  }
}
