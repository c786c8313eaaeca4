import type { Urgency } from './referral.schema.ts';

/**
 * How many hours the receiving agency has to answer a referral, by urgency. These are defaults:
 * national referral mechanisms fix their own time limits, and jurisdiction packs will set them per
 * country.
 */
export const responseHours: Readonly<Record<Urgency, number>> = {
  emergency: 24,
  urgent: 72,
  routine: 10 * 24,
};

/** When the answer to a referral of this urgency, sent at `sentAt`, is due. */
export function responseDeadline(urgency: Urgency, sentAt = new Date()): Date {
  return new Date(sentAt.getTime() + responseHours[urgency] * 60 * 60 * 1000);
}
