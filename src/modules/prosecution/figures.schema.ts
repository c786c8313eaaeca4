import { z } from 'zod';
import { calendarDay } from '../../shared/period.ts';
import { offenceCategorySchema } from './investigation.schema.ts';

export const figuresQuerySchema = z.strictObject({
  from: calendarDay
    .optional()
    .describe("First day counted; 1 January of this year (the agency's time zone) when omitted"),
  to: calendarDay.optional().describe('Last day counted; today when omitted'),
  groupBy: z.enum(['month', 'quarter', 'year']).default('year'),
});
export type FiguresQuery = z.infer<typeof figuresQuerySchema>;

const counts = {
  investigations: z.int().nullable().describe('Investigations opened'),
  arrests: z.int().nullable().describe('Arrests made'),
  prosecutions: z.int().nullable().describe('Persons charged'),
  convictions: z.int().nullable().describe("Persons convicted (a charge's latest outcome)"),
  suppressed: z
    .literal(true)
    .optional()
    .describe(
      'National figures only, when some counts here were small enough to point at a person (below LINDUNG_SMALL_CELL_THRESHOLD): those are null',
    ),
};

export const figuresSchema = z
  .object({
    scope: z
      .enum(['agency', 'national'])
      .describe("Your agency's records, or every agency of your country's"),
    from: z.string(),
    to: z.string(),
    groupBy: z.enum(['month', 'quarter', 'year']),
    periods: z.array(
      z.object({
        period: z.string().describe('The first day of the month, quarter or year'),
        total: z
          .object(counts)
          .describe('Each investigation, arrest or person once, whatever its categories'),
        byCategory: z.array(z.object({ category: offenceCategorySchema, ...counts })),
      }),
    ),
  })
  .meta({ id: 'ProsecutionFigures' });
export type FiguresView = z.infer<typeof figuresSchema>;
