import { z } from 'zod';
import { regionCodeSchema } from '../../jurisdictions/regions/index.ts';
import { fieldRule } from '../../shared/field-rules.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';

/** Control characters other than tab and line breaks: never part of a message a person types. */
function isControlCharacter(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127;
}

/** Free text from the public: kept exactly as typed (HTML included) and only ever shown as text. */
const plain = (max: number) =>
  trimmedText(1, max).refine(
    (text) => ![...text].some(isControlCharacter),
    fieldRule('control_character', 'contains control characters'),
  );

export const portalLanguageSchema = z.enum(['en', 'ms', 'id', 'vi']);
export const reportStatusSchema = z.enum([
  'received',
  'awaiting_reporter',
  'in_review',
  'closed',
  'converted',
]);
/** What a report was taken up as, once converted: the reporter learns which, never its reference. */
export const takenUpAsSchema = z
  .enum(['case', 'investigation'])
  .nullable()
  .describe('What the report was taken up as (null until it is): a case or an investigation');
export const closeReasonSchema = z.enum(['no_grounds', 'duplicate', 'referred_elsewhere', 'resolved']);

export const proofOfWorkSchema = z
  .strictObject({
    challenge: z.string().min(1).max(300),
    nonce: z.string().min(1).max(40),
  })
  .meta({ id: 'ProofOfWork' });

/**
 * Pictures up to 2 MiB each, as base64; metadata is stripped before they are kept. A bigger one
 * gets a 413 `picture_too_large` once decoded (report-pictures.ts): the schema bounds only
 * the text, by the report's body limit, so that the size is said as a size and not as a string's length.
 */
export const maxPictureBytes = 2 * 1024 * 1024;
/** A report's body: three pictures at their limit, base64, and the text around them. */
export const reportBodyLimit = 9 * 1024 * 1024;
export const reportPictureSchema = z.strictObject({
  contentBase64: z
    .string()
    .max(reportBodyLimit)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'is not base64'),
});

export const newPublicReportSchema = z
  .strictObject({
    what: plain(5000).describe('What happened or what was seen'),
    where: plain(1000).describe('The place: town, street, workplace, website'),
    when: plain(300).optional().describe('When, in the reporter’s words'),
    who: plain(2000).optional().describe('Who is involved'),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'is not an ISO 3166-1 alpha-2 code')
      .describe('Country of the place'),
    regionCode: regionCodeSchema
      .optional()
      .describe('The state or province of the place (GET /api/public/regions); it routes the report'),
    region: plain(200).optional().describe('District or town, in the reporter’s words'),
    language: portalLanguageSchema,
    contact: plain(500).optional().describe('How to reach the reporter; stored encrypted'),
    pictures: z.array(reportPictureSchema).max(3).default([]),
    proofOfWork: proofOfWorkSchema,
  })
  .meta({ id: 'NewPublicReport' });
export type NewPublicReport = z.infer<typeof newPublicReportSchema>;

export const reportReceiptSchema = z
  .object({ trackingCode: z.string(), secret: z.string(), status: reportStatusSchema })
  .meta({ id: 'PublicReportReceipt' });

export const trackingCredentialsSchema = z
  .strictObject({
    trackingCode: z.string().trim().min(1).max(40),
    secret: z.string().trim().min(1).max(60),
  })
  .meta({ id: 'ReportCredentials' });

export const reporterAnswerSchema = z
  .strictObject({
    trackingCode: z.string().trim().min(1).max(40),
    secret: z.string().trim().min(1).max(60),
    answer: plain(5000),
  })
  .meta({ id: 'ReporterAnswer' });

const messageSchema = z.object({
  direction: z.enum(['question', 'answer']),
  body: z.string(),
  at: z.string(),
});

/** What the reporter sees: the status and the conversation, nothing of the agency's work. */
export const reportStatusViewSchema = z
  .object({
    trackingCode: z.string(),
    status: reportStatusSchema,
    takenUpAs: takenUpAsSchema,
    receivedAt: z.string(),
    messages: z.array(messageSchema),
  })
  .meta({ id: 'PublicReportStatus' });

export const routingSchema = z
  .object({
    fromAgencyId: z.uuid(),
    fromAgency: z.string(),
    toAgencyId: z.uuid(),
    toAgency: z.string(),
    reason: z.string(),
    at: z.string(),
  })
  .meta({ id: 'PublicReportRouting' });

export const rerouteReportSchema = z
  .strictObject({
    agencyId: z.uuid().describe('Another active agency of the report’s country'),
    reason: plain(1000).describe('Why the report belongs there; both agencies see it'),
  })
  .meta({ id: 'RerouteReport' });

export const publicRegionsSchema = z
  .object({ items: z.array(z.object({ code: z.string(), name: z.string() })) })
  .meta({ id: 'PublicRegions' });

export const triageListItemSchema = z.object({
  id: z.uuid(),
  trackingCode: z.string(),
  status: reportStatusSchema,
  takenUpAs: takenUpAsSchema,
  country: z.string(),
  region: z.string().nullable(),
  regionCode: z.string().nullable(),
  regionName: z
    .string()
    .nullable()
    .describe('The state or province by its own name (ISO 3166-2 lists it); null when none was chosen'),
  language: portalLanguageSchema,
  receivedAt: z.string(),
  pictures: z.number(),
  hasContact: z.boolean(),
});

export const triageReportSchema = triageListItemSchema
  .extend({
    what: z.string(),
    where: z.string(),
    when: z.string().nullable(),
    who: z.string().nullable(),
    contact: z.string().nullable(),
    closedReason: closeReasonSchema.nullable(),
    caseId: z.uuid().nullable(),
    investigationId: z.uuid().nullable().describe('The investigation the report was turned into'),
    messages: z.array(messageSchema),
    pictureIds: z.array(z.uuid()),
    routings: z
      .array(routingSchema)
      .describe('Moves of the report between agencies’ triage queues, oldest first'),
  })
  .meta({ id: 'TriageReport' });

export const askQuestionSchema = z.strictObject({ question: plain(2000) }).meta({ id: 'TriageQuestion' });
export const closeReportSchema = z.strictObject({ reason: closeReasonSchema }).meta({ id: 'CloseReport' });
export const convertReportSchema = z
  .strictObject({
    type: z
      .enum(['victim_case'])
      .describe('A victim case; an investigation is opened with POST /api/public-reports/{id}/investigation'),
    personId: z.uuid().describe('The person the new case is about, recorded first'),
  })
  .meta({ id: 'ConvertReport' });
