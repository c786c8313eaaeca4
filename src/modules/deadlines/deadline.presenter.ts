import type { z } from 'zod';
import type { DeadlineBucket, DeadlineRow } from './deadline.repo.ts';
import type { deadlineSchema } from './deadline.schema.ts';

export function bucketOf(
  row: Pick<DeadlineRow, 'due_at' | 'due_on'>,
  today: string,
  now: Date,
): DeadlineBucket {
  if (row.due_at.getTime() <= now.getTime()) return 'overdue';
  return row.due_on <= today ? 'due_today' : 'upcoming';
}

export function presentDeadline(row: DeadlineRow, today: string, now: Date): z.infer<typeof deadlineSchema> {
  return {
    id: row.id,
    sourceKind: row.source_kind,
    sourceId: row.source_id,
    caseId: row.case_id,
    caseReference: row.case_reference,
    ownerUserId: row.owner_user_id,
    dueOn: row.due_on,
    dueAt: row.due_at.toISOString(),
    bucket: bucketOf(row, today, now),
    status: row.status,
  };
}
