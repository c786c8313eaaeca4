import { z } from 'zod';
import { decimalInteger } from '../../shared/decimal-integer.ts';
import { singleLineText } from '../../shared/single-line-text.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';
import { indicatorStatuses } from './action-plan.indicators.ts';
import { pillars, progressStatuses, reportStates } from './action-plan.labels.ts';

const year = z.number().int().min(2000).max(2100);
const title = singleLineText(3, 300);

export const indicatorInputSchema = z.strictObject({
  name: singleLineText(2, 300),
  unit: singleLineText(1, 40),
  baseline: z.number().nullable().default(null),
  targets: z
    .record(z.string().regex(/^\d{4}$/, { message: 'must be a year' }), z.number())
    .default({})
    .describe('Yearly targets, by year of the plan: {"2022": 40}'),
});
export const activityInputSchema = z.strictObject({
  title,
  responsibleAgencyId: z.uuid(),
  supportingAgencyIds: z.array(z.uuid()).max(30).default([]),
  indicators: z.array(indicatorInputSchema).max(30).default([]),
});
export const strategyInputSchema = z.strictObject({
  pillar: z.enum(pillars),
  title,
  activities: z.array(activityInputSchema).max(100).default([]),
});
export const createPlanSchema = z
  .strictObject({
    title,
    startYear: year,
    endYear: year,
    strategies: z.array(strategyInputSchema).max(100).default([]),
  })
  .meta({ id: 'CreateActionPlan' });
export type CreatePlan = z.infer<typeof createPlanSchema>;

const partId = z.uuid().optional().describe('The part changed; without it, the part is added');
export const editPlanSchema = z
  .strictObject({
    title,
    strategies: z
      .array(
        strategyInputSchema.extend({
          id: partId,
          activities: z
            .array(
              activityInputSchema.extend({
                id: partId,
                indicators: z
                  .array(indicatorInputSchema.extend({ id: partId }))
                  .max(30)
                  .default([]),
              }),
            )
            .max(100)
            .default([]),
        }),
      )
      .max(100),
  })
  .meta({ id: 'EditActionPlan' });
export type EditPlan = z.infer<typeof editPlanSchema>;

const indicatorValuesSchema = z.array(z.strictObject({ indicatorId: z.uuid(), value: z.number() })).max(30);

export const createReportSchema = z
  .strictObject({
    activityId: z.uuid(),
    year,
    status: z.enum(progressStatuses),
    narrative: z.string().trim().max(10000).default(''),
    indicatorValues: indicatorValuesSchema.default([]),
    submit: z.boolean().default(false).describe('Submit at once (otherwise a draft only your agency sees)'),
  })
  .meta({ id: 'CreateActionPlanReport' });
export type CreateReport = z.infer<typeof createReportSchema>;

export const submitReportSchema = z
  .strictObject({
    status: z.enum(progressStatuses).optional(),
    narrative: z.string().trim().max(10000).optional(),
    indicatorValues: indicatorValuesSchema.optional(),
  })
  .meta({ id: 'SubmitActionPlanReport' });
export type SubmitReport = z.infer<typeof submitReportSchema>;

export const reviewReportSchema = z
  .strictObject({
    decision: z.enum(['accept', 'return']),
    comment: trimmedText(1, 4000).optional(),
  })
  .meta({ id: 'ReviewActionPlanReport' });
export type ReviewReport = z.infer<typeof reviewReportSchema>;

export const reportSchema = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    activityId: z.uuid(),
    agencyId: z.uuid(),
    year: z.number(),
    status: z.enum(progressStatuses),
    narrative: z.string(),
    indicatorValues: z.array(z.object({ indicatorId: z.string(), value: z.number() })),
    state: z.enum(reportStates),
    submittedAt: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    reviewComment: z.string().nullable(),
  })
  .meta({ id: 'ActionPlanReport' });

export const planSchema = z
  .object({
    id: z.uuid(),
    agencyId: z.uuid(),
    country: z.string(),
    title: z.string(),
    startYear: z.number(),
    endYear: z.number(),
    version: z.number().describe('Raised by every change; name it in If-Match to edit the plan'),
    strategies: z.array(
      z.object({
        id: z.uuid(),
        pillar: z.enum(pillars),
        title: z.string(),
        activities: z.array(
          z.object({
            id: z.uuid(),
            title: z.string(),
            responsibleAgencyId: z.uuid(),
            supportingAgencyIds: z.array(z.uuid()),
            indicators: z.array(
              z.object({
                id: z.uuid(),
                name: z.string(),
                unit: z.string(),
                baseline: z.number().nullable(),
                targets: z.record(z.string(), z.number()),
              }),
            ),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'ActionPlan' });
export type Plan = z.infer<typeof planSchema>;

const tally = z.object({
  activities: z.number(),
  reportsDue: z.number(),
  submitted: z.number(),
  accepted: z.number(),
  returned: z.number(),
  late: z.number(),
});
const statusCounts = z.object(
  Object.fromEntries(indicatorStatuses.map((s) => [s, z.number()])) as {
    [S in (typeof indicatorStatuses)[number]]: z.ZodNumber;
  },
);
const indicatorProgressSchema = z.object({
  year: z.number().describe('The year assessed: the current year of the plan, or the one asked for'),
  rows: z.array(
    z.object({
      indicatorId: z.uuid(),
      activityId: z.uuid(),
      pillar: z.enum(pillars),
      agencyId: z.uuid(),
      name: z.string(),
      unit: z.string(),
      baseline: z.number().nullable(),
      target: z.number().nullable().describe("The assessed year's target"),
      latest: z
        .object({ year: z.number(), value: z.number() })
        .nullable()
        .describe('The latest value reported up to the year, in a submitted or accepted report'),
      expected: z
        .number()
        .nullable()
        .describe('What the indicator should have reached in the latest value’s year'),
      status: z.enum(indicatorStatuses),
    }),
  ),
  byPillar: z.array(statusCounts.extend({ pillar: z.enum(pillars) })),
  byAgency: z.array(statusCounts.extend({ agencyId: z.uuid(), agencyName: z.string() })),
});

export const dashboardQuerySchema = z.strictObject({
  year: decimalInteger(2000, 2100).optional().describe('A year of the plan (default: the current one)'),
});

export const dashboardSchema = z
  .object({
    today: z.string(),
    indicators: indicatorProgressSchema,
    graceDays: z.number(),
    byPillar: z.array(tally.extend({ pillar: z.enum(pillars) })),
    byAgency: z.array(tally.extend({ agencyId: z.uuid(), agencyName: z.string() })),
    late: z.array(
      z.object({ activityId: z.uuid(), agencyId: z.uuid(), year: z.number(), dueOn: z.string() }),
    ),
  })
  .meta({ id: 'ActionPlanDashboard' });
