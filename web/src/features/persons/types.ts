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
  createdAt: string;
  updatedAt: string;
}
