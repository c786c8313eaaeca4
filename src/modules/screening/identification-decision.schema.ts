import { z } from 'zod';
import { calendarDay } from '../../shared/period.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';

export const identificationDecisionValueSchema = z.enum([
  'confirmed_victim',
  'not_a_victim',
  'unable_to_determine',
]);

export const recordIdentificationDecisionSchema = z
  .strictObject({
    decision: identificationDecisionValueSchema,
    basis: trimmedText(1, 20_000).describe('On what basis the decision was made (kept encrypted)'),
    decidedOn: calendarDay.describe("Not in the future (in the agency's time zone)"),
    screeningId: z.uuid().optional().describe('The completed screening the decision rests on, if any'),
  })
  .meta({ id: 'RecordIdentificationDecision' });
export type RecordIdentificationDecision = z.infer<typeof recordIdentificationDecisionSchema>;

export const identificationDecisionSchema = z
  .object({
    id: z.uuid(),
    agencyId: z.uuid(),
    personId: z.uuid(),
    screeningId: z.uuid().nullable(),
    decision: identificationDecisionValueSchema,
    basis: z.string(),
    decidedBy: z.object({ id: z.uuid(), displayName: z.string().nullable() }),
    decidedOn: z.string(),
    supersedesId: z.uuid().nullable().describe('The decision this one replaced'),
    supersededById: z.uuid().nullable().describe('The decision that replaced this one; null for the current'),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'IdentificationDecision' });
export type IdentificationDecisionView = z.infer<typeof identificationDecisionSchema>;
