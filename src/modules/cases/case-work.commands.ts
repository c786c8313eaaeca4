import { recordAudit } from '../../audit/audit.ts';
import { encryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import type { CaseEventKind } from '../../shared/case-event-kinds.ts';
import { ConflictError, caseClosed, NotFoundError, ValidationError } from '../../shared/errors.ts';
import { assignCaseWorker, type CaseRow, requireCase } from './case.repo.ts';
import { recordCaseEvent } from './case-events.repo.ts';
import {
  insertNote,
  insertTask,
  isAgencyMember,
  type NoteRow,
  removeCaseWorker,
  requireTask,
  type TaskRow,
  updateTask,
} from './case-work.repo.ts';
import type { ChangeTask } from './case-work.schema.ts';

export const caseNoteContext = 'case_note.body';

interface CommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly requestId: string;
}

/** Refuses a change to a closed case (409 `case_closed`): it must be reopened first. */
export function refuseClosedCase(found: CaseRow): CaseRow {
  if (found.status === 'closed') {
    throw new ConflictError('case_closed', 'The case is closed. Reopen it before changing it.', [
      caseClosed(),
    ]);
  }
  return found;
}

/** A case that can still be worked on: visible to the actor and not closed. */
export async function workableCase(tx: Tx, caseId: string): Promise<CaseRow> {
  return refuseClosedCase(await requireCase(tx, caseId));
}

async function requireMember(tx: Tx, userId: string, agencyId: string, field: string): Promise<void> {
  if (!(await isAgencyMember(tx, userId, agencyId))) {
    throw new ValidationError([
      { code: 'user_not_of_agency', field, message: 'is not a member of your agency' },
    ]);
  }
}

/** Records a change to a case (its work, its care…) on its timeline and in the audit log, together. */
export async function recordCaseWork(
  props: CommandProps,
  caseId: string,
  kind: CaseEventKind,
  subject: { type: string; id: string },
  detail: Record<string, unknown> = {},
): Promise<void> {
  const { tx, actor } = props;
  await recordCaseEvent(tx, { caseId, agencyId: actor.agencyId, actorUserId: actor.userId, kind, detail });
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: kind,
    subject,
    requestId: props.requestId,
    detail: { caseId, ...detail },
  });
}

/** Adds a task to an open case, owned by a member of the agency (the creator by default). */
export async function addTask(
  props: CommandProps & {
    caseId: string;
    title: string;
    dueOn?: string | undefined;
    ownerUserId?: string | undefined;
  },
): Promise<TaskRow> {
  const { tx, actor } = props;
  const found = await workableCase(tx, props.caseId);
  const owner = props.ownerUserId ?? actor.userId;
  await requireMember(tx, owner, actor.agencyId, 'ownerUserId');
  const task = await insertTask(tx, {
    caseId: found.id,
    agencyId: actor.agencyId,
    title: props.title,
    dueOn: props.dueOn ?? null,
    ownerUserId: owner,
    createdBy: actor.userId,
  });
  await recordCaseWork(
    props,
    found.id,
    'case.task_added',
    { type: 'task', id: task.id },
    { dueOn: task.due_on },
  );
  return task;
}

/** Changes a task: its title, due date, owner, or status (done, cancelled, reopened). */
export async function changeTask(
  props: CommandProps & { taskId: string; change: ChangeTask },
): Promise<TaskRow> {
  const { tx, actor, change } = props;
  const task = await requireTask(tx, props.taskId);
  await workableCase(tx, task.case_id);
  if (change.ownerUserId) await requireMember(tx, change.ownerUserId, actor.agencyId, 'ownerUserId');
  const changed = await updateTask(tx, task.id, change);
  const kind = change.status === 'done' ? 'case.task_done' : 'case.task_changed';
  await recordCaseWork(
    props,
    task.case_id,
    kind,
    { type: 'task', id: task.id },
    { fields: Object.keys(change) },
  );
  return changed;
}

/** Adds a note to an open case; its text is encrypted and never changed afterwards. */
export async function addNote(
  props: CommandProps & { keyring: Keyring; caseId: string; body: string },
): Promise<NoteRow> {
  const { tx, actor } = props;
  const found = await workableCase(tx, props.caseId);
  const note = await insertNote(tx, {
    caseId: found.id,
    agencyId: actor.agencyId,
    body: encryptField(props.keyring, caseNoteContext, props.body),
    authorUserId: actor.userId,
  });
  await recordCaseWork(props, found.id, 'case.note_added', { type: 'note', id: note.id });
  return note;
}

/** Makes a member of the agency a case worker of the case. */
export async function assignWorker(
  props: CommandProps & { caseId: string; userId: string },
): Promise<CaseRow> {
  const { tx, actor } = props;
  const found = await workableCase(tx, props.caseId);
  await requireMember(tx, props.userId, actor.agencyId, 'userId');
  await assignCaseWorker(tx, found.id, props.userId, actor.agencyId);
  await recordCaseWork(
    props,
    found.id,
    'case.worker_assigned',
    { type: 'case', id: found.id },
    { userId: props.userId },
  );
  return requireCase(tx, found.id);
}

/** Takes a case worker off the case; a case keeps at least one. */
export async function unassignWorker(
  props: CommandProps & { caseId: string; userId: string },
): Promise<CaseRow> {
  const { tx } = props;
  const found = await workableCase(tx, props.caseId);
  if (!found.workers.some((worker) => worker.userId === props.userId)) throw new NotFoundError('case_worker');
  if (found.workers.length === 1) {
    throw new ConflictError(
      'last_case_worker',
      'A case keeps at least one case worker: assign another first.',
    );
  }
  await removeCaseWorker(tx, found.id, props.userId);
  await recordCaseWork(
    props,
    found.id,
    'case.worker_unassigned',
    { type: 'case', id: found.id },
    { userId: props.userId },
  );
  return requireCase(tx, found.id);
}
