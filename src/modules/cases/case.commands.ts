import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../audit/audit.ts';
import { encryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Tx } from '../../db/db.ts';
import { type PackCode, packForAgency } from '../../jurisdictions/index.ts';
import type { Actor } from '../../policy/policy.ts';
import {
  AppError,
  ConflictError,
  dateInFuture,
  type FieldProblem,
  RuleViolationError,
  ValidationError,
} from '../../shared/errors.ts';
import { findAgency, todayIn } from '../agencies/index.ts';
import {
  type ApprovalAppliers,
  type ApprovalRow,
  needsApproval,
  requestApproval,
  withdrawApprovalsOfClosedCase,
} from '../approvals/index.ts';
import { cancelDeadlinesOfClosedCase } from '../deadlines/index.ts';
import { earliestBirthOf, findPersonForCase } from '../persons/index.ts';
import {
  addCasePerson,
  assignCaseWorker,
  type CaseRow,
  insertCase,
  requireCase,
  requireCaseAudited,
  updateCaseFacts,
  updateCaseStatus,
} from './case.repo.ts';
import type { CaseFacts, OpenCase } from './case.schema.ts';
import { recordCaseEvent } from './case-events.repo.ts';
import { formatCaseReference, nextCaseNumber, referencePrefix } from './case-reference.ts';
import { refuseClosedCase } from './case-work.commands.ts';

export const caseSummaryContext = 'case_file.summary';

interface CommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly keyring: Keyring;
  readonly requestId: string;
}

/** The roles whose birth bounds a case's dates: a victim cannot be recruited before she was born. */
const victimRoles: readonly string[] = ['victim', 'presumed_victim'];

/**
 * Dates of a case that cannot be: in the future, before the victim's earliest possible birth,
 * recruitment after the exploitation started, or exploitation ending before it started.
 * `facts` are the dates given now, `current` those the case has (none when opening it).
 */
function checkCaseDates(
  facts: CaseFacts,
  current: CaseFacts,
  bounds: { readonly today: string; readonly earliestBirth: string | null },
): void {
  const merged = { ...current, ...facts };
  const problems: FieldProblem[] = [];
  for (const field of ['recruitedOn', 'exploitationStartedOn', 'exploitationEndedOn'] as const) {
    const value = facts[field];
    if (value && value > bounds.today) problems.push(dateInFuture(field));
    else if (value && bounds.earliestBirth && value < bounds.earliestBirth) {
      problems.push({ code: 'date_before_birth', field, message: 'is before the victim was born' });
    }
  }
  if (
    merged.recruitedOn &&
    merged.exploitationStartedOn &&
    merged.exploitationStartedOn < merged.recruitedOn
  ) {
    const field = facts.recruitedOn ? 'recruitedOn' : 'exploitationStartedOn';
    problems.push({
      code: 'recruited_after_exploitation',
      field,
      message: field === 'recruitedOn' ? 'is after exploitationStartedOn' : 'is before recruitedOn',
    });
  }
  if (
    merged.exploitationStartedOn &&
    merged.exploitationEndedOn &&
    merged.exploitationEndedOn < merged.exploitationStartedOn
  ) {
    problems.push({
      code: 'ends_before_start',
      field: 'exploitationEndedOn',
      message: 'is before exploitationStartedOn',
    });
  }
  if (problems.length > 0) throw new ValidationError(problems);
}

function encryptSummary(keyring: Keyring, facts: CaseFacts): CaseFacts {
  if (facts.summary === undefined || facts.summary === null) return facts;
  return { ...facts, summary: encryptField(keyring, caseSummaryContext, facts.summary) };
}

/**
 * Opens a case for a person the agency can see, numbered in the format of the agency's
 * jurisdiction pack (`<agency>-<year>-<number>`) in the agency's own year, with the opening officer as its first case worker.
 */
