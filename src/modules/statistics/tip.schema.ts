import { z } from 'zod';
import { calendarDay } from '../../shared/period.ts';
import { cellSchema } from './statistics.schema.ts';

const label = z.object({ en: z.string(), ms: z.string(), id: z.string(), vi: z.string() });

export const tipQuerySchema = z.strictObject({
  from: calendarDay
    .optional()
    .describe("First day counted; 1 January of this year (the agency's time zone) when omitted"),
  to: calendarDay.optional().describe('Last day counted; today when omitted'),
  identificationDecisions: z
    .stringbool()
    .default(false)
    .describe(
      'Also split the victims by identification decision (confirmed or presumed). Counted from the base tables, not the rollup: slower on a national data set, so asked for (the reports always include it)',
    ),
});
export type TipQuery = Omit<z.infer<typeof tipQuerySchema>, 'identificationDecisions'> & {
  identificationDecisions?: boolean;
};

/**
 * The victims' breakdowns of the TIP table; `identification_decision` splits them into confirmed
 * victims and presumed ones (not a victim, undetermined, or still undecided).
 */
export const tipDimensions = [
  'exploitation_type',
  'sex',
  'age_band',
  'nationality',
  'identification_decision',
] as const;
export type TipDimension = (typeof tipDimensions)[number];

const lawEnforcementRow = z.object({
  category: z
    .string()
    .describe('Offence category (seed 001: trafficking, smuggling, forced labour, related)'),
  label: label.nullable(),
  investigations: cellSchema,
  arrests: cellSchema,
  prosecutions: cellSchema,
  convictions: cellSchema,
});

export const tipTableSchema = z
  .object({
    scope: z.enum(['agency', 'national']),
    from: z.string(),
    to: z.string(),
    suppressionThreshold: z.int(),
    lawEnforcement: z
      .object({
        total: lawEnforcementRow.omit({ category: true, label: true }),
        byCategory: z.array(lawEnforcementRow),
      })
      .describe('Investigations opened, arrests, persons prosecuted and persons convicted in the period'),
    victims: z.object({
      identified: cellSchema.describe('Victims and presumed victims of victim cases opened in the period'),
      by: z.array(
        z.object({
          dimension: z.enum(tipDimensions),
          rows: z.array(z.object({ key: z.string(), label: label.nullable(), identified: cellSchema })),
        }),
      ),
    }),
  })
  .meta({ id: 'TipReportFigures' });
export type TipTableView = z.infer<typeof tipTableSchema>;
