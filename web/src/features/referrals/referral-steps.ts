import type { ReferralSummary } from '../../api/types.ts';

/** What a user may do with a referral: the API's workflow steps, and passing it on (a re-referral). */
export type ReferralAction = 'accept' | 'decline' | 'complete' | 'cancel' | 'referOn';

type Facts = Pick<ReferralSummary, 'direction' | 'status' | 'caseClosed' | 'consentState'>;

/**
 * The actions the server would allow now, so the screen offers only those (the rules are
 * `referralSteps` and `reRefer` in src/modules/referrals, and `referralPolicy`): every one needs
 * `referral:manage`; the receiving agency accepts or declines a pending referral and completes or
 * passes on an accepted one; the sending agency cancels one not yet finished. Accepting and
 * passing on also need the sending agency's case open and the consent in force.
 */
export function allowedActions(referral: Facts, managesReferrals: boolean): ReferralAction[] {
  if (!managesReferrals) return [];
  const open = !referral.caseClosed && referral.consentState === 'in_force';
  if (referral.direction === 'outgoing') {
    return referral.status === 'pending' || referral.status === 'accepted' ? ['cancel'] : [];
  }
  if (referral.status === 'pending') return open ? ['accept', 'decline'] : ['decline'];
  if (referral.status === 'accepted') return open ? ['complete', 'referOn'] : ['complete'];
  return [];
}

/** How long a deadline has passed, in the largest whole unit (at least one minute). */
export function overdueBy(deadline: string, now: Date): { value: number; unit: 'day' | 'hour' | 'minute' } {
  const minutes = Math.max(1, Math.floor((now.getTime() - Date.parse(deadline)) / 60_000));
  if (minutes >= 24 * 60) return { value: Math.floor(minutes / (24 * 60)), unit: 'day' };
  if (minutes >= 60) return { value: Math.floor(minutes / 60), unit: 'hour' };
  return { value: minutes, unit: 'minute' };
}

/** The codes of a 409 that mean another user moved the referral on meanwhile. */
export const changedMeanwhileCodes: ReadonlySet<string> = new Set([
  'referral_status_transition',
  'referral_changed',
  'referral_not_accepted',
]);