export async function openCase(
  props: CommandProps & { open: OpenCase; jurisdiction: PackCode },
): Promise<CaseRow> {
  const { tx, actor, keyring } = props;
  const { type, personId, personRole, ...facts } = props.open;
  const agency = await findAgency(tx, actor.agencyId);
  if (!agency) throw new RuleViolationError('agency_not_found', 'Your agency is not registered.');
  const todayDate = todayIn(agency.time_zone);
  checkCaseDates(
    facts,
    {},
    {
      today: todayDate,
      earliestBirth: victimRoles.includes(personRole) ? await earliestBirthOf(tx, [personId]) : null,
    },
  );
  if (!(await findPersonForCase(tx, personId))) {
    throw new ValidationError([
      { code: 'person_not_recorded', field: 'personId', message: 'is not a person your agency has recorded' },
    ]);
  }
  const year = Number(todayDate.slice(0, 4));
  const reference = formatCaseReference(packForAgency(agency, props.jurisdiction).referenceFormats.case, {
    prefix: referencePrefix(agency.short_name),
    year,
    number: await nextCaseNumber(tx, actor.agencyId, year),
  });
  const id = randomUUID();
  await insertCase(tx, {
    id,
    agencyId: actor.agencyId,
    reference,
    type,
    openedOn: todayDate,
    createdBy: actor.userId,
    facts: encryptSummary(keyring, facts),
  });
  await addCasePerson(tx, id, personId, actor.agencyId, personRole);
  await assignCaseWorker(tx, id, actor.userId, actor.agencyId);
  await recordCaseEvent(tx, {
    caseId: id,
    agencyId: actor.agencyId,
    actorUserId: actor.userId,
    kind: 'case.opened',
    detail: { type },
  });
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'case.open',
    subject: { type: 'case', id },
    requestId: props.requestId,
    detail: { reference, type, personRole },
  });
  return requireCase(tx, id);
}

/** Reads a case and audits the read. */
export async function readCase(
  props: CommandProps & { caseId: string; reason?: string | undefined },
): Promise<CaseRow> {
  return requireCaseAudited(props.tx, props.caseId, props);
}

/** 412: the case was changed since the version the case worker read. */
export class CaseChangedError extends AppError {
  constructor() {
    super(
      'case_changed',
      412,
      'The case was changed by someone else since you read it: read it again before saving.',
    );
  }
}

/** 412 unless the case is still at the version the client read (when it named one). */
function refuseOtherVersion(found: CaseRow, version: number | undefined): void {
  if (version !== undefined && found.version !== version) throw new CaseChangedError();
}

/**
 * Changes the facts of an open or active case on the version the case worker read (412 if it
 * moved, checked again by the update itself so that a change committed meanwhile is not
 * overwritten). A stale version is answered before a closed case: reading again tells why.
 */
export async function changeCase(
  props: CommandProps & { caseId: string; version: number; change: CaseFacts },
): Promise<CaseRow> {
  const { tx, actor, change } = props;
  const found = await requireCase(tx, props.caseId);
  refuseOtherVersion(found, props.version);
  refuseClosedCase(found);
  const agency = await findAgency(tx, actor.agencyId);
  checkCaseDates(
    change,
    {
      recruitedOn: found.recruited_on,
      exploitationStartedOn: found.exploitation_started_on,
      exploitationEndedOn: found.exploitation_ended_on,
    },
    {
      today: todayIn(agency?.time_zone ?? 'UTC'),
      earliestBirth: await earliestBirthOf(
        tx,
        found.persons.filter((person) => victimRoles.includes(person.role)).map((person) => person.personId),
      ),
    },
  );
  if (!(await updateCaseFacts(tx, found.id, props.version, encryptSummary(props.keyring, change))))
    throw new CaseChangedError();
  const fields = Object.keys(change);
  await recordCaseEvent(tx, {
    caseId: found.id,
    agencyId: actor.agencyId,
    actorUserId: actor.userId,
    kind: 'case.updated',
    detail: { fields },
  });
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'case.update',
    subject: { type: 'case', id: found.id },
    requestId: props.requestId,
    detail: { fields },
  });
  return requireCase(tx, found.id);
}

