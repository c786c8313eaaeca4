import { z } from 'zod';

export const microdataQuerySchema = z.strictObject({
  from: z.iso.date().default('2000-01-01').describe('First day of identification counted'),
  to: z.iso.date().optional().describe('Last day of identification counted; today when omitted'),
});
export type MicrodataQuery = z.infer<typeof microdataQuerySchema>;

const columnReportSchema = z.object({
  name: z.string(),
  level: z.number().int().describe('The generalisation level applied (0: as recorded)'),
  maxLevel: z.number().int().describe("The column's top level ('*' for every row)"),
  generalisation: z.number().describe('level / maxLevel'),
  distinctBefore: z.number().int(),
  distinctAfter: z.number().int(),
});

export const microdataReportSchema = z
  .object({
    k: z.number().int(),
    algorithm: z.enum(['datafly-greedy', 'suppression-only']),
    rowsIn: z.number().int().describe('Victims in scope'),
    rowsKept: z.number().int().describe('Rows published'),
    rowsSuppressed: z.number().int().describe('Rows withheld (in a class of fewer than k)'),
    keptShare: z.number(),
    classes: z.number().int().describe('Equivalence classes published, each of at least k rows'),
    columns: z.array(columnReportSchema),
    precisionLoss: z.number().describe("Mean of the columns' generalisation"),
    discernibility: z.number(),
    baseline: z
      .object({ rowsKept: z.number().int(), keptShare: z.number() })
      .describe('What suppression alone (no generalisation) would keep'),
  })
  .meta({ id: 'MicrodataReport' });
export type MicrodataReport = z.infer<typeof microdataReportSchema>;
