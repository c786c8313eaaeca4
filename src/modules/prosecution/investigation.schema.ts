import { z } from 'zod';
import { calendarDay } from '../../shared/period.ts';
import { singleLineText } from '../../shared/single-line-text.ts';

export const offenceCategorySchema = z.enum([
  'trafficking_in_persons',
  'smuggling_of_migrants',
  'forced_labour',
  'related',
]);
export const offenceCodeSchema = z
  .string()
  .regex(/^[a-z0-9_.-]{1,100}$/)
  .describe("An offence code of the investigating agency's jurisdiction pack (GET /api/prosecution/options)");

export const openInvestigationSchema = z
  .strictObject({
    reference: singleLineText(1, 100).describe("The agency's own file number, unique in the agency"),
    openedOn: calendarDay.describe("Not in the future (the agency's time zone)"),
    offenceCodes: z.array(offenceCodeSchema).min(1).max(20).describe('The offences investigated'),
  })
  .meta({ id: 'OpenInvestigation' });
export type OpenInvestigation = z.infer<typeof openInvestigationSchema>;

export const linkVictimSchema = z
  .union([
    z.strictObject({ caseId: z.uuid().describe("A victim case of the investigating agency's own") }),
    z.strictObject({
      referralId: z.uuid().describe('A referral for investigation this agency received and accepted'),
    }),
  ])
  .meta({ id: 'LinkVictim' });
export type LinkVictim = z.infer<typeof linkVictimSchema>;

export const addSuspectSchema = z
  .strictObject({ personId: z.uuid().describe('A person recorded by this agency (POST /api/persons)') })
  .meta({ id: 'AddSuspect' });

export const recordArrestSchema = z
  .strictObject({
    suspectId: z.uuid(),
    arrestedOn: calendarDay.describe('Not before the investigation was opened, not in the future'),
    place: singleLineText(1, 500).describe('Stored encrypted'),
  })
  .meta({ id: 'RecordArrest' });
export type RecordArrest = z.infer<typeof recordArrestSchema>;

export const offenceSchema = z.object({ code: z.string(), category: offenceCategorySchema });

export const victimLinkSchema = z
  .object({
    id: z.uuid(),
    source: z.enum(['case', 'referral']),
    caseId: z.uuid().nullable().describe("The agency's own case; null for a referred case"),
    referralId: z.uuid().nullable(),
    identityShown: z
      .boolean()
      .describe('False when the user may not see victims (no case:read and person:read): all below is null'),
    caseReference: z.string().nullable(),
    victims: z
      .array(
        z.object({
          names: z.array(z.string()),
          sex: z.string().nullable(),
          nationality: z.string().nullable(),
        }),
      )
      .nullable(),
    linkedByUserId: z.uuid(),
    linkedAt: z.iso.datetime(),
  })
  .meta({ id: 'InvestigationVictim' });
export type VictimLinkView = z.infer<typeof victimLinkSchema>;

export const suspectSchema = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    names: z.array(z.string()).nullable().describe('Null when the user may not read persons'),
    addedAt: z.iso.datetime(),
  })
  .meta({ id: 'Suspect' });

export const arrestSchema = z
  .object({
    id: z.uuid(),
    suspectId: z.uuid(),
    arrestedOn: z.string(),
    place: z.string(),
    recordedByUserId: z.uuid(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Arrest' });

export const investigationSummarySchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    openedOn: z.string(),
    offences: z.array(offenceSchema),
    createdByUserId: z.uuid(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'InvestigationSummary' });
export type InvestigationSummaryView = z.infer<typeof investigationSummarySchema>;
