/** The API's option lists the referral screens show (labels come from the translations). */
export const referralPurposes = [
  'shelter',
  'medical',
  'legal_aid',
  'repatriation',
  'investigation',
  'reintegration',
  'family_tracing',
] as const;
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
