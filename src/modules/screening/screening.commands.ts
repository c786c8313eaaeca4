import { recordAudit, recordRead } from '../../audit/audit.ts';
import { encryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { ConflictError, dateInFuture, RuleViolationError, ValidationError } from '../../shared/errors.ts';
import { agencyToday } from '../agencies/index.ts';
import { recordPersonCaseEvent } from '../cases/index.ts';
import { checkNotBeforeBirth, requirePerson } from '../persons/index.ts';
import { assessScreening, checkAnswers } from './decision-rule.ts';
import { defaultInstrument, findShippedInstrument } from './instrument.registry.ts';
import type { Answer, ScreeningInstrument } from './instrument.schema.ts';
import { screeningFields } from './screening.fields.ts';
import {
  insertScreening,
  listScreeningsOfPerson,
  markCompleted,
  requireScreening,
  type ScreeningRow,
  updateDraft,
} from './screening.repo.ts';
import type { StartScreening, UpdateScreening } from './screening.schema.ts';
import { checkProfileForAge, profileReasonKept } from './screening-age.ts';

interface CommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly keyring: Keyring;
  readonly requestId: string;
}

/** The shipped instrument a screening names; a stored screening naming one no longer shipped is a release bug. */
function instrumentOf(screening: Pick<ScreeningRow, 'instrument_id' | 'instrument_version'>) {
  const instrument = findShippedInstrument(screening.instrument_id, screening.instrument_version);
  if (!instrument) {
    throw new Error(
      `screening instrument ${screening.instrument_id}@${screening.instrument_version} is no longer shipped`,
    );
  }
  return instrument;
}

function chosenInstrument(ref: StartScreening['instrument']): ScreeningInstrument {
  if (!ref) return defaultInstrument;
  const instrument = findShippedInstrument(ref.id, ref.version);
  if (!instrument) {
    throw new ValidationError([
      {
        code: 'instrument_unknown',
        field: 'instrument',
        message: 'is not a screening instrument this platform has',
      },
    ]);
  }
  return instrument;
}

/**
 * The screening's date: today unless given; never in the future, nor before the person's earliest
 * possible birth (the age checks read their age on this date, so a nonsense date would defeat them).
 */
async function checkScreenedOn(
  tx: Tx,
  actor: Actor,
  personId: string,
  screenedOn: string | undefined,
): Promise<string> {
  const today = await agencyToday(tx, actor.agencyId);
  if (screenedOn === undefined) return today;
  if (screenedOn > today) {
    throw new ValidationError([dateInFuture('screenedOn')]);
  }
  await checkNotBeforeBirth(tx, personId, 'screenedOn', screenedOn);
  return screenedOn;
}

const audited = (fields: object) => Object.keys(fields).filter((key) => key !== 'answers');

/**
 * Starts a draft screening of a person this agency may see, by the signed-in officer, with the
 * default instrument unless another shipped one is named. Observations are encrypted. Answers
 * given now must belong to the profile's list, as on every later save.
 */
export async function startScreening(
  props: CommandProps & { personId: string; screening: StartScreening },
): Promise<ScreeningRow> {
  const { tx, actor, keyring, screening } = props;
  const person = await requirePerson(tx, props.personId);
  const instrument = chosenInstrument(screening.instrument);
  const answers = screening.answers ?? {};
  checkAnswers(instrument, screening.profile, answers);
  const screenedOn = await checkScreenedOn(tx, actor, person.id, screening.screenedOn);
  const profileReason = screening.profileReason ?? null;
  checkProfileForAge({ birth: person, profile: screening.profile, screenedOn, profileReason });
  const id = await insertScreening(tx, {
    agencyId: actor.agencyId,
    personId: person.id,
    instrumentId: instrument.id,
    instrumentVersion: instrument.version,
    profile: screening.profile,
    profileReason: profileReasonKept(screening.profile, profileReason),
    officerUserId: actor.userId,
    interpreterLanguage: screening.interpreter?.language ?? null,
    interpreterName: screening.interpreter?.name ?? null,
    location: screening.location ?? null,
    screenedOn,
    observations: screening.observations
      ? encryptField(keyring, screeningFields.observations, screening.observations)
      : null,
    answers,
  });
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'screening.start',
    subject: { type: 'screening', id },
    requestId: props.requestId,
    detail: { personId: person.id, fields: audited(screening), answers: Object.keys(answers).length },
  });
  return requireScreening(tx, id);
}

function alreadyCompleted(): ConflictError {
  return new ConflictError(
    'screening_completed',
    'The screening is completed; its answers can no longer change.',
  );
}

/**
 * Saves a draft: the fields given replace the saved ones, answers are merged (null removes one).
 * The merged answers must all belong to the profile (which may change while a draft). A
 * completed screening is a record and cannot change (409).
 */
