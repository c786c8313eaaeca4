import { z } from 'zod';
import { calendarDay } from '../../shared/period.ts';
import { singleLineText } from '../../shared/single-line-text.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';

export const versionInputSchema = z
  .strictObject({
    effectiveOn: calendarDay,
    summary: trimmedText(2, 2000).describe('What the version is, or what changed'),
    body: trimmedText(2, 200000),
    requiredAgencyIds: z.array(z.uuid()).max(100).default([]).describe('Agencies that must acknowledge it'),
  })
  .meta({ id: 'NewGuidelineVersion' });
export type VersionInput = z.infer<typeof versionInputSchema>;

export const createGuidelineSchema = z
  .strictObject({ title: singleLineText(3, 300), version: versionInputSchema })
  .meta({ id: 'CreateGuideline' });
export type CreateGuideline = z.infer<typeof createGuidelineSchema>;

export const versionSchema = z
  .object({
    id: z.uuid(),
    version: z.number(),
    effectiveOn: z.string(),
    state: z.enum(['upcoming', 'current', 'superseded']),
    summary: z.string(),
    body: z.string(),
    agencies: z.array(
      z.object({
        agencyId: z.uuid(),
        agencyName: z.string(),
        acknowledgedAt: z.string().nullable(),
        acknowledgedBy: z.uuid().nullable(),
      }),
    ),
  })
  .meta({ id: 'GuidelineVersion' });

export const guidelineSchema = z
  .object({
    id: z.uuid(),
    agencyId: z.uuid(),
    country: z.string(),
    title: z.string(),
    versions: z.array(versionSchema).describe('Latest first'),
  })
  .meta({ id: 'Guideline' });
