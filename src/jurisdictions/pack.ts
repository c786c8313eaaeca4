import { z } from 'zod';
import { agencyTypeSchema } from '../modules/agencies/agency.schema.ts';

/** The languages every user-facing label of a pack is written in. */
export const packLanguages = ['en', 'ms', 'id', 'vi'] as const;
export type PackLanguage = (typeof packLanguages)[number];

/** A user-facing text in each of the platform's languages; none may be left out or empty. */
export const labelSchema = z.strictObject({
  en: z.string().trim().min(1),
  ms: z.string().trim().min(1),
  id: z.string().trim().min(1),
  vi: z.string().trim().min(1),
});
export type Label = z.infer<typeof labelSchema>;

/** A period the law counts in hours, days or calendar months. */
export const durationSchema = z.strictObject({
  amount: z.number().int().positive(),
  unit: z.enum(['hours', 'days', 'months']),
});
export type Duration = z.infer<typeof durationSchema>;

/** Where a fact comes from, and whether it was checked there (`unconfirmed` facts must be reviewed). */
const provenanceShape = {
  law: z.string().min(1).describe('The law, e.g. "ATIPSOM Act 2007 (Act 670)"'),
  section: z.string().min(1).optional().describe('Section or article, e.g. "s.44(2)"'),
  source: z.url().optional(),
  unconfirmed: z.boolean().default(false).describe('True until the figure is checked in the text of the law'),
  note: z.string().optional(),
};

/**
 * A time limit set by law. `fixed`: the period is what the law says (an interim protection order
 * of 21 days). `maximum`: the court sets a period up to the limit. `court_set`: the court decides
 * the period, the law sets no limit (an extension), so `period` is absent.
 */
export const timeLimitSchema = z
  .strictObject({
    label: labelSchema,
    rule: z.enum(['fixed', 'maximum', 'court_set']),
    period: durationSchema.optional(),
    ...provenanceShape,
  })
  .refine((limit) => (limit.rule === 'court_set') === (limit.period === undefined), {
    message: 'a fixed or maximum limit needs a period; a court-set one has none',
    path: ['period'],
  });
export type TimeLimit = z.infer<typeof timeLimitSchema>;

/** The limits the platform computes with; a pack may add others for reference. */
export const timeLimitKeys = [
  'custody_to_magistrate',
  'interim_protection_order',
  'protection_order',
  'protection_order_extension',
] as const;
export type TimeLimitKey = (typeof timeLimitKeys)[number];

export const offenceCategorySchema = z.enum([
  'trafficking_in_persons',
  'smuggling_of_migrants',
  'forced_labour',
  'related',
]);
export type OffenceCategory = z.infer<typeof offenceCategorySchema>;

export const offenceSchema = z.strictObject({
  code: z.string().regex(/^[a-z0-9_.-]+$/, 'lower-case letters, digits, _ . -'),
  category: offenceCategorySchema,
  title: labelSchema,
  ...provenanceShape,
});
export type Offence = z.infer<typeof offenceSchema>;

/**
 * The kinds of closed record whose personal data a retention period keeps (decision 0032); a report
 * from the public that never became a case counts from its closing (decision 0042).
 */
export const retentionRecordTypes = ['victim_case', 'investigation', 'public_report'] as const;
export type RetentionRecordType = (typeof retentionRecordTypes)[number];

/** The shortest time, in whole years after closure, that a law says a record must be kept. */
export const retentionMinimumSchema = z.strictObject({
  years: z.number().int().min(1).max(100),
  ...provenanceShape,
});
export type RetentionMinimum = z.infer<typeof retentionMinimumSchema>;

const packCodeSchema = z.enum(['my', 'id', 'vn', 'generic']);
export type PackCode = z.infer<typeof packCodeSchema>;

const hoursSchema = z
  .number()
  .int()
  .positive()
  .max(24 * 90);

/**
 * A jurisdiction pack: a country's laws and practice as data. The platform reads time limits,
 * offence codes, referral deadlines, reference formats and form options from it instead of
 * hard-coding one country's.
 */
export const packSchema = z
  .strictObject({
    code: packCodeSchema,
    /** ISO 3166-1 alpha-2, or null for the generic pack. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .nullable(),
    name: labelSchema,
    defaultTimeZone: z.string().min(1),
    /** Limits by key; the platform computes with `timeLimitKeys`, others are kept for reference. */
    timeLimits: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), timeLimitSchema),
    offences: z.array(offenceSchema),
    agencyTypes: z
      .array(
        z.strictObject({
          type: agencyTypeSchema,
          localName: labelSchema,
          examples: z.array(z.string()).default([]),
        }),
      )
      .min(1),
    referralResponseHours: z.strictObject({
      emergency: hoursSchema,
      urgent: hoursSchema,
      routine: hoursSchema,
    }),
    /** Formats of the platform's own reference numbers: `{prefix}` (the agency's), `{year}`, `{number:width}`. */
    referenceFormats: z.strictObject({
      case: z.string().regex(/\{number(:\d+)?\}/, 'must contain {number}'),
    }),
    /** Option lists of forms: list name → option value → label. */
    formOptions: z.record(z.string().regex(/^[a-z][a-zA-Z]*$/), z.record(z.string().min(1), labelSchema)),
    /**
     * The age below which a person's own consent to share their data is not enough: a guardian
     * consents, or the officer records why the person consented themselves (decision 0072).
     */
    consentAge: z.number().int().min(0).max(25),
    reintegrationFollowUpMonths: z.array(z.number().int().positive().max(120)).min(1),
    /**
     * Legal minimum retention by record type, only where a law states one: no retention period of
     * the pack's country may be set shorter (decision 0038). None is known for the packs shipped.
     */
    retentionMinimums: z
      .strictObject({
        victim_case: retentionMinimumSchema.optional(),
        investigation: retentionMinimumSchema.optional(),
        public_report: retentionMinimumSchema.optional(),
      })
      .default({}),
  })
  .superRefine((pack, ctx) => {
    const codes = new Set<string>();
    for (const [index, offence] of pack.offences.entries()) {
      if (codes.has(offence.code)) {
        ctx.addIssue({
          code: 'custom',
          path: ['offences', index, 'code'],
          message: 'duplicate offence code',
        });
      }
      codes.add(offence.code);
    }
    const months = pack.reintegrationFollowUpMonths;
    if (months.some((m, i) => i > 0 && m <= (months[i - 1] ?? 0))) {
      ctx.addIssue({ code: 'custom', path: ['reintegrationFollowUpMonths'], message: 'must increase' });
    }
    if ((pack.country === null) !== (pack.code === 'generic')) {
      ctx.addIssue({ code: 'custom', path: ['country'], message: 'only the generic pack has no country' });
    }
  });

/** A pack as written in its data file, before defaults are applied. */
export type PackInput = z.input<typeof packSchema>;
export type JurisdictionPack = z.infer<typeof packSchema>;
