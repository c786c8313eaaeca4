/* A person as `GET /api/persons/{id}` answers (src/modules/persons/person.schema.ts). */

export type Birth =
  | { precision: 'exact'; date: string }
  | { precision: 'year'; year: number }
  | { precision: 'estimated'; age: number; on: string }
  | { precision: 'unknown' };

export interface PersonRecord {
  id: string;
  agencyId: string;
  names: {
    id: string;
    kind: 'birth' | 'alias' | 'own_script' | 'married' | 'other';
    fullName: string;
    givenName: string | null;
    familyName: string | null;
    /** The usual Latin spelling of a name in another script; null for a name in Latin. */
    latin: string | null;
    /** The Unicode form of a Burmese name recorded in Zawgyi; null otherwise. */
    unicode: string | null;
  }[];
  sex: 'female' | 'male' | 'other' | 'unknown';
  birth: Birth;
  nationality: string | null;
  languages: string[];
  documents: {
    id: string;
    type: string;
    number: string;
    issuingCountry: string | null;
    heldBy: string;
    expiresOn: string | null;
  }[];
  contact: { phones: string[]; emails: string[] } | null;
  address: string | null;
  /** The person this record was merged into, while the merge is in force. */
  mergedInto: string | null;
  createdAt: string;
  updatedAt: string;
  /** Sent back in If-Match to edit the person (PUT /api/persons/{id}). */
  version: number;
}

export const personQueryKey = (id: string) => ['persons', id] as const;

/** The API's option lists of the person form (labels come from the translations), from the server's source. */
export { documentHolders, documentTypes, nameKinds, sexes } from '../../../../src/shared/person-codes.ts';
