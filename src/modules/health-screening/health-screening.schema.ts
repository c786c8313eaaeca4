import { z } from 'zod';
import { calendarDay } from '../../shared/period.ts';
import { singleLineText } from '../../shared/single-line-text.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';

const code = z.string().regex(/^[a-z0-9_]{1,60}$/);

export const consentBasisSchema = z
  .enum(['written', 'verbal', 'guardian'])
  .describe("How the person (or a child's guardian) agreed to the screening");

const testInput = z.strictObject({
  code: code.describe("A test of the checklist's version"),
  takenOn: calendarDay.optional(),
  result: code.describe("One of the checklist's results (pending until known)"),
  resultOn: calendarDay.optional().describe('Not before takenOn'),
});

export const recordHealthScreeningSchema = z
  .strictObject({
    personId: z.uuid().optional().describe("A person on the case; the case's victim when omitted"),
    screenedOn: calendarDay
      .optional()
      .describe("Not in the future; today in the agency's time zone when omitted"),
    consent: z
      .strictObject({
        given: z.literal(true).describe('The screening is recorded only with consent'),
        basis: consentBasisSchema,
        reference: singleLineText(1, 200).describe(
          'Where the consent is written down: the form or register number (no names)',
        ),
      })
      .describe('The consent the screening rests on'),
    symptoms: z.array(code).max(50).default([]).describe("The checklist's symptoms observed (none: empty)"),
    tests: z.array(testInput).max(30).default([]),
    separation: z
      .strictObject({
        kind: code.describe("One of the checklist's separations: isolation or quarantine"),
        startsOn: calendarDay,
        endsOn: calendarDay.describe('Not before startsOn'),
      })
      .optional(),
    referral: z
      .strictObject({
        facility: singleLineText(1, 300).describe('The health facility; stored encrypted'),
        referredOn: calendarDay.describe('Not before the screening'),
        reason: trimmedText(1, 1000).optional().describe('Stored encrypted'),
      })
      .optional(),
    notes: trimmedText(1, 4000).optional().describe('Stored encrypted'),
  })
  .meta({ id: 'RecordHealthScreening' });
export type RecordHealthScreening = z.infer<typeof recordHealthScreeningSchema>;

/** The clinical part of a screening: what is stored encrypted. */
export interface HealthFindings {
  symptoms: string[];
  tests: { code: string; takenOn: string | null; result: string; resultOn: string | null }[];
  separation: { kind: string; startsOn: string; endsOn: string } | null;
  referral: { facility: string; referredOn: string; reason: string | null } | null;
  notes: string | null;
}

export const healthScreeningSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    personId: z.uuid(),
    checklistVersion: z.string().describe('The checklist version it was recorded against'),
    screenedOn: z.string(),
    screenedByUserId: z.uuid(),
    consent: z.object({ basis: consentBasisSchema, reference: z.string() }),
    symptoms: z.array(z.string()),
    tests: z.array(
      z.object({
        code: z.string(),
        takenOn: z.string().nullable(),
        result: z.string(),
        resultOn: z.string().nullable(),
      }),
    ),
    separation: z.object({ kind: z.string(), startsOn: z.string(), endsOn: z.string() }).nullable(),
    referral: z
      .object({ facility: z.string(), referredOn: z.string(), reason: z.string().nullable() })
      .nullable(),
    notes: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'HealthScreening' });

const labels = z.object({ en: z.string(), ms: z.string(), id: z.string(), vi: z.string() });
const entries = z.array(z.object({ code: z.string(), label: labels }));

export const healthChecklistSchema = z
  .object({
    version: z.string(),
    current: z.boolean().describe('New screenings use this version'),
    source: z.string(),
    symptoms: entries,
    tests: entries,
    results: entries,
    separations: entries,
  })
  .meta({ id: 'HealthChecklist' });
