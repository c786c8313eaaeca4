import { z } from 'zod';
import { distinctList } from '../../shared/distinct-list.ts';
import { fieldRule } from '../../shared/field-rules.ts';
import { pageQuerySchema } from '../../shared/pagination.ts';
import { referralServices, urgencies } from '../../shared/sharing-codes.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';
import { agencyTypeSchema, countryCodeSchema } from '../agencies/index.ts';
import { consentPurposeSchema, consentStateSchema, dataCategorySchema } from '../consents/index.ts';
import { birthSchema } from '../persons/index.ts';

export const referralServiceSchema = z.enum(referralServices);
export const urgencySchema = z.enum(urgencies);
export type Urgency = z.infer<typeof urgencySchema>;
export const referralStatusSchema = z.enum(['pending', 'accepted', 'declined', 'completed', 'cancelled']);
export type ReferralStatus = z.infer<typeof referralStatusSchema>;

/** Where a referral goes (a named agency, or the one active agency of a type in a country), and why. */
const requestShape = {
  toAgencyId: z.uuid().optional().describe('The receiving agency'),
  toAgencyType: agencyTypeSchema.optional().describe('Or: the one active agency of this type in toCountry'),
  toCountry: countryCodeSchema.optional(),
  purpose: consentPurposeSchema.describe('What the referral is for; the consent must cover it'),
  services: distinctList(referralServiceSchema, 10).min(1),
  urgency: urgencySchema.describe('Sets the response deadline: emergency 24 h, urgent 72 h, routine 10 days'),
};
interface Recipient {
  toAgencyId?: string | undefined;
  toAgencyType?: string | undefined;
  toCountry?: string | undefined;
}
const oneRecipient = (request: Recipient) =>
  (request.toAgencyId !== undefined) !== (request.toAgencyType !== undefined);
const countryWithType = (request: Recipient) =>
  (request.toAgencyType === undefined) === (request.toCountry === undefined);
const recipientProblem = fieldRule('agency_or_type', 'give either toAgencyId or toAgencyType', [
  'toAgencyId',
]);
const countryProblem = fieldRule('country_with_type', 'goes with toAgencyType, and only with it', [
  'toCountry',
]);

export const createReferralSchema = z
  .strictObject({
    caseId: z.uuid(),
    consentId: z
      .uuid()
      .describe("The person's consent the referral relies on; its person is the one referred"),
    ...requestShape,
  })
  .refine(oneRecipient, recipientProblem)
  .refine(countryWithType, countryProblem)
  .meta({ id: 'CreateReferral' });
export type CreateReferral = z.infer<typeof createReferralSchema>;

export const reReferralSchema = z
  .strictObject(requestShape)
  .refine(oneRecipient, recipientProblem)
  .refine(countryWithType, countryProblem)
  .meta({ id: 'ReReferral' });
export type ReReferral = z.infer<typeof reReferralSchema>;

/** What the receiving agency writes when it answers: kept on the referral and shown on the case timeline. */
const answerText = trimmedText(1, 1000);

/**
 * Accepting and completing take a note, which may be left out (decision 0082): on accepting, what
 * the receiving agency tells the referring one (read back as `acceptanceNote`); on completing,
 * what it did (`completionNote`).
 */
export const referralNoteSchema = z
  .strictObject({
    note: answerText
      .optional()
      .describe(
        'On accepting, a note to the referring agency (read back as acceptanceNote); on completing, what was done (completionNote)',
      ),
  })
  .meta({ id: 'ReferralNote' });

/**
 * Declining and cancelling need a reason (decision 0082), read back as `declineReason` and
 * `cancelReason`.
 */
export const referralReasonSchema = z
  .strictObject({
    reason: answerText.describe(
      'Why the receiving agency declines (read back as declineReason), or why the sending agency cancels (cancelReason)',
    ),
  })
  .meta({ id: 'ReferralReason' });

