import { recordAudit } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { ConflictError, caseClosed, RuleViolationError, ValidationError } from '../../shared/errors.ts';
import { moveReferral, type ReferralRow, requireReferral } from './referral.repo.ts';
import type { ReferralStatus } from './referral.schema.ts';
import { findSharedView, type SharedRow } from './referral-shared.repo.ts';

interface CommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly requestId: string;
}

/**
 * The workflow: the receiving agency accepts or declines (with a reason) a pending referral and
 * completes an accepted one; the sending agency cancels (with a reason) one not yet finished.
 * Accepting and completing take an optional `note`, declining and cancelling a required `reason`
 * (decision 0082): each is kept in the referral's column for that step.
 */
export const referralSteps = {
  /** The note, if given, is the acceptance note: what the receiving agency tells the referring one. */
  accept: { from: ['pending'], to: 'accepted', side: 'receiver', text: 'note' },
  decline: { from: ['pending'], to: 'declined', side: 'receiver', text: 'reason' },
  /** The note, if given, is the completion note: what the receiving agency did (decision 0070). */
  complete: { from: ['accepted'], to: 'completed', side: 'receiver', text: 'note' },
  cancel: { from: ['pending', 'accepted'], to: 'cancelled', side: 'sender', text: 'reason' },
} as const satisfies Record<
  string,
  {
    from: readonly ReferralStatus[];
    to: ReferralStatus;
    side: 'receiver' | 'sender';
    /** `note`: optional; `reason`: required. */
    text: 'note' | 'reason';
  }
>;
export type ReferralStep = keyof typeof referralSteps;

/**
 * Takes one step of the workflow. Accepting needs the case open and the consent still in force: a
 * referral of a closed case, or whose consent was withdrawn, can be declined or cancelled (and an
 * accepted one completed), but not taken on.
 */
export async function answerReferral(
  props: CommandProps & {
    referral: ReferralRow;
    step: ReferralStep;
    /** The step's note or reason (`referralSteps[step].text`). */
    text?: string | undefined;
  },
): Promise<ReferralRow> {
  const { tx, actor, referral, step, text } = props;
  const rule = referralSteps[step];
  if (!(rule.from as readonly ReferralStatus[]).includes(referral.status)) {
    throw new ConflictError(
      'referral_status_transition',
      referral.status === rule.to
        ? `The referral was already ${rule.to}: nothing to do.`
        : `A referral that is ${referral.status} cannot become ${rule.to}.`,
    );
  }
  if (rule.text === 'reason' && !text) {
    throw new ValidationError([
      { code: 'reason_required', field: 'reason', message: `is required to ${step} a referral` },
    ]);
  }
  // Nothing new starts on a closed case (decision 0059); what ends the referral stays possible.
  if (step === 'accept' && referral.case_closed) {
    throw new ConflictError(
      'case_closed',
      'The referring agency closed the case: the referral can be declined, not accepted, until it is reopened.',
      [caseClosed()],
    );
  }
  if (step === 'accept' && referral.consent_state !== 'in_force') {
    throw new RuleViolationError(
      'consent_not_in_force',
      `The person's consent is ${referral.consent_state ?? 'unknown'}: the referral can only be declined.`,
    );
  }
  const kept = text;
  const moved = await moveReferral(tx, referral.id, {
    from: referral.status,
    to: rule.to,
    userId: actor.userId,
    reason: kept ?? null,
  });
  if (!moved)
    throw new ConflictError('referral_changed', 'The referral was answered meanwhile; read it again.');
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: `referral.${step}`,
    subject: { type: 'referral', id: referral.id },
    reason: kept,
    requestId: props.requestId,
    detail: { from: referral.status, to: rule.to },
  });
  return requireReferral(tx, referral.id);
}

/**
 * Reads a referral with its shared view — what the consent covers today, as the database decides
 * it — and audits the read, with which categories were shown.
 */
export async function viewReferral(
  props: CommandProps & { referralId: string; reason?: string | undefined },
): Promise<{ referral: ReferralRow; shared: SharedRow | undefined }> {
  const { tx, actor } = props;
  const referral = await requireReferral(tx, props.referralId);
  const shared = await findSharedView(tx, referral.id);
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'referral.view',
    subject: { type: 'referral', id: referral.id },
    reason: props.reason,
    requestId: props.requestId,
    detail: {
      consentState: referral.consent_state,
      stage: shared?.stage ?? null,
      dataCategories: shared?.data_categories ?? [],
    },
  });
  return { referral, shared };
}
