import type { Tx } from '../../db/db.ts';

/** A row of `lindung_referral_shared`: every field of a category the consent does not cover is null. */
export interface SharedRow {
  referral_id: string;
  stage: 'pending' | 'accepted';
  data_categories: string[];
  names: { kind: string; fullName: string; givenName: string | null; familyName: string | null }[] | null;
  sex: string | null;
  birth_precision: string | null;
  birth_date: string | null;
  birth_year: number | null;
  estimated_age: number | null;
  estimated_on: string | null;
  nationality: string | null;
  languages: string[] | null;
  /** Encrypted, as stored: the presenter decrypts. */
  contact: string | null;
  address: string | null;
  documents:
    | {
        type: string;
        number: string;
        issuingCountry: string | null;
        heldBy: string;
        expiresOn: string | null;
      }[]
    | null;
  exploitation_types: string[] | null;
  labour_sector: string | null;
  recruitment_place: string | null;
  recruitment_country: string | null;
  recruited_on: string | null;
  exploitation_place: string | null;
  exploitation_country: string | null;
  exploitation_started_on: string | null;
  exploitation_ended_on: string | null;
  summary: string | null;
}

/**
 * The shared view of a referral, as the database decides it (see migration 0012): undefined when
 * this agency may see nothing of it — not a party, the referral no longer open, or the consent
 * withdrawn, expired or not covering it. Nothing here filters: the function does.
 */
export async function findSharedView(tx: Tx, referralId: string): Promise<SharedRow | undefined> {
  const [row] = await tx.query<SharedRow>('select * from lindung_referral_shared($1)', [referralId]);
  return row;
}
