/**
 * The encryption contexts of the persons module's sensitive fields (`<table>.<column>`), as listed
 * in crypto/encrypted-columns.ts for key rotation.
 */
export const personFields = {
  contact: 'person.contact',
  address: 'person.address',
  documentNumber: 'identity_document.number',
} as const;
