import { z } from 'zod';
import { inTenant } from '../../db/tenant.ts';
import { actorOf } from '../../http/authenticate.ts';
import { problemResponses } from '../../http/openapi.ts';
import type { App, Services } from '../../http/types.ts';
import { authorize } from '../../policy/policy.ts';
import { referralPolicy } from './referral.policy.ts';
import { presentReferral } from './referral.presenter.ts';
import { requireReferral } from './referral.repo.ts';
import { referralNoteSchema, referralReasonSchema, referralSchema } from './referral.schema.ts';
import { answerReferral, type ReferralStep, referralSteps } from './referral-answer.commands.ts';

const summaries: Record<ReferralStep, string> = {
  accept:
    'Accept a pending referral, with a note if wished (the receiving agency); needs the consent still in force',
  decline: 'Decline a pending referral, with a reason (the receiving agency)',
  complete:
    'Mark an accepted referral completed, with a note of what was done if wished (the receiving agency)',
  cancel: 'Cancel a referral not yet finished, with a reason (the sending agency)',
};

/** The step's note or reason, whichever its body holds. */
function textOf(body: { note?: string | undefined } | { reason: string } | null | undefined) {
  if (!body) return undefined;
  return 'reason' in body ? body.reason : body.note;
}

/**
 * One route per workflow step: POST /api/referrals/:id/accept, …/decline, …/complete, …/cancel.
 * Accepting and completing take `{ note }` (or no body), declining and cancelling `{ reason }`.
 */
export function registerReferralAnswerRoutes(app: App, { db, keyring }: Services): void {
  for (const step of Object.keys(referralSteps) as ReferralStep[]) {
    const action = referralSteps[step].side === 'sender' ? 'cancel' : 'answer';
    app.post(
      `/api/referrals/:id/${step}`,
      {
        schema: {
          tags: ['referrals'],
          summary: summaries[step],
          params: z.strictObject({ id: z.uuid() }),
          body:
            referralSteps[step].text === 'note'
              ? referralNoteSchema.nullish().describe('Optional: a client may send no body')
              : referralReasonSchema,
          response: { 200: referralSchema, ...problemResponses },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        return inTenant(db, actor, async (tx) => {
          const referral = await requireReferral(tx, request.params.id);
          authorize(actor, referralPolicy, action, referral);
          const answered = await answerReferral({
            tx,
            actor,
            referral,
            step,
            text: textOf(request.body),
            requestId: request.id,
          });
          // The answer shows the referral, not the shared data: that is read (and audited) by GET.
          return presentReferral(answered, actor.agencyId, undefined, keyring);
        });
      },
    );
  }
}
