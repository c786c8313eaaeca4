import { z } from 'zod';
import { decimalInteger } from '../../shared/decimal-integer.ts';
import { calendarDay } from '../../shared/period.ts';

export const microdataQuerySchema = z.strictObject({
  from: calendarDay
    .optional()
    .describe(
      'First day of identification counted; 20 years before `to` when omitted (the longest period allowed)',
    ),
  to: calendarDay.optional().describe('Last day of identification counted; today when omitted'),
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

export const htcdsExportQuerySchema = z.strictObject({
  from: calendarDay
    .optional()
    .describe(
      'First day of identification exported; 20 years before `to` when omitted (the longest period allowed)',
    ),
  to: calendarDay.optional().describe('Last day of identification exported; today when omitted'),
  limit: decimalInteger(1, 5000).default(1000).describe('Records per page'),
  after: z
    .string()
    .regex(/^[0-9a-f-]{36}\.[0-9a-f-]{36}$/, 'must be the `next` cursor of the page before')
    .optional(),
});
export type HtcdsExportQuery = z.infer<typeof htcdsExportQuerySchema>;

const htcdsRecord = z.record(z.string(), z.unknown()).describe('An HTCDS record (see docs/htcds-mapping.md)');

export const htcdsExportSchema = z
  .object({
    standard: z.string(),
    exportedAt: z.string(),
    organisation: z.record(z.string(), z.unknown()),
    records: z.array(htcdsRecord),
    next: z
      .string()
      .nullable()
      .describe('The cursor of the next page (the `after` parameter); null on the last'),
  })
  .meta({ id: 'HtcdsExport' });

export const htcdsImportSchema = z
  .looseObject({
    standard: z.string(),
    organisation: z.looseObject({}),
    records: z.array(htcdsRecord).min(1).max(2000),
  })
  .meta({ id: 'HtcdsDocument' });

export const htcdsImportResultSchema = z
  .object({
    imported: z.number().int(),
    cases: z.array(
      z.object({
        reference: z.string().describe('The new case'),
        source: z.string().nullable().describe("The record's case reference in the file, when it had one"),
      }),
    ),
  })
  .meta({ id: 'HtcdsImportResult' });
