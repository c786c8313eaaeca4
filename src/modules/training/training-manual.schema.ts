import { z } from 'zod';

const chapterNumber = z
  .string()
  .trim()
  .regex(/^[0-9]{1,2}(\.[0-9]{1,2}){0,2}$/, 'a chapter number such as 3 or 4.2');
/** A text in each language of the platform. */
export const titlesSchema = z.strictObject({
  en: z.string().trim().min(2).max(300),
  ms: z.string().trim().min(2).max(300),
  id: z.string().trim().min(2).max(300),
  vi: z.string().trim().min(2).max(300),
});

export const createManualSchema = z
  .strictObject({
    edition: z.string().trim().min(1).max(40).describe('Which edition, e.g. "2024"; one of each per country'),
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
