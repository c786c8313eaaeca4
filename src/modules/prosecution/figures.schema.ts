import { z } from 'zod';
import { offenceCategorySchema } from './investigation.schema.ts';

export const figuresQuerySchema = z.strictObject({
  from: z.iso
    .date()
    .optional()
    .describe("First day counted; 1 January of this year (the agency's time zone) when omitted"),
  to: z.iso.date().optional().describe('Last day counted; today when omitted'),
  groupBy: z.enum(['month', 'quarter', 'year']).default('year'),
});
export type FiguresQuery = z.infer<typeof figuresQuerySchema>;

const counts = {
  investigations: z.int().describe('Investigations opened'),
  arrests: z.int().describe('Arrests made'),
  prosecutions: z.int().describe('Persons charged'),
  convictions: z.int().describe("Persons convicted (a charge's latest outcome)"),
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
