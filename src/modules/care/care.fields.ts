/**
 * The care module's encrypted columns, by the context `encryptField` authenticates with
 * (`<table>.<column>`, as listed in crypto/encrypted-columns.ts).
 */
export const careFields = {
  needsNotes: 'needs_assessment.notes',
  planGoals: 'care_plan.goals',
  serviceDescription: 'service_delivery.description',
} as const;
