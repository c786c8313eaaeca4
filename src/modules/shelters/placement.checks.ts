import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import {
  ConflictError,
  caseClosed,
  dateInFuture,
  type FieldProblem,
  RuleViolationError,
  UnacknowledgedWarningsError,
  ValidationError,
} from '../../shared/errors.ts';
import { agencyToday } from '../agencies/index.ts';
import type { CaseRow } from '../cases/index.ts';
import { findFreeBeds, findPersonForRules, findShelterReferral } from './placement.repo.ts';
import { placementWarnings } from './placement.rules.ts';
import type { PlacementWarning } from './placement.schema.ts';
import { requireShelter } from './shelter.repo.ts';

/**
 * The checks that come before a placement is written, shared by admissions and transfers. They
 * read only; the commands write.
 */

/** What every placement command is given. */
export interface CommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly requestId: string;
}

/** Where a person is going: the shelter, bed and day, and the warnings the caller acknowledged. */
export interface Destination {
  readonly shelterId: string;
  readonly bedId?: string | undefined;
  readonly reason: string;
  readonly on: string;
  /** The request's field that gave `on`. */
  readonly field: 'admittedOn' | 'transferredOn';
  readonly acknowledgeWarnings: readonly PlacementWarning[];
}

export function openCase(found: CaseRow): CaseRow {
  if (found.status === 'closed') {
    throw new ConflictError('case_closed', 'The case is closed. Reopen it before placing anyone.', [
      caseClosed(),
    ]);
  }
  return found;
}

export function personOfCase(found: CaseRow, personId: string | undefined): string {
  if (personId === undefined) {
    if (found.persons.length === 1) return (found.persons[0] as { personId: string }).personId;
    throw new ValidationError([
      {
        code: 'person_of_case_required',
        field: 'personId',
        message: 'is required: the case has several persons',
      },
    ]);
  }
  if (!found.persons.some((person) => person.personId === personId)) {
    throw new ValidationError([
      { code: 'person_not_of_case', field: 'personId', message: 'is not a person of this case' },
    ]);
  }
  return personId;
}

export async function dateProblems(
  tx: Tx,
  actor: Actor,
  field: string,
  day: string,
  notBefore?: { day: string; what: string },
) {
  const problems: FieldProblem[] = [];
  if (day > (await agencyToday(tx, actor.agencyId))) {
    problems.push(dateInFuture(field));
  }
  if (notBefore && day < notBefore.day) {
    problems.push({
      code: 'date_before_earlier_step',
      field,
      message: `is before ${notBefore.what} (${notBefore.day})`,
    });
  }
  return problems;
}

/**
 * Everything a placement needs checked before it is written, in the order a caller can act on:
 * the shelter is open, the agency may place there (its own, or by an accepted shelter referral),
 * a bed is free, and the shelter's rules are kept or their warnings acknowledged. Writes nothing.
 */
export async function prepare(
  props: CommandProps & {
    found: CaseRow;
    personId: string;
    to: Destination;
    notBefore: { day: string; what: string } | undefined;
  },
) {
  const { tx, actor, found, personId, to } = props;
  const shelter = await requireShelter(tx, to.shelterId);
  const problems = await dateProblems(tx, actor, to.field, to.on, props.notBefore);
  if (problems.length > 0) throw new ValidationError(problems);
  if (!shelter.active) throw new ConflictError('shelter_closed', 'The shelter is closed to new placements.');
  let referralId: string | null = null;
  if (shelter.agency_id !== actor.agencyId) {
    referralId =
      (await findShelterReferral(tx, {
        agencyId: actor.agencyId,
        caseId: found.id,
        personId,
        toAgencyId: shelter.agency_id,
      })) ?? null;
    if (!referralId) {
      throw new RuleViolationError(
        'no_shelter_referral',
        "The shelter's agency has not accepted a referral of this person for shelter (or the consent is no longer in force).",
      );
    }
  }
  const free = await findFreeBeds(tx, shelter.id);
  let bedId: string;
  if (to.bedId !== undefined) {
    if (!shelter.beds.some((bed) => bed.id === to.bedId)) {
      throw new ValidationError([
        { code: 'bed_not_of_shelter', field: 'bedId', message: 'is not a bed of this shelter' },
      ]);
    }
    if (!free.some((bed) => bed.bed_id === to.bedId)) {
      throw new ConflictError('bed_not_free', 'The bed is taken or out of service. Choose a free bed.', [
        { code: 'bed_not_free', field: 'bedId', message: 'is not free' },
      ]);
    }
    bedId = to.bedId;
  } else {
    const first = free[0];
    if (!first) {
      throw new ConflictError(
        'no_free_bed',
        `${shelter.name} has no free bed (${shelter.bed_count} beds, all taken).`,
      );
    }
    bedId = first.bed_id;
  }
  const person = await findPersonForRules(tx, personId, to.on);
  if (!person) {
    throw new ValidationError([
      { code: 'person_not_of_case', field: 'personId', message: 'is not a person of this case' },
    ]);
  }
  const warnings = placementWarnings(shelter, person);
  const unacknowledged = warnings.filter((warning) => !to.acknowledgeWarnings.includes(warning.code));
  if (unacknowledged.length > 0) {
    throw new UnacknowledgedWarningsError(
      unacknowledged,
      "The placement goes against the shelter's rules. Send it again with acknowledgeWarnings to place the person anyway.",
    );
  }
  return { shelter, bedId, referralId, acknowledged: warnings.map((warning) => warning.code) };
}

export type Prepared = Awaited<ReturnType<typeof prepare>>;
