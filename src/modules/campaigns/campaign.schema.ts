import { z } from 'zod';
import { calendarDay } from '../../shared/period.ts';
import { singleLineText } from '../../shared/single-line-text.ts';

const language = z.enum(['en', 'ms', 'id', 'vi']);
export const campaignChannels = [
  'events',
  'social_media',
  'radio',
  'television',
  'print',
  'outdoor',
  'schools',
] as const;
export const materialKinds = ['poster', 'leaflet', 'video', 'radio', 'social_media', 'other'] as const;

export const campaignInputSchema = z
  .strictObject({
    title: singleLineText(3, 300),
    audiences: z
      .array(singleLineText(2, 100))
      .min(1)
      .max(10)
      .describe('Target audiences, e.g. migrant workers, employers, students'),
    languages: z.array(language).min(1).max(4),
    channels: z.array(z.enum(campaignChannels)).max(campaignChannels.length).default([]),
    startsOn: calendarDay,
    endsOn: calendarDay,
    activityId: z.uuid().optional().describe('The action-plan activity the campaign carries out'),
  })
  .meta({ id: 'NewCampaign' });
export type CampaignInput = z.infer<typeof campaignInputSchema>;

export const eventInputSchema = z
  .strictObject({
    city: singleLineText(2, 100),
    heldOn: calendarDay,
    audience: singleLineText(2, 100),
    partnerIds: z.array(z.uuid()).max(50).default([]).describe('Partner organisations of the network'),
    attendance: z.number().int().min(0).max(10_000_000).default(0),
    reach: z.number().int().min(0).max(1_000_000_000).default(0).describe('People reached, e.g. by media'),
  })
  .meta({ id: 'NewCampaignEvent' });
export type EventInput = z.infer<typeof eventInputSchema>;

export const materialInputSchema = z
  .strictObject({
    title: singleLineText(2, 300),
    kind: z.enum(materialKinds),
    language,
    url: z
      .url({ protocol: /^https$/ })
      .max(500)
      .optional(),
  })
  .meta({ id: 'NewCampaignMaterial' });
export type MaterialInput = z.infer<typeof materialInputSchema>;

export const campaignSchema = z
  .object({
    id: z.uuid(),
    agencyId: z.uuid(),
    title: z.string(),
    audiences: z.array(z.string()),
    languages: z.array(z.string()),
    channels: z.array(z.string()),
    startsOn: z.string(),
    endsOn: z.string(),
    activityId: z.uuid().nullable(),
    activityTitle: z.string().nullable(),
    events: z.array(
      z.object({
        id: z.uuid(),
        city: z.string(),
        heldOn: z.string(),
        audience: z.string(),
        partnerIds: z.array(z.uuid()),
        attendance: z.number(),
        reach: z.number(),
      }),
    ),
    materials: z.array(
      z.object({
        id: z.uuid(),
        title: z.string(),
        kind: z.string(),
        language: z.string(),
        url: z.string().nullable(),
      }),
    ),
    totals: z.object({ events: z.number(), cities: z.number(), attendance: z.number(), reach: z.number() }),
  })
  .meta({ id: 'Campaign' });
