import { recordAudit } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import {
  ConflictError,
  type FieldProblem,
  RuleViolationError,
  UnacknowledgedWarningsError,
  ValidationError,
} from '../../shared/errors.ts';
import { agencyToday } from '../agencies/index.ts';
import { type CaseRow, requireCase } from '../cases/index.ts';
import {
  endPlacement,
  findFreeBeds,
  findPersonForRules,
  findPersonPlacements,
  findShelterReferral,
  insertPlacement,
  type PlacementRow,
  requirePlacement,
} from './placement.repo.ts';
import { placementWarnings } from './placement.rules.ts';
import type { Admit, Discharge, PlacementWarning, Transfer } from './placement.schema.ts';
import { requireShelter } from './shelter.repo.ts';

interface CommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly requestId: string;
}

/** Where a person is going: the shelter, bed and day, and the warnings the caller acknowledged. */
interface Destination {
  readonly shelterId: string;
  readonly bedId?: string | undefined;
  readonly reason: string;
  readonly on: string;
  /** The request's field that gave `on`. */
  readonly field: 'admittedOn' | 'transferredOn';
  readonly acknowledgeWarnings: readonly PlacementWarning[];
}

function openCase(found: CaseRow): CaseRow {
  if (found.status === 'closed') {
    throw new ConflictError('case_closed', 'The case is closed. Reopen it before placing anyone.');
  }
  return found;
}

function personOfCase(found: CaseRow, personId: string | undefined): string {
  if (personId === undefined) {
    if (found.persons.length === 1) return (found.persons[0] as { personId: string }).personId;
    throw new ValidationError([{ field: 'personId', message: 'is required: the case has several persons' }]);
  }
  if (!found.persons.some((person) => person.personId === personId)) {
    throw new ValidationError([{ field: 'personId', message: 'is not a person of this case' }]);
  }
  return personId;
}

async function dateProblems(
  tx: Tx,
  actor: Actor,
  field: string,
  day: string,
  notBefore?: { day: string; what: string },
) {
  const problems: FieldProblem[] = [];
  if (day > (await agencyToday(tx, actor.agencyId))) problems.push({ field, message: 'is in the future' });
  if (notBefore && day < notBefore.day) {
    problems.push({ field, message: `is before ${notBefore.what} (${notBefore.day})` });
  }
  return problems;
}

/**
 * Everything a placement needs checked before it is written, in the order a caller can act on:
 * the shelter is open, the agency may place there (its own, or by an accepted shelter referral),
 * a bed is free, and the shelter's rules are kept or their warnings acknowledged. Writes nothing.
 */
