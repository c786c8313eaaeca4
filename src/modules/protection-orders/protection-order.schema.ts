import { z } from 'zod';
import { calendarDay, calendarMoment } from '../../shared/period.ts';
import { singleLineText } from '../../shared/single-line-text.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';

export const protectionOrderKindSchema = z.enum(['interim', 'full', 'extension']);
export type ProtectionOrderKind = z.infer<typeof protectionOrderKindSchema>;
export const protectionOrderStatusSchema = z.enum(['in_force', 'superseded', 'revoked']);

const periodSchema = z.strictObject({
  amount: z.number().int().min(1).max(3650),
  unit: z.enum(['days', 'months']),
});

const courtShape = {
  court: singleLineText(2, 200).describe('The court that made the order'),
  magistrate: singleLineText(2, 200).optional(),
  courtReference: singleLineText(1, 100).optional().describe("The court's number for the order"),
  appliedOn: calendarDay,
  issuedOn: calendarDay,
  period: periodSchema
    .optional()
    .describe(
      "The period the court ordered, where the law lets it choose: up to the pack's maximum, or as the court sets. " +
        'Left out, a fixed or maximum period from the pack applies. The expiry is computed, never given.',
    ),
};

export const createProtectionOrderSchema = z.strictObject({
  kind: z.enum(['interim', 'full']).describe('An interim order, or a protection order made directly'),
  personId: z.uuid().describe('The protected person, who must be on the case'),
  ...courtShape,
  custodyStartedAt: calendarMoment.optional().describe('When temporary custody began'),
  producedAt: calendarMoment
    .optional()
    .describe('When the person was produced before the magistrate (checked against the pack’s limit)'),
});
export type CreateProtectionOrder = z.infer<typeof createProtectionOrderSchema>;

export const extendProtectionOrderSchema = z.strictObject(courtShape);
export type ExtendProtectionOrder = z.infer<typeof extendProtectionOrderSchema>;

export const revokeProtectionOrderSchema = z.strictObject({
  revokedOn: calendarDay,
  reason: trimmedText(3, 2000).describe('Kept encrypted'),
});
export type RevokeProtectionOrder = z.infer<typeof revokeProtectionOrderSchema>;

export const protectionOrderSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  personId: z.uuid(),
  kind: protectionOrderKindSchema,
  status: protectionOrderStatusSchema,
  court: z.string(),
  magistrate: z.string().nullable(),
  courtReference: z.string().nullable(),
  appliedOn: calendarDay,
  issuedOn: calendarDay,
  period: periodSchema,
  expiresOn: z.iso.date().describe('The last day in force, computed from the jurisdiction pack'),
  jurisdiction: z.string(),
  legalBasis: z.string(),
  unconfirmedLimit: z.boolean().describe('The pack marks the law’s figure as not yet confirmed'),
  followsOrderId: z.uuid().nullable(),
  revokedOn: z.iso.date().nullable(),
  revocationReason: z.string().nullable(),
  deadline: z
    .object({
      id: z.uuid(),
      dueOn: z.iso.date(),
      dueAt: z.iso.datetime(),
      status: z.string(),
      reminders: z
        .array(
          z.object({ leadDays: z.number().int(), at: z.iso.datetime(), sentAt: z.iso.datetime().nullable() }),
        )
        .describe(
          "When the owner is reminded (days before the expiry, at midnight in the agency's time zone)",
        ),
    })
    .nullable(),
  recordedBy: z.uuid(),
  createdAt: z.iso.datetime(),
});
