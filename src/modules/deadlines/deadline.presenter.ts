import type { z } from 'zod';
import type { DeadlineBucket, DeadlineRow } from './deadline.repo.ts';
import type { deadlineSchema } from './deadline.schema.ts';

/** Overdue once its moment has passed; due today until the agency's next midnight; upcoming after. */
export function bucketOf(row: Pick<DeadlineRow, 'due_at'>, now: Date, endOfToday: Date): DeadlineBucket {
  if (row.due_at.getTime() <= now.getTime()) return 'overdue';
  return row.due_at.getTime() <= endOfToday.getTime() ? 'due_today' : 'upcoming';
}

export function presentDeadline(
  row: DeadlineRow,
  now: Date,
  endOfToday: Date,
): z.infer<typeof deadlineSchema> {
  return {
    id: row.id,
    sourceKind: row.source_kind,
    sourceId: row.source_id,
    caseId: row.case_id,
    caseReference: row.case_reference,
    ownerUserId: row.owner_user_id,
    dueOn: row.due_on,
    dueAt: row.due_at.toISOString(),
    bucket: bucketOf(row, now, endOfToday),
    status: row.status,
  };
}
