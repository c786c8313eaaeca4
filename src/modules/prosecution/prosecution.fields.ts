/**
 * The prosecution module's encrypted columns, by the context `encryptField` authenticates with
 * (`<table>.<column>`, as listed in crypto/encrypted-columns.ts).
 */
export const prosecutionFields = {
  arrestPlace: 'arrest.place',
} as const;
