import { z } from 'zod';
import { calendarDay } from '../../shared/period.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';
import { closureReasons, riskCodes, wellbeingCodes } from './reintegration-outcomes.ts';

const wellbeing = z.enum(wellbeingCodes);

export const outcomesSchema = z
  .strictObject({
    safety: wellbeing,
    housing: wellbeing,
    income: wellbeing.describe('Income and work'),
    health: wellbeing,
    family: wellbeing,
    legal_status: wellbeing,
    re_trafficking_risk: z.enum(riskCodes),
  })
  .meta({ id: 'ReintegrationOutcomes' });
export type Outcomes = z.infer<typeof outcomesSchema>;
export const closureReasonSchema = z.enum(closureReasons);

export const createReintegrationPlanSchema = z
  .strictObject({
    repatriationId: z
      .uuid()
      .optional()
      .describe('A handed-over repatriation your agency sent or received: the return date is its hand-over'),
    caseId: z.uuid().optional().describe("A case of your agency's, for a return without a repatriation here"),
    returnedOn: calendarDay
      .optional()
      .describe('The date of return: required with caseId, taken from the repatriation otherwise'),
    province: trimmedText(1, 100)
      .optional()
      .describe("Where the person lives now; the repatriation's destination by default"),
    followUpMonths: z
      .array(z.int().min(1).max(120))
      .min(1)
      .max(24)
      .optional()
      .describe(
        "Months after the return when follow-ups fall due, increasing; the deployment's default when omitted",
      ),
    goals: z.array(trimmedText(1, 1000)).min(1).max(30).describe('Stored encrypted'),
  })
  .meta({ id: 'CreateReintegrationPlan' });
export type CreateReintegrationPlan = z.infer<typeof createReintegrationPlanSchema>;

export const recordFollowUpSchema = z
  .strictObject({
    heldOn: calendarDay.describe("Not before the return, not in the future in your agency's time zone"),
    outcomes: outcomesSchema,
    notes: trimmedText(1, 4000).optional().describe('Stored encrypted'),
  })
  .meta({ id: 'RecordFollowUp' });
export type RecordFollowUp = z.infer<typeof recordFollowUpSchema>;

export const closeReintegrationPlanSchema = z
  .strictObject({
    closedOn: calendarDay
      .optional()
      .describe("Not before the return; today in your agency's time zone when omitted"),
    reason: closureReasonSchema,
    note: trimmedText(1, 2000).optional().describe('Stored encrypted'),
  })
  .meta({ id: 'CloseReintegrationPlan' });
export type CloseReintegrationPlan = z.infer<typeof closeReintegrationPlanSchema>;

export const followUpSchema = z
  .object({
    id: z.uuid(),
    sequence: z.int().describe('The nth follow-up, matched to the nth interval'),
    dueOn: z.string().nullable().describe('When it was due; null beyond the schedule'),
    heldOn: z.string(),
    outcomes: outcomesSchema,
    notes: z.string().nullable(),
    recordedByUserId: z.uuid(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'ReintegrationFollowUp' });

export const reintegrationPlanSchema = z
  .object({
    id: z.uuid(),
    agencyId: z.uuid(),
    repatriationId: z.uuid().nullable(),
    caseId: z.uuid().nullable(),
    returnedOn: z.string(),
    country: z.string(),
    province: z.string(),
    followUpMonths: z.array(z.int()),
    goals: z.array(z.string()),
    status: z.enum(['open', 'closed']),
    closedOn: z.string().nullable(),
    closureReason: closureReasonSchema.nullable(),
    closureNote: z.string().nullable(),
    schedule: z
      .array(
        z.object({
          sequence: z.int(),
          months: z.int(),
          dueOn: z.string(),
          followUpId: z.uuid().nullable(),
          overdue: z.boolean().describe('Due before today and not held, on an open plan'),
        }),
      )
      .describe('When each follow-up falls due, and which follow-up was held for it'),
    followUps: z.array(followUpSchema),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'ReintegrationPlan' });
export type ReintegrationPlanView = z.infer<typeof reintegrationPlanSchema>;

export const statisticsQuerySchema = z.strictObject({
  from: calendarDay.describe('First day of returns counted'),
  to: calendarDay.describe('Last day of returns counted; outcomes are the latest follow-up up to this day'),
});

export const reintegrationStatisticsSchema = z
  .object({
    scope: z
      .enum(['agency', 'national'])
      .describe('Your agency’s plans, or every plan in your country (statistics:read)'),
    from: z.string(),
    to: z.string(),
    provinces: z.array(
      z.object({
        country: z.string(),
        province: z.string(),
        reintegrated: z.int().nullable().describe('Persons whose return falls in the period'),
        followedUp: z
          .int()
          .nullable()
          .describe('Of them, with at least one follow-up by the end of the period'),
        closed: z.int().nullable(),
        outcomes: z
          .record(z.string(), z.record(z.string(), z.int().nullable()))
          .describe('By measure, how many persons have each code at their latest follow-up'),
        suppressed: z
          .literal(true)
          .optional()
          .describe(
            'National figures only, when some counts here were small enough to point at a person (below LINDUNG_SMALL_CELL_THRESHOLD): those are null',
          ),
      }),
    ),
  })
  .meta({ id: 'ReintegrationStatistics' });
