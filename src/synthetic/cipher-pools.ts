import { encryptField } from '../crypto/field-cipher.ts';
import type { Keyring } from '../crypto/keyring.ts';

/** How many ciphertexts each pool holds; rows pick one by their number. */
export const poolSize = 16;
export interface CipherPools {
  travelDocuments: string[];
  route: string[];
  goals: string[];
  arrestPlace: string[];
  basis: string[];
}

/** Ciphertexts of a few made-up texts, fresh for each run, picked by row. */
export function encryptPools(keyring: Keyring): CipherPools {
  const pool = (context: string, text: (n: number) => string) =>
    Array.from({ length: poolSize }, (_, n) => encryptField(keyring, context, text(n)));
  return {
    travelDocuments: pool('repatriation.travel_documents', (n) =>
      JSON.stringify([
        {
          type: n % 2 ? 'emergency_travel_document' : 'passport',
          issuedBy: 'Embassy (synthetic)',
          status: 'issued',
        },
      ]),
    ),
    route: pool('repatriation.route', (n) => `Synthetic route ${n}: by air via the capital`),
    goals: pool('reintegration_plan.goals', (n) =>
      JSON.stringify([`Synthetic goal ${n}: livelihood`, 'Family support']),
    ),
    arrestPlace: pool('arrest.place', (n) => `Synthetic place ${n}`),
    basis: pool(
      'identification_decision.basis',
      (n) => `Synthetic basis ${n}: indicators confirmed at interview`,
    ),
  };
}
