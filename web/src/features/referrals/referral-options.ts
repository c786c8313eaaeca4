/** The API's option lists the referral screens show (labels come from the translations), from the server's source. */
export {
  consentMethods,
  consentPurposes as referralPurposes,
  dataCategories,
  referralServices,
  urgencies,
} from '../../../../src/shared/sharing-codes.ts';