export async function changeScreening(
  props: CommandProps & { screening: ScreeningRow; change: UpdateScreening },
): Promise<ScreeningRow> {
  const { tx, actor, keyring, screening, change } = props;
  if (screening.status !== 'draft') throw alreadyCompleted();
  const given = change.answers ?? {};
  const answers = Object.fromEntries(
    Object.entries(given).filter((entry): entry is [string, Answer] => entry[1] !== null),
  );
  const removeAnswers = Object.keys(given).filter((id) => given[id] === null);
  const merged = { ...screening.answers, ...answers };
  for (const id of removeAnswers) delete merged[id];
  const profile = change.profile ?? screening.profile;
  checkAnswers(instrumentOf(screening), profile, merged);
  const screenedOn =
    change.screenedOn === undefined
      ? screening.screened_on
      : await checkScreenedOn(tx, actor, screening.person_id, change.screenedOn);
  const interpreter =
    change.interpreter === undefined
      ? { language: screening.interpreter_language, name: screening.interpreter_name }
      : { language: change.interpreter?.language ?? null, name: change.interpreter?.name ?? null };
  const observations =
    change.observations === undefined
      ? screening.observations
      : change.observations && encryptField(keyring, screeningFields.observations, change.observations);
  const profileReason = change.profileReason === undefined ? screening.profile_reason : change.profileReason;
  checkProfileForAge({
    birth: await requirePerson(tx, screening.person_id),
    profile,
    screenedOn,
    profileReason,
  });
  const saved = await updateDraft(tx, screening.id, {
    profile,
    profileReason: profileReasonKept(profile, profileReason),
    interpreterLanguage: interpreter.language,
    interpreterName: interpreter.name,
    location: change.location === undefined ? screening.location : change.location,
    screenedOn,
    observations,
    answers,
    removeAnswers,
  });
  if (!saved) throw alreadyCompleted();
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'screening.update',
    subject: { type: 'screening', id: screening.id },
    requestId: props.requestId,
    detail: { personId: screening.person_id, fields: audited(change), answers: Object.keys(given).length },
  });
  return requireScreening(tx, screening.id);
}

/**
 * Completes a draft: applies the decision rule of the instrument version the screening used to
 * its answers, and keeps the outcome with its full account. Completing twice is a conflict (409).
 */
export async function completeScreening(
  props: CommandProps & { screening: ScreeningRow },
): Promise<ScreeningRow> {
  const { tx, actor, screening } = props;
  if (screening.status !== 'draft') {
    throw new ConflictError('screening_completed', 'The screening is already completed.');
  }
  const assessment = assessScreening(instrumentOf(screening), screening.profile, screening.answers);
  if (!Object.values(screening.answers).some((answer) => answer === 'yes' || answer === 'no')) {
    // Unanswered is not no (decision 0064): with nothing answered there is no outcome to keep.
    throw new RuleViolationError(
      'screening_unanswered',
      'No indicator is answered yes or no: answer at least one before completing the screening.',
      [{ field: 'answers', code: 'screening_unanswered', message: 'has no indicator answered yes or no' }],
    );
  }
  if (!(await markCompleted(tx, screening.id, { assessment, completedBy: actor.userId }))) {
    throw new ConflictError('screening_completed', 'The screening is already completed.');
  }
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'screening.complete',
    subject: { type: 'screening', id: screening.id },
    requestId: props.requestId,
    detail: { personId: screening.person_id, unanswered: assessment.unanswered.length },
  });
  // Its outcome, never its answers: the case's readers see that the person was screened and how it came out.
  await recordPersonCaseEvent(tx, {
    personId: screening.person_id,
    agencyId: actor.agencyId,
    actorUserId: actor.userId,
    kind: 'screening.completed',
    detail: { screeningId: screening.id, personId: screening.person_id, outcome: assessment.outcome },
  });
  return requireScreening(tx, screening.id);
}

/** Reads a screening and audits the read, with the reason given. */
export async function readScreening(
  props: CommandProps & { screeningId: string; reason?: string | undefined },
): Promise<ScreeningRow> {
  const screening = await requireScreening(props.tx, props.screeningId);
  await recordRead(props.tx, {
    ...props,
    subject: { type: 'screening', id: screening.id },
    detail: { personId: screening.person_id },
  });
  return screening;
}

/** The screenings of a person this agency may see (404 for a person it may not), audited. */
export async function listScreenings(props: CommandProps & { personId: string }): Promise<ScreeningRow[]> {
  const person = await requirePerson(props.tx, props.personId);
  const rows = await listScreeningsOfPerson(props.tx, person.id);
  await recordAudit(props.tx, {
    actorUserId: props.actor.userId,
    agencyId: props.actor.agencyId,
    action: 'screening.list',
    subject: { type: 'person', id: person.id },
    requestId: props.requestId,
    detail: { results: rows.length },
  });
  return rows;
}
