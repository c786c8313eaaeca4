import type { Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';

export interface TaskRow {
  id: string;
  case_id: string;
  title: string;
  due_on: string | null;
  owner_user_id: string | null;
  status: string;
  done_at: Date | null;
  created_at: Date;
}

const taskColumns = 'id, case_id, title, due_on, owner_user_id, status, done_at, created_at';

export async function insertTask(
  tx: Tx,
  task: {
    caseId: string;
    agencyId: string;
    title: string;
    dueOn: string | null;
    ownerUserId: string;
    createdBy: string;
  },
): Promise<TaskRow> {
  const [row] = await tx.query<TaskRow>(
    `insert into case_task (case_id, agency_id, title, due_on, owner_user_id, created_by)
     values ($1, $2, $3, $4, $5, $6) returning ${taskColumns}`,
    [task.caseId, task.agencyId, task.title, task.dueOn, task.ownerUserId, task.createdBy],
  );
  if (!row) throw new Error('task insert returned no row');
  return row;
}

export async function requireTask(tx: Tx, id: string): Promise<TaskRow> {
  const [row] = await tx.query<TaskRow>(`select ${taskColumns} from case_task where id = $1`, [id]);
  if (!row) throw new NotFoundError('task');
  return row;
}

export async function updateTask(
  tx: Tx,
  id: string,
  change: { title?: string; dueOn?: string | null; ownerUserId?: string; status?: string },
): Promise<TaskRow> {
  const [row] = await tx.query<TaskRow>(
    `update case_task set
       title = coalesce($2, title),
       due_on = case when $3::boolean then $4::date else due_on end,
       owner_user_id = coalesce($5, owner_user_id),
       status = coalesce($6, status),
       done_at = case when coalesce($6, status) = 'done' then coalesce(done_at, now()) end,
       updated_at = now()
     where id = $1 returning ${taskColumns}`,
    [
      id,
      change.title ?? null,
      change.dueOn !== undefined,
      change.dueOn ?? null,
      change.ownerUserId ?? null,
      change.status ?? null,
    ],
  );
  if (!row) throw new NotFoundError('task');
  return row;
}

export function listTasks(tx: Tx, caseId: string): Promise<TaskRow[]> {
  return tx.query<TaskRow>(
    `select ${taskColumns} from case_task where case_id = $1
      order by status = 'open' desc, due_on nulls last, created_at, id`,
    [caseId],
  );
}

/** The user's open tasks in the acting agency (row-level security keeps to it), soonest due first. */
export function listOwnOpenTasks(
  tx: Tx,
  userId: string,
  limit: number,
): Promise<(TaskRow & { case_reference: string })[]> {
  return tx.query<TaskRow & { case_reference: string }>(
    `select t.id, t.case_id, t.title, t.due_on, t.owner_user_id, t.status, t.done_at, t.created_at,
            c.reference as case_reference
       from case_task t join case_file c on c.id = t.case_id
      where t.owner_user_id = $1 and t.status = 'open'
      order by t.due_on nulls last, t.created_at, t.id
      limit $2`,
    [userId, limit],
  );
}

export interface NoteRow {
  id: string;
  case_id: string;
  body: string;
  author_user_id: string | null;
  created_at: Date;
}

export async function insertNote(
  tx: Tx,
  note: { caseId: string; agencyId: string; body: string; authorUserId: string },
): Promise<NoteRow> {
  const [row] = await tx.query<NoteRow>(
    `insert into case_note (case_id, agency_id, body, author_user_id) values ($1, $2, $3, $4)
     returning id, case_id, body, author_user_id, created_at`,
    [note.caseId, note.agencyId, note.body, note.authorUserId],
  );
  if (!row) throw new Error('note insert returned no row');
  return row;
}

export function listNotes(tx: Tx, caseId: string): Promise<NoteRow[]> {
  return tx.query<NoteRow>(
    'select id, case_id, body, author_user_id, created_at from case_note where case_id = $1 order by created_at, id',
    [caseId],
  );
}

/** Whether the user belongs to the agency (and so may work on its cases). */
export async function isAgencyMember(tx: Tx, userId: string, agencyId: string): Promise<boolean> {
  const rows = await tx.query('select 1 from membership where user_id = $1 and agency_id = $2 limit 1', [
    userId,
    agencyId,
  ]);
  return rows.length > 0;
}

export async function removeCaseWorker(tx: Tx, caseId: string, userId: string): Promise<boolean> {
  const rows = await tx.query('delete from case_worker where case_id = $1 and user_id = $2 returning 1', [
    caseId,
    userId,
  ]);
  return rows.length > 0;
}
