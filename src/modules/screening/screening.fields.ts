/**
 * The encryption contexts of the screening module's sensitive fields (`<table>.<column>`), as
 * listed in crypto/encrypted-columns.ts for key rotation.
 */
export const screeningFields = {
  observations: 'screening.observations',
  basis: 'identification_decision.basis',
} as const;
