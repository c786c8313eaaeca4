/** The health screening's encrypted column, by the context `encryptField` authenticates with. */
export const healthScreeningFields = {
  findings: 'health_screening.findings',
} as const;
