import { z } from 'zod';
import { calendarDay } from '../../shared/period.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';

export const travelDocumentTypeSchema = z.enum([
  'passport',
  'emergency_travel_document',
  'certificate_of_identity',
  'laissez_passer',
  'exit_permit',
  'other',
]);
export const travelDocumentStatusSchema = z.enum(['to_apply', 'applied', 'issued']);
export const repatriationStatusSchema = z.enum(['planned', 'departed', 'handed_over', 'cancelled']);

const travelDocument = z.strictObject({
  type: travelDocumentTypeSchema,
  number: trimmedText(1, 60).optional(),
  issuedBy: trimmedText(1, 200).optional().describe('The issuing authority or embassy'),
  status: travelDocumentStatusSchema,
});

const escort = z.strictObject({
  name: trimmedText(1, 200),
  organisation: trimmedText(1, 200).optional(),
});

export const planRepatriationSchema = z
  .strictObject({
    personId: z.uuid().optional().describe("A person on the case; the case's victim when omitted"),
    receivingAgencyId: z.uuid().describe('The agency in the home country that takes the person over'),
    destinationProvince: trimmedText(1, 100).describe('The province or region the person returns to'),
    plannedOn: calendarDay.describe('The planned date of departure'),
    travelDocuments: z.array(travelDocument).min(1).max(10).describe('Stored encrypted'),
    escort: escort.optional().describe('Who travels with the person; stored encrypted'),
    route: trimmedText(1, 2000).describe('How the person travels; stored encrypted'),
  })
  .meta({ id: 'PlanRepatriation' });
export type PlanRepatriation = z.infer<typeof planRepatriationSchema>;

export const recordDepartureSchema = z
  .strictObject({ departedOn: calendarDay.describe("Not in the future in the sending agency's time zone") })
  .meta({ id: 'RecordDeparture' });
export const confirmReceiptSchema = z
  .strictObject({
    handedOverOn: calendarDay.describe(
      "Not before departure, not in the future in the receiving agency's time zone",
    ),
  })
  .meta({ id: 'ConfirmReceipt' });
export const cancelRepatriationSchema = z
  .strictObject({ reason: trimmedText(1, 1000) })
  .meta({ id: 'CancelRepatriation' });

/** The plan's encrypted part. */
export interface RepatriationArrangements {
  travelDocuments: z.infer<typeof travelDocument>[];
  escort: z.infer<typeof escort> | null;
  route: string;
}

export const repatriationSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid().nullable().describe('Shown to the sending agency only'),
    sendingAgencyId: z.uuid(),
    receivingAgencyId: z.uuid(),
    person: z
      .object({
        fullName: z.string().nullable(),
        sex: z.string(),
        birthYear: z.int().nullable(),
        nationality: z.string().nullable(),
      })
      .describe("The person's minimum: all the receiving agency learns of them"),
    destinationCountry: z.string(),
    destinationProvince: z.string(),
    plannedOn: z.string(),
    travelDocuments: z.array(travelDocument),
    escort: escort.nullable(),
    route: z.string(),
    status: repatriationStatusSchema,
    departedOn: z.string().nullable(),
    handedOverOn: z.string().nullable(),
    cancelReason: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Repatriation' });
export type RepatriationView = z.infer<typeof repatriationSchema>;
