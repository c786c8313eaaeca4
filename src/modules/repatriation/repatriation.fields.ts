/** The repatriation plan's encrypted columns, by the context `encryptField` authenticates with. */
export const repatriationFields = {
  travelDocuments: 'repatriation.travel_documents',
  escort: 'repatriation.escort',
  route: 'repatriation.route',
  cancelReason: 'repatriation.cancel_reason',
} as const;
