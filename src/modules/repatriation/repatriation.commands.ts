import { recordAudit, recordRead } from '../../audit/audit.ts';
import { encryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Tx } from '../../db/db.ts';
import { addDuration } from '../../jurisdictions/index.ts';
import type { Actor } from '../../policy/policy.ts';
import { ConflictError, dateInFuture, type FieldProblem, ValidationError } from '../../shared/errors.ts';
import { agencyToday, findAgency } from '../agencies/index.ts';
import {
  type CaseEventKind,
  type CaseRow,
  caseVictimId,
  recordCaseEvent,
  refuseClosedCase,
} from '../cases/index.ts';
import { repatriationFields } from './repatriation.fields.ts';
import {
  insertRepatriation,
  markCancelled,
  markDeparted,
  markHandedOver,
  type RepatriationRow,
  recordReturnEvent,
  requireRepatriation,
} from './repatriation.repo.ts';
import type { PlanRepatriation } from './repatriation.schema.ts';

export interface RepatriationCommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly keyring: Keyring;
  readonly requestId: string;
}

async function audit(
  props: RepatriationCommandProps,
  action: string,
  found: { id: string; caseId?: string },
  detail: Record<string, unknown>,
): Promise<void> {
  await recordAudit(props.tx, {
    actorUserId: props.actor.userId,
    agencyId: props.actor.agencyId,
    action,
    subject: { type: 'repatriation', id: found.id },
    requestId: props.requestId,
    detail: { ...(found.caseId && { caseId: found.caseId }), ...detail },
  });
}

/** The sending agency's own work, on its case's timeline and in the audit log together. */
async function recordSenderWork(
  props: RepatriationCommandProps,
  row: { id: string; case_id: string },
  kind: Extract<CaseEventKind, `case.repatriation_${string}`>,
  detail: Record<string, unknown>,
): Promise<void> {
  const { tx, actor } = props;
  await recordCaseEvent(tx, {
    caseId: row.case_id,
    agencyId: actor.agencyId,
    actorUserId: actor.userId,
    kind,
    detail: { repatriationId: row.id, ...detail },
  });
  await audit(
    props,
    kind.replace(/^case\.repatriation_/, 'repatriation.'),
    { id: row.id, caseId: row.case_id },
    detail,
  );
}

const inState = (row: RepatriationRow, ...states: RepatriationRow['status'][]) => {
  if (!states.includes(row.status)) {
    throw new ConflictError('repatriation_status', `The repatriation is ${row.status.replace('_', ' ')}.`);
  }
};

/**
 * Plans the return of a person on an open case to a receiving agency in the home country: travel
 * documents, escort and route (stored encrypted), the destination province and the planned date.
 * The receiving agency must be another active agency; the destination country is its country.
 */
export async function planRepatriation(
  props: RepatriationCommandProps & { found: CaseRow; plan: PlanRepatriation },
): Promise<RepatriationRow> {
  const { tx, actor, found, plan, keyring } = props;
  refuseClosedCase(found);
  const problems: FieldProblem[] = [];
  const personId = plan.personId ?? caseVictimId(found);
  if (!personId || !found.persons.some((person) => person.personId === personId)) {
    problems.push({ code: 'person_not_of_case', field: 'personId', message: 'is not a person on this case' });
  }
  const receiving = await findAgency(tx, plan.receivingAgencyId);
  if (!receiving?.active) {
    problems.push({
      code: 'agency_inactive',
      field: 'receivingAgencyId',
      message: 'is not an active agency',
    });
  } else if (receiving.id === actor.agencyId) {
    problems.push({ code: 'agency_is_own', field: 'receivingAgencyId', message: 'is your own agency' });
  }
  if (problems.length > 0 || !personId || !receiving) throw new ValidationError(problems);
  const id = await insertRepatriation(tx, {
    case_id: found.id,
    person_id: personId,
    agency_id: actor.agencyId,
    receiving_agency_id: receiving.id,
    destination_country: receiving.country,
    destination_province: plan.destinationProvince,
    planned_on: plan.plannedOn,
    travel_documents: encryptField(
      keyring,
      repatriationFields.travelDocuments,
      JSON.stringify(plan.travelDocuments),
    ),
    escort: plan.escort
      ? encryptField(keyring, repatriationFields.escort, JSON.stringify(plan.escort))
      : null,
    route: encryptField(keyring, repatriationFields.route, plan.route),
    created_by: actor.userId,
  });
  await recordSenderWork(props, { id, case_id: found.id }, 'case.repatriation_planned', {
    receivingAgencyId: receiving.id,
    plannedOn: plan.plannedOn,
  });
  return requireRepatriation(tx, id);
}

