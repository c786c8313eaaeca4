/** The encrypted columns of protection orders, by the context `encryptField` authenticates with. */
export const protectionOrderFields = {
  revocationReason: 'protection_order.revocation_reason',
} as const;
