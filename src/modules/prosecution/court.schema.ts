import { z } from 'zod';
import { fieldRule } from '../../shared/field-rules.ts';
import { calendarDay } from '../../shared/period.ts';
import { singleLineText } from '../../shared/single-line-text.ts';
import {
  arrestSchema,
  investigationSummarySchema,
  offenceCategorySchema,
  offenceCodeSchema,
  suspectSchema,
  victimLinkSchema,
} from './investigation.schema.ts';

/** An amount of money: a decimal string (two decimals at most) and an ISO 4217 currency. */
export const moneySchema = z
  .strictObject({
    amount: z
      .string()
      // A malformed amount is told as such, not also as "not more than zero" (abort: no further check).
      .regex(/^\d{1,14}(\.\d{1,2})?$/, {
        message: 'must be a positive decimal amount with at most two decimals',
        abort: true,
      })
      .refine((amount) => Number(amount) > 0, fieldRule('amount_not_positive', 'must be more than zero')),
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as MYR'),
  })
  .meta({ id: 'Money' });
export type Money = z.infer<typeof moneySchema>;

/** An amount as the API shows it: a decimal string with two decimals (zero included) and the currency. */
export const moneyViewSchema = z
  .object({ amount: z.string().describe('e.g. "5000.00"'), currency: z.string() })
  .meta({ id: 'MoneyAmount' });

export const outcomeSchema = z.enum(['convicted', 'acquitted', 'withdrawn', 'pending']);
export const hearingKindSchema = z.enum([
  'first_appearance',
  'mention',
  'bail',
  'trial',
  'verdict',
  'sentencing',
  'appeal',
  'other',
]);
export const restitutionKindSchema = z.enum(['restitution', 'compensation']);

export const fileChargeSchema = z
  .strictObject({
    suspectId: z.uuid(),
    offenceCode: offenceCodeSchema,
    chargedOn: calendarDay.describe('Not before the investigation was opened, not in the future'),
  })
  .meta({ id: 'FileCharge' });
export type FileCharge = z.infer<typeof fileChargeSchema>;

export const recordOutcomeSchema = z
  .strictObject({
    outcome: outcomeSchema,
    decidedOn: calendarDay.describe('Not before the charge, not in the future'),
    sentence: z
      .strictObject({
        prisonMonths: z.int().min(0).max(2400).optional(),
        fine: moneySchema.optional(),
      })
      .optional()
      .describe('Only with a conviction'),
  })
  .meta({ id: 'RecordOutcome' });
export type RecordOutcome = z.infer<typeof recordOutcomeSchema>;

export const scheduleHearingSchema = z
  .strictObject({
    chargeId: z.uuid().optional().describe('The charge heard, when the hearing is about one'),
    hearingOn: calendarDay,
    court: singleLineText(1, 200),
    kind: hearingKindSchema,
  })
  .meta({ id: 'ScheduleHearing' });
export type ScheduleHearing = z.infer<typeof scheduleHearingSchema>;

export const orderRestitutionSchema = z
  .strictObject({
    victimId: z.uuid().describe("The investigation's victim link the money is for"),
    kind: restitutionKindSchema,
    amount: moneySchema,
    orderedOn: calendarDay.describe('Not before the conviction, not in the future'),
  })
  .meta({ id: 'OrderRestitution' });
export type OrderRestitution = z.infer<typeof orderRestitutionSchema>;

export const recordPaymentSchema = z
  .strictObject({
    amount: moneySchema.describe("In the order's currency; the total paid may not exceed the amount ordered"),
    paidOn: calendarDay.describe('Not before the order, not in the future'),
  })
  .meta({ id: 'RecordRestitutionPayment' });
export type RecordPayment = z.infer<typeof recordPaymentSchema>;

export const chargeOutcomeSchema = z
  .object({
    id: z.uuid(),
    outcome: outcomeSchema,
    decidedOn: z.string(),
    prisonMonths: z.int().nullable(),
    fine: moneyViewSchema.nullable(),
    recordedByUserId: z.uuid(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'ChargeOutcome' });

export const chargeSchema = z
  .object({
    id: z.uuid(),
    investigationId: z.uuid(),
    suspectId: z.uuid(),
    offenceCode: z.string(),
    offenceCategory: offenceCategorySchema,
    chargedOn: z.string(),
    outcome: outcomeSchema.describe('The latest outcome; pending until one is recorded'),
    outcomes: z.array(chargeOutcomeSchema).describe('Oldest first'),
    recordedByUserId: z.uuid(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Charge' });

export const hearingSchema = z
  .object({
    id: z.uuid(),
    chargeId: z.uuid().nullable(),
    hearingOn: z.string(),
    court: z.string(),
    kind: hearingKindSchema,
    recordedByUserId: z.uuid(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'CourtHearing' });

export const paymentSchema = z
  .object({ id: z.uuid(), amount: moneyViewSchema, paidOn: z.string(), createdAt: z.iso.datetime() })
  .meta({ id: 'RestitutionPayment' });

export const restitutionOrderSchema = z
  .object({
    id: z.uuid(),
    chargeId: z.uuid(),
    victimId: z.uuid(),
    kind: restitutionKindSchema,
    amount: moneyViewSchema,
    paid: moneyViewSchema.describe('The total paid so far'),
    outstanding: moneyViewSchema.describe('Ordered less paid'),
    orderedOn: z.string(),
    payments: z.array(paymentSchema),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'RestitutionOrder' });

export const investigationSchema = investigationSummarySchema
  .extend({
    victims: z.array(victimLinkSchema),
    suspects: z.array(suspectSchema),
    arrests: z.array(arrestSchema),
    charges: z.array(chargeSchema),
    hearings: z.array(hearingSchema),
    restitutionOrders: z.array(restitutionOrderSchema),
    fromPublicReport: z
      .object({
        publicReportId: z.uuid(),
        trackingCode: z.string(),
        what: z.string(),
        where: z.string(),
        when: z.string().nullable(),
        who: z.string().nullable().describe('Who is involved, in the reporter’s words'),
        reportedAt: z.iso.datetime(),
      })
      .nullable()
      .describe('The report by the public the investigation was opened from, in the reporter’s words'),
  })
  .meta({ id: 'Investigation' });
export type InvestigationView = z.infer<typeof investigationSchema>;
