import { type Actor, can, type Policy } from '../../policy/policy.ts';

const worksCasesOrReferrals = (actor: Actor) =>
  can(actor, 'case:read') || can(actor, 'referral:manage') || can(actor, 'coordination:report');

/**
 * Deadlines are seen by those who work the agency's cases or referrals (and the agency's action
 * plan reporters, their reports' deadlines only: the database limits them); notifications by their user.
 */
export const deadlinePolicy = {
  listAgency: (actor: Actor) => worksCasesOrReferrals(actor),
  listMine: (actor: Actor) => worksCasesOrReferrals(actor),
  readNotifications: () => true,
} satisfies Policy<undefined>;
