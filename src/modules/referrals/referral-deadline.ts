import type { JurisdictionPack } from '../../jurisdictions/index.ts';
import type { Urgency } from './referral.schema.ts';

/**
 * When the answer to a referral of this urgency, sent at `sentAt`, is due: the receiving agency's
 * jurisdiction pack says how many hours it has (national referral mechanisms fix their own).
 */
export function responseDeadline(
  urgency: Urgency,
  pack: Pick<JurisdictionPack, 'referralResponseHours'>,
  sentAt = new Date(),
): Date {
  return new Date(sentAt.getTime() + pack.referralResponseHours[urgency] * 60 * 60 * 1000);
}
