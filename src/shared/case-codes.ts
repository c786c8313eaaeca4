/*
 * The codes of a case that the API takes and the web app offers (decision 0091):
 * one list each, read by the server's schemas (`z.enum(...)`) and imported by the web app, so that
 * a code added here is offered on the screens at once. Plain constants, no imports: the web app's
 * bundle takes this file as it is.
 */

export const caseTypes = ['victim_case', 'investigation'] as const;
export const caseStatuses = ['open', 'active', 'closed'] as const;
export const exploitationTypes = [
  'forced_labour',
  'sexual_exploitation',
  'forced_criminality',
  'online_scam_compound',
  'domestic_servitude',
  'forced_marriage',
  'organ_removal',
  'child_soldiering',
  'other',
] as const;
export const labourSectors = [
  'agriculture',
  'construction',
  'domestic_work',
  'fishing',
  'manufacturing',
  'hospitality',
  'entertainment',
  'mining',
  'plantation',
  'services',
  'other',
] as const;
export const meansOfControl = [
  'debt_bondage',
  'document_confiscation',
  'confinement',
  'violence',
  'threats',
  'threats_to_family',
  'withheld_wages',
  'drugs',
  'isolation',
  'deception',
  'other',
] as const;
export const recruiterRelationships = [
  'family',
  'partner',
  'friend',
  'acquaintance',
  'employer',
  'agent',
  'stranger',
  'other',
  'unknown',
] as const;
export const riskLevels = ['low', 'medium', 'high', 'critical'] as const;
