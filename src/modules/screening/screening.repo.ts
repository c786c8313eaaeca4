import type { Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';
import type { ScreeningAssessment } from './decision-rule.ts';
import type { Answer } from './instrument.schema.ts';
import type { ScreeningAssessmentView } from './screening.schema.ts';

export interface ScreeningRow {
  id: string;
  agency_id: string;
  person_id: string;
  instrument_id: string;
  instrument_version: string;
  profile: string;
  /** Why a person 18 or over on the screening date has a child profile (decision 0059). */
  profile_reason: string | null;
  status: 'draft' | 'completed';
  officer_user_id: string;
  officer_name: string | null;
  interpreter_language: string | null;
  interpreter_name: string | null;
  location: string | null;
  screened_on: string;
  observations: string | null;
  answers: Record<string, Answer>;
  outcome: 'presumed_victim' | 'not_presumed' | null;
  /** The assessment as stored (JSON) at completion. */
  assessment: ScreeningAssessmentView | null;
  created_at: Date;
  updated_at: Date;
  completed_at: Date | null;
  completed_by: string | null;
}

export interface NewScreening {
  agencyId: string;
  personId: string;
  instrumentId: string;
  instrumentVersion: string;
  profile: string;
  profileReason: string | null;
  officerUserId: string;
  interpreterLanguage: string | null;
  interpreterName: string | null;
  location: string | null;
  screenedOn: string;
  observations: string | null;
  answers: Readonly<Record<string, Answer>>;
}

export async function insertScreening(tx: Tx, screening: NewScreening): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into screening (agency_id, person_id, instrument_id, instrument_version, profile, officer_user_id,
                            interpreter_language, interpreter_name, location, screened_on, observations, answers, profile_reason)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13)
     returning id`,
    [
      screening.agencyId,
      screening.personId,
      screening.instrumentId,
      screening.instrumentVersion,
      screening.profile,
      screening.officerUserId,
      screening.interpreterLanguage,
      screening.interpreterName,
      screening.location,
      screening.screenedOn,
      screening.observations,
      JSON.stringify(screening.answers),
      screening.profileReason,
    ],
  );
  return (row as { id: string }).id;
}

/** A draft's details after a change; `answers` are merged into the saved ones, `removeAnswers` dropped. */
export interface DraftChange {
  profile: string;
  profileReason: string | null;
  interpreterLanguage: string | null;
  interpreterName: string | null;
  location: string | null;
  screenedOn: string;
  observations: string | null;
  answers: Readonly<Record<string, Answer>>;
  removeAnswers: readonly string[];
}

/**
 * Saves a draft's change. Answers are merged in SQL so that two officers saving different
 * answers at once both keep theirs. False when the screening is no longer a draft.
 */
export async function updateDraft(tx: Tx, id: string, change: DraftChange): Promise<boolean> {
  const rows = await tx.query(
    `update screening
        set profile = $2, interpreter_language = $3, interpreter_name = $4, location = $5, screened_on = $6,
            observations = $7, answers = (answers || $8::jsonb) - $9::text[], profile_reason = $10,
            updated_at = now()
      where id = $1 and status = 'draft'
      returning id`,
    [
      id,
      change.profile,
      change.interpreterLanguage,
      change.interpreterName,
      change.location,
      change.screenedOn,
      change.observations,
      JSON.stringify(change.answers),
      change.removeAnswers,
      change.profileReason,
    ],
  );
  return rows.length > 0;
}

/** Fixes a draft's outcome. False when it was completed meanwhile (by another request). */
export async function markCompleted(
  tx: Tx,
  id: string,
  completion: { assessment: ScreeningAssessment; completedBy: string },
): Promise<boolean> {
  const rows = await tx.query(
    `update screening
        set status = 'completed', outcome = $2, assessment = $3::jsonb, completed_at = now(), completed_by = $4,
            updated_at = now()
      where id = $1 and status = 'draft'
      returning id`,
    [id, completion.assessment.outcome, JSON.stringify(completion.assessment), completion.completedBy],
  );
  return rows.length > 0;
}

const screeningSelect = `
  select s.id, s.agency_id, s.person_id, s.instrument_id, s.instrument_version, s.profile, s.profile_reason, s.status,
         s.officer_user_id, u.display_name as officer_name, s.interpreter_language, s.interpreter_name, s.location,
         s.screened_on, s.observations, s.answers, s.outcome, s.assessment, s.created_at, s.updated_at,
         s.completed_at, s.completed_by
    from screening s
    left join app_user u on u.id = s.officer_user_id`;

export async function findScreening(tx: Tx, id: string): Promise<ScreeningRow | undefined> {
  const [row] = await tx.query<ScreeningRow>(`${screeningSelect} where s.id = $1`, [id]);
  return row;
}

/**
 * Locks the screening's row for the rest of the transaction and answers when it last changed, so a
 * version check (`If-Match`) and the change after it cannot be split by another save.
 */
export async function lockScreeningVersion(tx: Tx, id: string): Promise<Date | undefined> {
  const [row] = await tx.query<{ updated_at: Date }>(
    'select updated_at from screening where id = $1 for update',
    [id],
  );
  return row?.updated_at;
}

/** The screening, or a 404 — also when it belongs to an agency this one may not see. */
export async function requireScreening(tx: Tx, id: string): Promise<ScreeningRow> {
  const screening = await findScreening(tx, id);
  if (!screening) throw new NotFoundError('screening');
  return screening;
}

/** A person's screenings that this agency may see, newest first. */
export function listScreeningsOfPerson(tx: Tx, personId: string): Promise<ScreeningRow[]> {
  return tx.query<ScreeningRow>(
    `${screeningSelect} where s.person_id = $1 order by s.created_at desc, s.id desc limit 200`,
    [personId],
  );
}
