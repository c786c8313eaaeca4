import { z } from 'zod';
import { calendarDay } from '../../shared/period.ts';
import { dimensions } from './statistics.repo.ts';

const label = z.object({ en: z.string(), ms: z.string(), id: z.string(), vi: z.string() });

export const statisticsQuerySchema = z.strictObject({
  from: calendarDay
    .optional()
    .describe("First day counted; 1 January of this year (the agency's time zone) when omitted"),
  to: calendarDay.optional().describe('Last day counted; today when omitted'),
  groupBy: z.enum(['month', 'quarter', 'year']).default('year'),
  dimension: z.enum(dimensions).default('none').describe('What the rows are broken down by'),
});
export type StatisticsQuery = z.infer<typeof statisticsQuerySchema>;
export const dashboardQuerySchema = statisticsQuerySchema.omit({ dimension: true });
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

export const cellSchema = z
  .object({
    value: z
      .number()
      .nullable()
      .describe('The figure; null when suppressed or when there is nothing to measure'),
    suppressed: z.boolean().describe('True when a small count (or a figure from a small group) is hidden'),
  })
  .meta({ id: 'StatisticsCell' });

const victimCells = {
  identified: cellSchema.describe('Victims and presumed victims of victim cases opened in the period'),
  referred: cellSchema.describe('Of those, referred at least once'),
  sheltered: cellSchema.describe('Of those, placed in a shelter at least once'),
  repatriated: cellSchema.describe('Of those, handed over on repatriation'),
  reintegrated: cellSchema.describe('Of those, with a reintegration plan'),
  daysToReferral: cellSchema.describe('Median days from identification to the first referral'),
  daysToPlacement: cellSchema.describe('Median days from identification to the first placement'),
};

const common = {
  scope: z.enum(['agency', 'national']).describe("Your agency's records, or every agency of your country's"),
  from: z.string(),
  to: z.string(),
  groupBy: z.enum(['month', 'quarter', 'year']),
  suppressionThreshold: z
    .int()
    .describe('Counts from 1 to this minus one are suppressed in national figures'),
};

export const victimStatisticsSchema = z
  .object({
    ...common,
    dimension: z.enum(dimensions),
    rows: z.array(
      z.object({
        period: z.string().describe('The first day of the month, quarter or year'),
        key: z.string().describe('The value of the dimension (a code, an agency id, a country, "MM>MY")'),
        label: label.nullable().describe('The label of the key where it is a code'),
        name: z.string().nullable().describe("The agency's name, when the dimension is agency"),
        ...victimCells,
      }),
    ),
  })
  .meta({ id: 'VictimStatistics' });
export type VictimStatisticsView = z.infer<typeof victimStatisticsSchema>;

const prosecutionCells = {
  investigations: cellSchema,
  arrests: cellSchema,
  prosecutions: cellSchema,
  convictions: cellSchema,
};

export const dashboardSchema = z
  .object({
    ...common,
    victims: z.array(z.object({ period: z.string(), ...victimCells })),
    prosecution: z.array(
      z.object({
        period: z.string(),
        total: z.object(prosecutionCells),
        byCategory: z.array(z.object({ category: z.string(), label, ...prosecutionCells })),
      }),
    ),
    overdueDeadlines: z.array(z.object({ kind: z.string(), overdue: cellSchema })),
  })
  .meta({ id: 'StatisticsDashboard' });
export type DashboardView = z.infer<typeof dashboardSchema>;
