/** The care vocabulary of src/modules/care/*.schema.ts, as the forms offer it. */
export const serviceTypes = [
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
  'documentation',
  'reintegration',
  'other',
] as const;
export const needDomains = [
  'safety',
  'shelter',
  'medical',
  'mental_health',
  'legal',
  'documentation',
  'financial',
  'employment',
  'education',
  'family',
  'repatriation',
  'interpretation',
] as const;
export const needLevels = ['none', 'low', 'medium', 'high', 'urgent'] as const;
export type NeedDomain = (typeof needDomains)[number];
export type NeedLevel = (typeof needLevels)[number];
