import { decryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import { findShippedInstrument } from './instrument.registry.ts';
import { screeningFields } from './screening.fields.ts';
import type { ScreeningRow } from './screening.repo.ts';
import type { ScreeningSummaryView, ScreeningView } from './screening.schema.ts';

/** A screening in a person's list: no answers, observations or assessment. */
export function presentScreeningSummary(row: ScreeningRow): ScreeningSummaryView {
  return {
    id: row.id,
    personId: row.person_id,
    instrument: { id: row.instrument_id, version: row.instrument_version },
    profile: row.profile,
    status: row.status,
    officer: { id: row.officer_user_id, displayName: row.officer_name },
    screenedOn: row.screened_on,
    outcome: row.outcome,
    createdAt: row.created_at.toISOString(),
    completedAt: row.completed_at?.toISOString() ?? null,
  };
}

/** The whole screening with its observations decrypted: only for readers the policy allowed. */
export function presentScreening(row: ScreeningRow, keyring: Keyring): ScreeningView {
  const profile = findShippedInstrument(row.instrument_id, row.instrument_version)?.profiles.find(
    (p) => p.code === row.profile,
  );
  return {
    ...presentScreeningSummary(row),
    agencyId: row.agency_id,
    // A completed screening keeps the status it was assessed under.
    profileStatus: row.assessment?.profileStatus ?? profile?.status ?? 'provisional',
    profileReason: row.profile_reason,
    interpreter: row.interpreter_language
      ? { language: row.interpreter_language, name: row.interpreter_name }
      : null,
    location: row.location,
    observations: row.observations
      ? decryptField(keyring, screeningFields.observations, row.observations)
      : null,
    answers: row.answers,
    assessment: row.assessment,
    completedBy: row.completed_by,
    updatedAt: row.updated_at.toISOString(),
  };
}
