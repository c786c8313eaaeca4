import { type Actor, can, type Policy, Refusal } from '../../policy/policy.ts';
import type { ReferralRow } from './referral.repo.ts';

const sender = (actor: Actor, referral: ReferralRow | undefined) =>
  referral === undefined || referral.agency_id === actor.agencyId;
const receiver = (actor: Actor, referral: ReferralRow | undefined) =>
  referral === undefined || referral.to_agency_id === actor.agencyId;

// A user who manages referrals is told which side takes the step, not only that she may not
// (decision 0145): the sending agency cannot answer its own referral, nor the receiver cancel it.
const receiverOnly = new Refusal(
  'referral_receiver_only',
  'Only the agency the referral was sent to can accept, decline or complete it, or pass it on.',
);
const senderOnly = new Refusal(
  'referral_sender_only',
  'Only the agency that sent the referral can cancel it.',
);

/**
 * Who may do what with referrals. The database's policies on `referral` say the same; which
 * workflow step each side may take is also checked by its trigger.
 */
export const referralPolicy = {
  list: (actor: Actor) => can(actor, 'case:read'),
  read: (actor: Actor, referral: ReferralRow | undefined) =>
    can(actor, 'case:read') && (sender(actor, referral) || receiver(actor, referral)),
  send: (actor: Actor) => can(actor, 'referral:manage') && can(actor, 'case:read'),
  /** Accept, decline, complete, or pass on (re-refer): the receiving agency's steps. */
  answer: (actor: Actor, referral: ReferralRow | undefined) =>
    can(actor, 'referral:manage') && (receiver(actor, referral) || receiverOnly),
  cancel: (actor: Actor, referral: ReferralRow | undefined) =>
    can(actor, 'referral:manage') && (sender(actor, referral) || senderOnly),
} satisfies Policy<ReferralRow | undefined>;
