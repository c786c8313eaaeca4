import { z } from 'zod';
import { distinctList } from '../../shared/distinct-list.ts';
import { fieldRule } from '../../shared/field-rules.ts';
import { calendarDay } from '../../shared/period.ts';
import { consentMethods, consentPurposes, dataCategories } from '../../shared/sharing-codes.ts';
import { singleLineText } from '../../shared/single-line-text.ts';
import { trimmedText } from '../../shared/trimmed-text.ts';
import { agencyTypeSchema, countryCodeSchema } from '../agencies/index.ts';

/** What a person may agree their data be shared for. */
export const consentPurposeSchema = z.enum(consentPurposes);
export type ConsentPurpose = z.infer<typeof consentPurposeSchema>;

/**
 * The parts of a person's record a consent can cover: identity (names, birth, nationality, sex,
 * languages), contact (phones, e-mail, address), documents (identity documents), case facts
 * (exploitation types, places, dates), health, and narrative (the case summary).
 */
export const dataCategorySchema = z.enum(dataCategories);
export type DataCategory = z.infer<typeof dataCategorySchema>;

export const consentMethodSchema = z.enum(consentMethods);
export const consentStateSchema = z
  .enum(['in_force', 'withdrawn', 'expired'])
  .describe('Whether the consent allows sharing today');

export const recordConsentSchema = z
  .strictObject({
    recipientAgencyIds: distinctList(z.uuid(), 50).default([]).describe('Agencies named by id'),
    recipientAgencyTypes: distinctList(agencyTypeSchema, 10)
      .default([])
      .describe('Any agency of these types'),
    recipientCountry: countryCodeSchema
      .optional()
      .describe('Limits the agency types to agencies of this country'),
    purposes: distinctList(consentPurposeSchema, 7).min(1),
    dataCategories: distinctList(dataCategorySchema, 6)
      .min(1)
      .describe(
        'identity: names, birth, nationality, sex, languages; contact: phones, e-mail, address; documents: identity documents; case_facts: exploitation types, places, dates; health; narrative: the case summary. Before a referral is accepted only sex, nationality, languages and the kind of exploitation are shown',
      ),
    method: consentMethodSchema,
    guardianName: singleLineText(1, 200).optional().describe('Required when a guardian consented'),
    ownConsentReason: trimmedText(1, 1000)
      .optional()
      .describe("Why a person under the jurisdiction's age of consent consented without a guardian"),
    givenOn: calendarDay.describe(
      "Not in the future (in the agency's time zone), nor before the person was born",
    ),
    expiresOn: calendarDay.optional().describe('The last day the consent is in force; not before givenOn'),
  })
  .refine(
    (consent) => consent.recipientAgencyIds.length > 0 || consent.recipientAgencyTypes.length > 0,
    fieldRule('recipient_required', 'name at least one agency or agency type', ['recipientAgencyIds']),
  )
  .refine(
    (consent) => consent.recipientCountry === undefined || consent.recipientAgencyTypes.length > 0,
    fieldRule('country_with_type', 'limits agency types, so needs recipientAgencyTypes', [
      'recipientCountry',
    ]),
  )
  .refine(
    (consent) => consent.method !== 'guardian' || consent.guardianName !== undefined,
    fieldRule('guardian_name_required', 'is required when a guardian consented', ['guardianName']),
  )
  .refine(
    (consent) => consent.method === 'guardian' || consent.guardianName === undefined,
    fieldRule('guardian_name_only_for_guardian', 'is only for consent given by a guardian', ['guardianName']),
  )
  .refine(
    (consent) => consent.expiresOn === undefined || consent.expiresOn >= consent.givenOn,
    fieldRule('expires_before_given', 'is before givenOn', ['expiresOn']),
  )
  .meta({ id: 'RecordConsent' });
export type RecordConsent = z.infer<typeof recordConsentSchema>;

export const withdrawConsentSchema = z
  .strictObject({
    reason: trimmedText(1, 1000)
      .optional()
      .describe('Why, if the person said; withdrawal never depends on a reason'),
  })
  .meta({ id: 'WithdrawConsent' });

export const consentSchema = z
  .object({
    id: z.uuid(),
    agencyId: z.uuid(),
    personId: z.uuid(),
    recipientAgencyIds: z.array(z.uuid()),
    recipientAgencyTypes: z.array(agencyTypeSchema),
    recipientCountry: z.string().nullable(),
    purposes: z.array(consentPurposeSchema),
    dataCategories: z.array(dataCategorySchema),
    method: consentMethodSchema,
    guardianName: z.string().nullable(),
    ownConsentReason: z.string().nullable(),
    givenOn: z.string(),
    expiresOn: z.string().nullable(),
    state: consentStateSchema,
    withdrawnAt: z.iso.datetime().nullable(),
    withdrawnBy: z.uuid().nullable(),
    withdrawalReason: z.string().nullable(),
    recordedBy: z.object({ id: z.uuid(), displayName: z.string().nullable() }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Consent' });
export type ConsentView = z.infer<typeof consentSchema>;
