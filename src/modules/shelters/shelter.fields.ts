/**
 * The shelter module's encrypted columns, by the context `encryptField` authenticates with
 * (`<table>.<column>`, as listed in crypto/encrypted-columns.ts).
 */
export const shelterFields = {
  address: 'shelter.address',
} as const;
