import { z } from 'zod';
import { singleLineText } from '../../shared/single-line-text.ts';

const chapterNumber = z
  .string()
  .trim()
  .regex(/^[0-9]{1,2}(\.[0-9]{1,2}){0,2}$/, 'a chapter number such as 3 or 4.2');
/** A text in each language of the platform. */
export const titlesSchema = z.strictObject({
  en: singleLineText(2, 300),
  ms: singleLineText(2, 300),
  id: singleLineText(2, 300),
  vi: singleLineText(2, 300),
});

export const createManualSchema = z
  .strictObject({
    edition: singleLineText(1, 40).describe('Which edition, e.g. "2024"; one of each per country'),
    title: titlesSchema,
    chapters: z
      .array(z.strictObject({ number: chapterNumber, title: titlesSchema }))
      .min(1)
      .max(200),
  })
  .meta({ id: 'NewTrainingManual' });
export type CreateManual = z.infer<typeof createManualSchema>;

export const chapterSchema = z
  .object({
    id: z.uuid(),
    manualId: z.uuid(),
    edition: z.string(),
    number: z.string(),
    title: titlesSchema,
  })
  .meta({ id: 'TrainingManualChapter' });
export type Chapter = z.infer<typeof chapterSchema>;

export const manualSchema = z
  .object({
    id: z.uuid(),
    agencyId: z.uuid(),
    edition: z.string(),
    title: titlesSchema,
    chapters: z.array(chapterSchema),
  })
  .meta({ id: 'TrainingManual' });
