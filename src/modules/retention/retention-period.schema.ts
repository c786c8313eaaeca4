import { z } from 'zod';
import { retentionRecordTypes } from '../../jurisdictions/index.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';

export const retentionRecordTypeSchema = z.enum(retentionRecordTypes);
/** Whose period: the acting agency's own, its country's (or another country's), or the platform's default for every country. */
export const retentionScopeSchema = z.enum(['agency', 'country', 'default']);
export type RetentionScope = z.infer<typeof retentionScopeSchema>;

export const setRetentionPeriodSchema = z
  .strictObject({
    recordType: retentionRecordTypeSchema,
    scope: retentionScopeSchema,
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional()
      .describe("For scope `country`: the country (ISO 3166-1 alpha-2); the acting agency's when left out"),
    years: z.number().int().min(1).max(100).describe('Whole years after the case was closed'),
    source: trimmedText(1, 500).describe('Where the period comes from: a law and its section, or a policy'),
  })
  .meta({ id: 'SetRetentionPeriod' });
export type SetRetentionPeriod = z.infer<typeof setRetentionPeriodSchema>;

export const retentionPeriodSchema = z
  .object({
    id: z.uuid(),
    scope: retentionScopeSchema,
    jurisdiction: z.string(),
    agencyId: z.uuid().nullable(),
    recordType: retentionRecordTypeSchema,
    years: z.number().int(),
    source: z.string(),
    changedBy: z.uuid().nullable(),
    changedAt: z.iso.datetime(),
  })
  .meta({ id: 'RetentionPeriod' });
export type RetentionPeriod = z.infer<typeof retentionPeriodSchema>;

export const retentionOverviewQuerySchema = z.strictObject({
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .describe(
      "Another country's periods (the platform administrator's); the acting agency's country when left out",
    ),
});

export const retentionOverviewSchema = z
  .object({
    agencyId: z.uuid(),
    /** The country shown: the acting agency's, or the one asked for. */
    country: z.string(),
    /** The countries whose periods the caller may set: every agency's for the platform administrator. */
    countries: z.array(z.string()),
    recordTypes: z.array(
      z.object({
        recordType: retentionRecordTypeSchema,
        /** The period in force (for the acting agency's cases, or another country's), and whose it is. */
        effective: z.object({ years: z.number().int(), scope: retentionScopeSchema }).nullable(),
        agency: retentionPeriodSchema.nullable(),
        country: retentionPeriodSchema.nullable(),
        default: retentionPeriodSchema.nullable(),
        /** The legal minimum the jurisdiction pack states for the agency's country, if it states one. */
        legalMinimum: z
          .object({ years: z.number().int(), law: z.string(), section: z.string().optional() })
          .nullable(),
      }),
    ),
  })
  .meta({ id: 'RetentionOverview' });
export type RetentionOverview = z.infer<typeof retentionOverviewSchema>;
