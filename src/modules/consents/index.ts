/**
 * Consent: what a person agreed to share, with whom, for what, and until when. Referrals rely on
 * it; the database checks it on every read of shared data.
 */
export { type ConsentRow, findConsent } from './consent.repo.ts';
export { registerConsentRoutes } from './consent.routes.ts';
export {
  type ConsentPurpose,
  consentPurposeSchema,
  consentStateSchema,
  type DataCategory,
  dataCategorySchema,
} from './consent.schema.ts';
