/** The reintegration module's encrypted columns, by the context `encryptField` authenticates with. */
export const reintegrationFields = {
  goals: 'reintegration_plan.goals',
  closureNote: 'reintegration_plan.closure_note',
  followUpNotes: 'reintegration_follow_up.notes',
} as const;
