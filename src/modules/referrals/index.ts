/**
 * Referrals between agencies (the national referral mechanism): sending a case under a person's
 * consent, the receiving agency's shared view, accepting, declining, completing, cancelling and
 * passing on, with response deadlines by urgency.
 */
export { referralApprovalAppliers } from './referral.commands.ts';
export { registerReferralRoutes } from './referral.routes.ts';
export { responseDeadline } from './referral-deadline.ts';
