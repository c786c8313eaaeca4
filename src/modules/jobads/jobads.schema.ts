import { z } from 'zod';
import { fieldRule } from '../../shared/field-rules.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';

/** The longest advert screened: well above any real advert, far below the body limit. */
export const maxAdvertLength = 20_000;
/** The largest CSV screened at once, and its most rows. */
export const maxCsvLength = 900_000;
export const maxCsvRows = 500;

/**
 * Control characters other than tab and line breaks, or the Unicode replacement character of a
 * failed decoding: the text is a binary file, not an advert.
 */
export function looksBinary(text: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  return /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/u.test(text);
}

const advertText = z
  .string()
  .max(maxAdvertLength, `is longer than ${maxAdvertLength} characters; paste the advert only`)
  .refine((text) => text.trim().length > 0, {
    ...fieldRule('advert_empty', 'is empty; paste the advert'),
    abort: true,
  })
  .refine((text) => !looksBinary(text), fieldRule('advert_not_text', 'is not text (binary content)'))
  .describe('The advert as text (pasted, or the text of a page)');

export const readerLanguageSchema = z
  .enum(['en', 'ms', 'id', 'vi'])
  .default('en')
  .describe('Language of the reasons');

export const screenAdvertSchema = z
  .strictObject({ text: advertText, readerLanguage: readerLanguageSchema })
  .meta({ id: 'ScreenAdvertRequest' });
export type ScreenAdvert = z.infer<typeof screenAdvertSchema>;

export const findingSchema = z
  .object({ id: z.string(), kind: z.enum(['red_flag', 'counter_signal']), reason: z.string() })
  .meta({ id: 'AdvertFinding' });

export const advertScreeningSchema = z
  .object({
    risk: z.enum(['low', 'medium', 'high']),
    riskLabel: z.string(),
    score: z.number().describe("The model's probability that the advert is risky (0–1)"),
    language: z.enum(['en', 'ms', 'id', 'vi', 'th', 'my', 'km']),
    burmeseEncoding: z.enum(['zawgyi', 'unicode']).nullable(),
    findings: z.array(findingSchema),
    rulesVersion: z.string(),
    modelVersion: z.string(),
    advice: z.string(),
  })
  .meta({ id: 'AdvertScreening' });

export const bulkScreenSchema = z
  .strictObject({
    csv: z
      .string()
      .min(1, 'is empty')
      .max(maxCsvLength, `is larger than ${maxCsvLength} characters; split the file`)
      .describe('CSV text with a header row naming a "text" column (and optionally "reference")'),
    readerLanguage: readerLanguageSchema,
  })
  .meta({ id: 'BulkScreenRequest' });
export type BulkScreen = z.infer<typeof bulkScreenSchema>;

export const bulkScreeningSchema = z
  .object({
    screened: z.array(
      z.object({ row: z.number(), reference: z.string().nullable(), screening: advertScreeningSchema }),
    ),
    problems: z.array(
      z.object({ row: z.number(), field: z.string(), message: z.string(), code: z.string().optional() }),
    ),
    summary: z.object({ rows: z.number(), low: z.number(), medium: z.number(), high: z.number() }),
  })
  .meta({ id: 'BulkScreening' });

export const saveAdvertSchema = z
  .strictObject({
    text: advertText,
    source: trimmedText(1, 500).optional().describe('Where the advert was found (URL, page, group)'),
  })
  .meta({ id: 'SaveAdvertToInvestigation' });
export type SaveAdvert = z.infer<typeof saveAdvertSchema>;

export const savedAdvertSchema = z
  .object({
    id: z.uuid(),
    investigationId: z.uuid(),
    text: z.string(),
    source: z.string().nullable(),
    language: z.string(),
    risk: z.enum(['low', 'medium', 'high']),
    score: z.number(),
    flags: z.array(z.string()),
    rulesVersion: z.string(),
    modelVersion: z.string(),
    savedBy: z.uuid(),
    savedAt: z.string(),
  })
  .meta({ id: 'InvestigationAdvert' });
