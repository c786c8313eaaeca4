import { decryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import { caseNoteContext } from './case-work.commands.ts';
import type { NoteRow, TaskRow } from './case-work.repo.ts';

/** A task as the API shows it; `today` is the agency's date, for the overdue flag. */
export function presentTask(row: TaskRow, today: string) {
  return {
    id: row.id,
    caseId: row.case_id,
    title: row.title,
    dueOn: row.due_on,
    ownerUserId: row.owner_user_id,
    status: row.status as 'open' | 'done' | 'cancelled',
    overdue: row.status === 'open' && row.due_on !== null && row.due_on < today,
    doneAt: row.done_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

export function presentNote(row: NoteRow, keyring: Keyring) {
  return {
    id: row.id,
    caseId: row.case_id,
    body: decryptField(keyring, caseNoteContext, row.body),
    authorUserId: row.author_user_id,
    createdAt: row.created_at.toISOString(),
  };
}
