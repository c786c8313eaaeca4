import type { Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';

export interface ConsentRow {
  id: string;
  agency_id: string;
  person_id: string;
  recipient_agency_ids: string[];
  recipient_agency_types: string[];
  recipient_country: string | null;
  purposes: string[];
  data_categories: string[];
  method: string;
  guardian_name: string | null;
  own_consent_reason: string | null;
  given_on: string;
  expires_on: string | null;
  state: 'in_force' | 'withdrawn' | 'expired';
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
  withdrawal_reason: string | null;
  recorded_by: string;
  recorded_by_name: string | null;
  created_at: Date;
}

export interface NewConsent {
  agencyId: string;
  personId: string;
  recipientAgencyIds: readonly string[];
  recipientAgencyTypes: readonly string[];
  recipientCountry: string | null;
  purposes: readonly string[];
  dataCategories: readonly string[];
  method: string;
  guardianName: string | null;
  ownConsentReason: string | null;
  givenOn: string;
  expiresOn: string | null;
  recordedBy: string;
}

export async function insertConsent(tx: Tx, consent: NewConsent): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into consent (agency_id, person_id, recipient_agency_ids, recipient_agency_types, recipient_country,
                          purposes, data_categories, method, guardian_name, given_on, expires_on, recorded_by,
                          own_consent_reason)
     values ($1, $2, $3::uuid[], $4::text[], $5, $6::text[], $7::text[], $8, $9, $10, $11, $12, $13)
     returning id`,
    [
      consent.agencyId,
      consent.personId,
      consent.recipientAgencyIds,
      consent.recipientAgencyTypes,
      consent.recipientCountry,
      consent.purposes,
      consent.dataCategories,
      consent.method,
      consent.guardianName,
      consent.givenOn,
      consent.expiresOn,
      consent.recordedBy,
      consent.ownConsentReason,
    ],
  );
  return (row as { id: string }).id;
}

// The state comes from the same function every policy and the shared view use: one rule for "in force".
const consentSelect = `
  select c.id, c.agency_id, c.person_id, c.recipient_agency_ids, c.recipient_agency_types,
         btrim(c.recipient_country) as recipient_country, c.purposes, c.data_categories, c.method, c.guardian_name, c.own_consent_reason,
         c.given_on, c.expires_on, lindung_consent_state(c) as state, c.withdrawn_at, c.withdrawn_by,
         c.withdrawal_reason, c.recorded_by, u.display_name as recorded_by_name, c.created_at
    from consent c
    left join app_user u on u.id = c.recorded_by`;

export async function findConsent(tx: Tx, id: string): Promise<ConsentRow | undefined> {
  const [row] = await tx.query<ConsentRow>(`${consentSelect} where c.id = $1`, [id]);
  return row;
}

/** The consent, or a 404 — also when another agency recorded it. */
export async function requireConsent(tx: Tx, id: string): Promise<ConsentRow> {
  const consent = await findConsent(tx, id);
  if (!consent) throw new NotFoundError('consent');
  return consent;
}

/** A person's consents that this agency recorded, newest first. */
export function listConsentsOfPerson(tx: Tx, personId: string): Promise<ConsentRow[]> {
  return tx.query<ConsentRow>(
    `${consentSelect} where c.person_id = $1 order by c.created_at desc, c.id desc`,
    [personId],
  );
}

/** Withdraws a consent in force; false when it was withdrawn meanwhile (or is not this agency's). */
export async function markWithdrawn(
  tx: Tx,
  id: string,
  change: { userId: string; reason: string | null },
): Promise<boolean> {
  const rows = await tx.query(
    `update consent set withdrawn_at = now(), withdrawn_by = $2, withdrawal_reason = $3
      where id = $1 and withdrawn_at is null
      returning id`,
    [id, change.userId, change.reason],
  );
  return rows.length === 1;
}
