/*
 * The codes of a person that the API takes and the web app offers (decision 0091): one list each,
 * read by the server's schemas and imported by the web app. Plain constants, no imports.
 */

export const sexes = ['female', 'male', 'other', 'unknown'] as const;
export const nameKinds = ['birth', 'alias', 'own_script', 'married', 'other'] as const;
export const documentTypes = [
  'passport',
  'national_id',
  'work_permit',
  'birth_certificate',
  'travel_document',
  'other',
] as const;
export type DocumentType = (typeof documentTypes)[number];
export const documentHolders = [
  'person',
  'employer',
  'recruiter',
  'authorities',
  'other',
  'unknown',
] as const;

/** The longest name the person search takes (`GET /api/persons/matches`, `name`): the web's input stops there. */
export const personSearchNameMaxLength = 300;
/** How many persons the person search answers unless asked (`limit`), and at most: the web's pages follow them. */
export const personSearchFirstResults = 10;
export const personSearchMaxResults = 50;
/** The longest identity document number recorded or searched for. */
export const documentNumberMaxLength = 64;
