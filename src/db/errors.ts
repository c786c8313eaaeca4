import {
  type AppError,
  ConflictError,
  caseClosed,
  ForbiddenError,
  RuleViolationError,
  ValidationError,
} from '../shared/errors.ts';
import type { FieldRuleCode } from '../shared/field-rules.ts';

/** PGlite and node-postgres both keep PostgreSQL's SQLSTATE in `code`, so one mapper serves both. */
interface DatabaseError {
  code: string;
  constraint?: string;
  column?: string;
}

function isDatabaseError(error: unknown): error is DatabaseError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    /^[0-9A-Z]{5}$/.test((error as { code: string }).code)
  );
}

/** What a unique constraint means to a user: the field it is about and a sentence to say so. */
const uniqueConstraints: Record<string, { code: FieldRuleCode; field: string; message: string }> = {
  app_user_email: {
    code: 'email_taken',
    field: 'email',
    message: 'A user with this e-mail address already exists.',
  },
  agency_name_per_country: {
    code: 'agency_name_taken',
    field: 'name',
    message: 'An agency with this name already exists in this country.',
  },
  // Two admissions at the same moment: the one that lost the race.
  placement_bed_open: {
    code: 'bed_not_free',
    field: 'bedId',
    message: 'The bed was just taken by another admission. Try again.',
  },
  placement_person_open: {
    code: 'person_already_placed',
    field: 'personId',
    message: 'The person was just placed in a shelter by another admission.',
  },
};

/**
 * Checks that the database's own functions raise (`raise … using constraint = …`) for a rule the
 * application also checks: the same problem whichever of the two finds it first.
 */
const checkConstraints: Record<string, () => AppError> = {
  // Referral triggers (migrations 0160, 0161; decision 0059).
  referral_pending: () =>
    new ConflictError('referral_pending', 'A referral of this person to this agency is pending already.', [
      { code: 'referral_pending', field: 'toAgencyId', message: 'has a referral of this person pending' },
    ]),
  referral_case_closed: () =>
    new ConflictError(
      'case_closed',
      'The case was closed by the referring agency; the referral cannot be accepted.',
      [caseClosed()],
    ),
  // A person merged into another takes no new case, screening, decision or consent (migration 0197).
  person_merged_into_another: () =>
    new ConflictError(
      'person_merged_into_another',
      'This person was merged into another record: record it on that person (GET /api/persons/:id gives mergedInto).',
      [{ code: 'person_merged_into_another', field: 'personId', message: 'was merged into another person' }],
    ),
  case_file_exploitation_types_distinct: () =>
    new ValidationError([
      { code: 'given_twice', field: 'exploitationTypes', message: 'lists a value twice' },
    ]),
  case_file_means_of_control_distinct: () =>
    new ValidationError([{ code: 'given_twice', field: 'meansOfControl', message: 'lists a value twice' }]),
  // lindung_reroute_public_report (migrations 0100, 0108).
  public_report_reroute_open: () => new RuleViolationError('report_closed', 'This report is closed already.'),
  public_report_reroute_receiver: () =>
    new ValidationError([
      {
        code: 'agency_not_public_authority',
        field: 'agencyId',
        message: 'is not another active public authority of the report’s country',
      },
    ]),
};

/**
 * Turns a PostgreSQL error into the platform's error, or returns undefined for errors that are
 * bugs or outages (they become a 500 with nothing of the database's message shown).
 */
export function mapDatabaseError(error: unknown): AppError | undefined {
  if (!isDatabaseError(error)) return undefined;
  const constraint = error.constraint ?? 'a constraint';
  switch (error.code) {
    case '23505': {
      const known = uniqueConstraints[constraint];
      return known
        ? new ConflictError(known.code, known.message, [
            { code: known.code, field: known.field, message: 'is already used' },
          ])
        : new ConflictError('already_exists', 'A record with the same unique value already exists.');
    }
    case '23503':
      return new RuleViolationError(
        'reference_invalid',
        `A referenced record does not exist (${constraint}).`,
      );
    case '23514':
    case '23502':
      return (
        checkConstraints[constraint]?.() ??
        new RuleViolationError('constraint_violated', `The change breaks a data rule (${constraint}).`)
      );
    case '22P02':
    case '22007':
    case '22008':
      return new ValidationError([
        { code: 'value_malformed', field: error.column ?? 'unknown', message: 'has an invalid format' },
      ]);
    case '42501':
      // Row-level security refused the row: the application's own checks should have caught it.
      return new ForbiddenError();
    default:
      return undefined;
  }
}
