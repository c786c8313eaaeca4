/**
 * The prosecution module's encrypted columns, by the context `encryptField` authenticates with
 * (`<table>.<column>`, as listed in crypto/encrypted-columns.ts).
 */
export const prosecutionFields = {
  arrestPlace: 'arrest.place',
  reportWhat: 'investigation_public_report.what',
  reportPlace: 'investigation_public_report.place',
  reportHappened: 'investigation_public_report.happened',
  reportWho: 'investigation_public_report.who',
} as const;
