import { recordAudit } from '../../audit/audit.ts';
import { ConflictError, ValidationError } from '../../shared/errors.ts';
import { type CaseRow, requireCase } from '../cases/index.ts';
import {
  type CommandProps,
  type Destination,
  dateProblems,
  openCase,
  type Prepared,
  personOfCase,
  prepare,
} from './placement.checks.ts';
import {
  endPlacement,
  findPersonPlacements,
  insertPlacement,
  type PlacementRow,
  requirePlacement,
} from './placement.repo.ts';
import type { Admit, Discharge, Transfer } from './placement.schema.ts';

/** Writes a prepared placement and its audit entries (the acknowledged warnings in one of their own). */
async function place(
  props: CommandProps & {
    found: CaseRow;
    personId: string;
    to: Destination;
    prepared: Prepared;
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
      [{ code: 'person_already_placed', field: 'personId', message: 'is placed already' }],
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
    throw new ValidationError([
      { code: 'same_shelter', field: 'shelterId', message: 'is the shelter the person is in already' },
    ]);
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