async function prepare(
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
      throw new ValidationError([{ field: 'bedId', message: 'is not a bed of this shelter' }]);
    }
    if (!free.some((bed) => bed.bed_id === to.bedId)) {
      throw new ConflictError('bed_not_free', 'The bed is taken or out of service. Choose a free bed.', [
        { field: 'bedId', message: 'is not free' },
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
  if (!person) throw new ValidationError([{ field: 'personId', message: 'is not a person of this case' }]);
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

async function place(
  props: CommandProps & {
    found: CaseRow;
    personId: string;
    to: Destination;
    prepared: Awaited<ReturnType<typeof prepare>>;
    transferredFromId: string | null;
  },
): Promise<string> {
  const { tx, actor, found, personId, to, prepared } = props;
  const id = await insertPlacement(tx, {
    agencyId: actor.agencyId,
    caseId: found.id,
    personId,
    shelterId: prepared.shelter.id,
    shelterAgencyId: prepared.shelter.agency_id,
    bedId: prepared.bedId,
    referralId: prepared.referralId,
    reason: to.reason,
    admittedOn: to.on,
    admittedBy: actor.userId,
    acknowledgedWarnings: prepared.acknowledged,
    transferredFromId: props.transferredFromId,
  });
  const audit = (action: string, detail: Record<string, unknown>) =>
    recordAudit(tx, {
      actorUserId: actor.userId,
      agencyId: actor.agencyId,
      action,
      subject: { type: 'placement', id },
      requestId: props.requestId,
      detail: { caseId: found.id, shelterId: prepared.shelter.id, ...detail },
    });
  await audit(props.transferredFromId ? 'placement.transfer' : 'placement.admit', {
    bedId: prepared.bedId,
    referralId: prepared.referralId,
    reason: to.reason,
    admittedOn: to.on,
    transferredFromId: props.transferredFromId,
  });
  if (prepared.acknowledged.length > 0) {
    await audit('placement.warnings_acknowledged', { warnings: prepared.acknowledged });
  }
  return id;
}

/**
 * Places a person of one of this agency's open cases in a shelter: the agency's own, or one of an
 * agency that accepted the case's referral for shelter. Refused when the person is placed already,
 * the shelter has no free bed, or its rules are broken without the warnings acknowledged. On the
 * case's timeline (by the database) and in the audit log.
 */
export async function admitToShelter(props: CommandProps & { admission: Admit }): Promise<PlacementRow> {
  const { tx, admission } = props;
  const found = openCase(await requireCase(tx, admission.caseId));
  const personId = personOfCase(found, admission.personId);
  const placements = await findPersonPlacements(tx, personId);
  if (placements.open) {
    throw new ConflictError(
      'person_already_placed',
      'The person is placed in a shelter already. Discharge or transfer them instead.',
      [{ field: 'personId', message: 'is placed already' }],
    );
  }
  const to = {
    shelterId: admission.shelterId,
    bedId: admission.bedId,
    reason: admission.reason,
    on: admission.admittedOn,
    field: 'admittedOn' as const,
    acknowledgeWarnings: admission.acknowledgeWarnings,
  };
  const last = placements.lastDischargedOn;
  const prepared = await prepare({
    ...props,
    found,
    personId,
    to,
    notBefore: last ? { day: last, what: "the person's last discharge" } : undefined,
  });
  const id = await place({ ...props, found, personId, to, prepared, transferredFromId: null });
  return requirePlacement(tx, id);
}

async function end(
  props: CommandProps & { placement: PlacementRow; on: string; reason: string; field: string },
) {
  const { tx, actor, placement } = props;
  const problems = await dateProblems(tx, actor, props.field, props.on, {
    day: placement.admitted_on,
    what: 'the admission',
  });
  if (problems.length > 0) throw new ValidationError(problems);
  const ended = await endPlacement(tx, placement.id, {
    dischargedOn: props.on,
    reason: props.reason,
    userId: actor.userId,
  });
  if (!ended) throw new ConflictError('placement_ended', 'The placement has ended already.');
}

function stillOpen(placement: PlacementRow): void {
  if (placement.discharged_on !== null) {
    throw new ConflictError('placement_ended', 'The placement has ended already.');
  }
}

/** Ends a placement (by either agency): the day, not before the admission, and why. */
export async function dischargeFromShelter(
  props: CommandProps & { placement: PlacementRow; discharge: Discharge },
): Promise<PlacementRow> {
  const { tx, actor, placement, discharge } = props;
  stillOpen(placement);
  await end({ ...props, on: discharge.dischargedOn, reason: discharge.reason, field: 'dischargedOn' });
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'placement.discharge',
    subject: { type: 'placement', id: placement.id },
    requestId: props.requestId,
    detail: { caseId: placement.case_id, dischargedOn: discharge.dischargedOn, reason: discharge.reason },
  });
  return requirePlacement(tx, placement.id);
}

/**
 * Moves a placed person to another shelter in one step: the placement ends as `transferred` on
 * the day, and a new one, naming it, starts that day — checked like any admission (referral, free
 * bed, rules and their warnings). Either both are written or neither.
 */
export async function transferBetweenShelters(
  props: CommandProps & { placement: PlacementRow; transfer: Transfer },
): Promise<PlacementRow> {
  const { tx, placement, transfer } = props;
  stillOpen(placement);
  if (transfer.shelterId === placement.shelter_id) {
    throw new ValidationError([{ field: 'shelterId', message: 'is the shelter the person is in already' }]);
  }
  const found = openCase(await requireCase(tx, placement.case_id));
  const to = {
    shelterId: transfer.shelterId,
    bedId: transfer.bedId,
    reason: transfer.reason,
    on: transfer.transferredOn,
    field: 'transferredOn' as const,
    acknowledgeWarnings: transfer.acknowledgeWarnings,
  };
  // Not before the current admission; the free bed, referral and rules as for any admission.
  const prepared = await prepare({
    ...props,
    found,
    personId: placement.person_id,
    to,
    notBefore: { day: placement.admitted_on, what: 'the admission' },
  });
  await end({ ...props, on: transfer.transferredOn, reason: 'transferred', field: 'transferredOn' });
  const id = await place({
    ...props,
    found,
    personId: placement.person_id,
    to,
    prepared,
    transferredFromId: placement.id,
  });
  return requirePlacement(tx, id);
}
