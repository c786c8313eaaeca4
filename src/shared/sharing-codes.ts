/*
 * The codes of consents and referrals that the API takes and the web app offers (decision 0091):
 * one list each, read by the server's schemas and imported by the web app. Plain constants, no
 * imports.
 */

/** What a person may agree their data be shared for; a referral asks for one of them. */
export const consentPurposes = [
  'shelter',
  'medical',
  'legal_aid',
  'repatriation',
  'investigation',
  'reintegration',
  'family_tracing',
] as const;
/** The parts of a person's record a consent can cover. */
export const dataCategories = [
  'identity',
  'contact',
  'documents',
  'case_facts',
  'health',
  'narrative',
] as const;
export const consentMethods = ['written', 'verbal', 'guardian'] as const;
export const referralServices = [
  'medical',
  'psychosocial',
  'legal_aid',
  'interpretation',
  'shelter',
  'financial',
  'vocational',
  'education',
  'repatriation',
  'family_tracing',
] as const;
export const urgencies = ['emergency', 'urgent', 'routine'] as const;