export interface CaseStatusOutcome {
  readonly case: CaseRow;
  /** Present when the change waits for a supervisor's approval instead of being made. */
  readonly approval?: ApprovalRow;
}

/**
 * What an approved closure does: closes the case with the requester's reason, as the approver.
 * Given to the approvals module, which does not know cases.
 */
export function caseApprovalAppliers(keyring: Keyring): Pick<ApprovalAppliers, 'case_closure'> {
  return {
    case_closure: async (tx, actor, approval) => {
      await changeCaseStatus({
        tx,
        actor,
        keyring,
        caseId: approval.case_id,
        status: 'closed',
        reason: typeof approval.change.reason === 'string' ? approval.change.reason : undefined,
        approved: true,
        requestId: `approval:${approval.id}`,
      });
    },
  };
}

/** The status workflow: open → active → closed, closing from open too, and reopening a closed case. */
const transitions: Record<string, readonly string[]> = {
  open: ['active', 'closed'],
  active: ['closed'],
  closed: ['active'],
};

/**
 * Moves a case along its workflow; closing and reopening need a reason. With the version the
 * client read (If-Match) it is refused (412) when the case changed since; without, it is made on
 * the status it was checked in, never on one a concurrent change left (decision 0085).
 */
export async function changeCaseStatus(
  props: CommandProps & {
    caseId: string;
    status: string;
    reason?: string | undefined;
    /** The version read, when the client named one (If-Match). */
    version?: number | undefined;
    /** Set when a supervisor approved the change: it is then made even where approval is required. */
    approved?: boolean;
  },
): Promise<CaseStatusOutcome> {
  const { tx, actor, status, reason } = props;
  const found = await requireCase(tx, props.caseId);
  refuseOtherVersion(found, props.version);
  const next = transitions[found.status] ?? [];
  if (!next.includes(status)) {
    // Says where the case can go: a closed case is reopened by making it active, which a client
    // trying `open` cannot guess.
    throw new ConflictError(
      'case_status_transition',
      `A case that is ${found.status} cannot become ${status}; it can become ${next.join(' or ')}.`,
      [{ code: 'case_status_transition', field: 'status', message: `cannot follow ${found.status}` }],
    );
  }
  const reopening = found.status === 'closed';
  if ((status === 'closed' || reopening) && !reason) {
    throw new ValidationError([
      {
        code: 'reason_required',
        field: 'reason',
        message: `is required to ${reopening ? 'reopen' : 'close'} a case`,
      },
    ]);
  }
  if (status === 'closed' && !props.approved && (await needsApproval(tx, actor.agencyId, 'case_closure'))) {
    const approval = await requestApproval({
      tx,
      actor,
      kind: 'case_closure',
      caseId: found.id,
      change: { reason },
      requestId: props.requestId,
    });
    await recordCaseEvent(tx, {
      caseId: found.id,
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      kind: 'case.closure_requested',
      detail: { approvalId: approval.id },
    });
    return { case: found, approval };
  }
  const moved = await updateCaseStatus(tx, {
    id: found.id,
    from: found.status,
    to: status,
    closeReason: status === 'closed' ? (reason ?? null) : null,
    version: props.version,
  });
  if (!moved) throw new CaseChangedError();
  if (status === 'closed') {
    await cancelDeadlinesOfClosedCase({ tx, caseId: found.id });
    await withdrawApprovalsOfClosedCase({
      tx,
      actor,
      requestId: props.requestId,
      caseId: found.id,
      // Never empty: closing without a reason was refused above.
      reason: reason ?? '',
    });
  }
  const kind = reopening ? 'case.reopened' : status === 'closed' ? 'case.closed' : 'case.activated';
  await recordCaseEvent(tx, {
    caseId: found.id,
    agencyId: actor.agencyId,
    actorUserId: actor.userId,
    kind,
    detail: { from: found.status, to: status },
  });
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'case.change_status',
    subject: { type: 'case', id: found.id },
    reason,
    requestId: props.requestId,
    detail: { from: found.status, to: status },
  });
  return { case: await requireCase(tx, found.id) };
}