export const referralListQuerySchema = z.strictObject({
  ...pageQuerySchema.shape,
  direction: z.enum(['incoming', 'outgoing']).optional().describe('Both when left out'),
  status: referralStatusSchema.optional(),
  overdue: z.stringbool().optional().describe('Pending past their response deadline'),
  caseId: z.uuid().optional(),
});
export type ReferralListQuery = z.infer<typeof referralListQuerySchema>;

const agencyRef = z.object({ id: z.uuid(), name: z.string(), shortName: z.string().nullable() });

export const referralSummarySchema = z
  .object({
    id: z.uuid(),
    direction: z.enum(['incoming', 'outgoing']),
    fromAgency: agencyRef,
    toAgency: agencyRef,
    caseId: z
      .uuid()
      .describe(
        "The sending agency's case, on both sides as on the referral itself: the receiving agency cannot read the case by it, only the shared view",
      ),
    caseReference: z.string().describe("The sending case's reference, for correspondence"),
    purpose: consentPurposeSchema,
    services: z.array(referralServiceSchema),
    urgency: urgencySchema,
    status: referralStatusSchema,
    responseDeadline: z.iso.datetime(),
    overdue: z.boolean().describe('Still pending after its response deadline'),
    caseClosed: z
      .boolean()
      .describe(
        "The sending agency's case is closed: the referral can be declined, cancelled or completed, not accepted or passed on",
      ),
    consentState: consentStateSchema
      .nullable()
      .describe(
        'Anything but in_force: the referral can no longer be accepted or passed on, only declined, completed or cancelled',
      ),
    declineReason: z.string().nullable().describe('Why the receiving agency declined, as it said'),
    completionNote: z
      .string()
      .nullable()
      .describe('What the receiving agency did, as it said when completing (its `note`)'),
    cancelReason: z.string().nullable().describe('Why the sending agency cancelled, as it said'),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'ReferralSummary' });

const text = z.string().nullable();
const sharedNameSchema = z.object({
  kind: z.string(),
  fullName: z.string(),
  givenName: text,
  familyName: text,
});
const sharedDocumentSchema = z.object({
  type: z.string(),
  number: z.string(),
  issuingCountry: text,
  heldBy: z.string(),
  expiresOn: text,
});

/** The part of the person's record and case the consent covers; a field is null when it is not covered (yet). */
export const referralSharedSchema = z
  .object({
    stage: z
      .enum(['pending', 'accepted'])
      .describe('While pending, only sex, nationality, languages and the kind of exploitation'),
    dataCategories: z.array(dataCategorySchema),
    person: z.object({
      names: z.array(sharedNameSchema).nullable(),
      sex: text,
      birth: birthSchema.nullable(),
      nationality: text,
      languages: z.array(z.string()).nullable(),
      contact: z.object({ phones: z.array(z.string()), emails: z.array(z.string()) }).nullable(),
      address: text,
      documents: z.array(sharedDocumentSchema).nullable(),
    }),
    case: z.object({
      exploitationTypes: z.array(z.string()).nullable(),
      labourSector: text,
      recruitmentPlace: text,
      recruitmentCountry: text,
      recruitedOn: text,
      exploitationPlace: text,
      exploitationCountry: text,
      exploitationStartedOn: text,
      exploitationEndedOn: text,
      summary: text,
    }),
  })
  .meta({ id: 'ReferralShared' });
export type ReferralSharedView = z.infer<typeof referralSharedSchema>;

export const referralSchema = z
  .object({
    ...referralSummarySchema.shape,
    personId: z.uuid(),
    consentId: z.uuid(),
    parentReferralId: z.uuid().nullable().describe('The referral this one passes on (a re-referral)'),
    respondedAt: z.iso.datetime().nullable(),
    acceptanceNote: text.describe('What the receiving agency said when accepting (its `note`)'),
    completedAt: z.iso.datetime().nullable(),
    cancelledAt: z.iso.datetime().nullable(),
    consentWithdrawn: z.boolean(),
    shared: referralSharedSchema
      .nullable()
      .describe(
        'Null when the consent is not in force or the referral is declined, completed or cancelled; ' +
          'also in the answers to changes: GET the referral to read it (audited)',
      ),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Referral' });
export type ReferralView = z.infer<typeof referralSchema>;