/** The sending agency records that the person has left, on a day not in its future. */
export async function recordDeparture(
  props: RepatriationCommandProps & { row: RepatriationRow; departedOn: string },
): Promise<RepatriationRow> {
  const { tx, actor, row, departedOn } = props;
  inState(row, 'planned');
  if (departedOn > (await agencyToday(tx, actor.agencyId))) {
    throw new ValidationError([dateInFuture('departedOn')]);
  }
  await markDeparted(tx, row.id, departedOn, actor.userId);
  await recordSenderWork(props, row, 'case.repatriation_departed', { departedOn });
  return requireRepatriation(tx, row.id);
}

/**
 * The receiving agency confirms it has taken the person over: not before the departure, not in
 * its future. Recorded on the sending agency's case timeline through the database (the receiver
 * cannot otherwise write there) and in the audit log as the receiver's act.
 */
export async function confirmReceipt(
  props: RepatriationCommandProps & { row: RepatriationRow; handedOverOn: string },
): Promise<RepatriationRow> {
  const { tx, actor, row, handedOverOn } = props;
  inState(row, 'departed');
  const problems: FieldProblem[] = [];
  if (
    row.departed_on &&
    handedOverOn < (await earliestHandOver(tx, row.departed_on, row.agency_id, actor.agencyId))
  ) {
    problems.push({
      code: 'date_before_earlier_step',
      field: 'handedOverOn',
      message: `is before the departure on ${row.departed_on}`,
    });
  }
  if (handedOverOn > (await agencyToday(tx, actor.agencyId))) {
    problems.push(dateInFuture('handedOverOn'));
  }
  if (problems.length > 0) throw new ValidationError(problems);
  await markHandedOver(tx, row.id, handedOverOn, actor.userId);
  await recordReturnEvent(tx, row.id, 'case.repatriation_received', { repatriationId: row.id, handedOverOn });
  await audit(props, 'repatriation.received', { id: row.id }, { handedOverOn });
  return requireRepatriation(tx, row.id);
}

/**
 * The first day a hand-over may carry. Each agency dates in its own time zone: a person who left
 * Kuala Lumpur just after midnight left on the evening before by Jakarta's clock, so across time
 * zones the receiver's date may be one day before the sender's.
 */
async function earliestHandOver(
  tx: Tx,
  departedOn: string,
  senderId: string,
  receiverId: string,
): Promise<string> {
  const [sender, receiver] = await Promise.all([findAgency(tx, senderId), findAgency(tx, receiverId)]);
  return sender?.time_zone === receiver?.time_zone
    ? departedOn
    : addDuration(departedOn, { amount: -1, unit: 'days' });
}

/** The sending agency calls off a return that has not been handed over, giving its reason. */
export async function cancelRepatriation(
  props: RepatriationCommandProps & { row: RepatriationRow; reason: string },
): Promise<RepatriationRow> {
  const { tx, actor, row, reason } = props;
  inState(row, 'planned', 'departed');
  await markCancelled(
    tx,
    row.id,
    encryptField(props.keyring, repatriationFields.cancelReason, reason),
    actor.userId,
  );
  // The reason may name people: it stays in the record, not in the timeline or the audit detail.
  await recordSenderWork(props, row, 'case.repatriation_cancelled', {});
  return requireRepatriation(tx, row.id);
}

/** One repatriation, as the sending or receiving agency; the read is audited. */
export async function readRepatriation(
  props: RepatriationCommandProps & { repatriationId: string },
): Promise<RepatriationRow> {
  const row = await requireRepatriation(props.tx, props.repatriationId);
  await recordRead(props.tx, {
    actor: props.actor,
    subject: { type: 'repatriation', id: row.id },
    requestId: props.requestId,
  });
  return row;
}

/** A case's repatriations, or those coming to the agency; the read is audited. */
export async function readRepatriationList(
  props: RepatriationCommandProps & {
    list: () => Promise<RepatriationRow[]>;
    subject: { type: string; id: string };
  },
): Promise<RepatriationRow[]> {
  const rows = await props.list();
  await recordAudit(props.tx, {
    actorUserId: props.actor.userId,
    agencyId: props.actor.agencyId,
    action: 'repatriation.list',
    subject: props.subject,
    requestId: props.requestId,
    detail: { repatriationIds: rows.map((row) => row.id) },
  });
  return rows;
}
