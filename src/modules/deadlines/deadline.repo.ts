import type { Queryable, Tx } from '../../db/db.ts';

export interface DeadlineRow {
  id: string;
  agency_id: string;
  case_id: string | null;
  case_reference: string | null;
  source_kind: string;
  source_id: string;
  owner_user_id: string | null;
  due_at: Date;
  due_on: string;
  status: 'open' | 'done' | 'cancelled';
  closed_at: Date | null;
}

const columns = `d.id, d.agency_id, d.case_id, c.reference as case_reference, d.source_kind, d.source_id,
  d.owner_user_id, d.due_at, to_char(d.due_on, 'YYYY-MM-DD') as due_on, d.status, d.closed_at`;

export interface DeadlineValues {
  agencyId: string;
  caseId: string | null;
  sourceKind: string;
  sourceId: string;
  ownerUserId: string | null;
  dueAt: Date;
  dueOn: string;
}

/** Adds the source's deadline, or moves it (and reopens it) when the source already has one. */
export async function upsertDeadline(tx: Tx, values: DeadlineValues): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into deadline (agency_id, case_id, source_kind, source_id, owner_user_id, due_at, due_on)
     values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (source_kind, source_id) do update
       set owner_user_id = excluded.owner_user_id, due_at = excluded.due_at, due_on = excluded.due_on,
           status = 'open', closed_at = null, updated_at = now()
     returning id`,
    [
      values.agencyId,
      values.caseId,
      values.sourceKind,
      values.sourceId,
      values.ownerUserId,
      values.dueAt,
      values.dueOn,
    ],
  );
  if (!row) throw new Error('deadline upsert returned no row');
  return row.id;
}

export async function setDeadlineStatus(
  tx: Tx,
  source: { kind: string; id: string },
  status: 'done' | 'cancelled',
): Promise<boolean> {
  const rows = await tx.query(
    `update deadline set status = $3, closed_at = now(), updated_at = now()
      where source_kind = $1 and source_id = $2 and status = 'open' returning id`,
    [source.kind, source.id, status],
  );
  return rows.length > 0;
}

export async function findDeadlineOfSource(
  tx: Queryable,
  source: { kind: string; id: string },
): Promise<DeadlineRow | undefined> {
  const [row] = await tx.query<DeadlineRow>(
    `select ${columns} from deadline d left join case_file c on c.id = d.case_id
      where d.source_kind = $1 and d.source_id = $2`,
    [source.kind, source.id],
  );
  return row;
}

export type DeadlineBucket = 'overdue' | 'due_today' | 'upcoming';

/** Counts stop at this many: the dashboard says "1000 or more" rather than counting 50k rows each time. */
export const deadlineCountLimit = 1000;

export interface DeadlineListFilter {
  agencyId: string;
  ownerUserId?: string;
  bucket?: DeadlineBucket;
  sourceKind?: string;
  /** Overdue: due at or before now. */
  now: Date;
  /** Due today: after now and by the end of the agency's today (the next local midnight). */
  endOfToday: Date;
  limit: number;
  /** The last row seen: [due_at ISO, id]. */
  after?: [string, string];
}

/** The buckets as ranges of `due_at`, which the partial index on open deadlines serves. */
function bucketRange(bucket: DeadlineBucket, now: string, endOfToday: string): string {
  if (bucket === 'overdue') return `d.due_at <= ${now}`;
  if (bucket === 'due_today') return `d.due_at > ${now} and d.due_at <= ${endOfToday}`;
  return `d.due_at > ${endOfToday}`;
}

/** Open deadlines soonest first (overdue ones first of all), of an agency or of one owner. */
export function listOpenDeadlines(tx: Tx, filter: DeadlineListFilter): Promise<DeadlineRow[]> {
  const params: unknown[] = [filter.agencyId];
  const where = [`d.agency_id = $1`, `d.status = 'open'`];
  if (filter.ownerUserId) {
    params.push(filter.ownerUserId);
    where.push(`d.owner_user_id = $${params.length}`);
  }
  if (filter.sourceKind) {
    params.push(filter.sourceKind);
    where.push(`d.source_kind = $${params.length}`);
  }
  if (filter.bucket) {
    params.push(filter.bucket === 'upcoming' ? filter.endOfToday : filter.now);
    if (filter.bucket === 'due_today') params.push(filter.endOfToday);
    const now =
      filter.bucket === 'upcoming'
        ? ''
        : `$${filter.bucket === 'due_today' ? params.length - 1 : params.length}::timestamptz`;
    const end = filter.bucket === 'overdue' ? '' : `$${params.length}::timestamptz`;
    where.push(bucketRange(filter.bucket, now, end));
  }
  if (filter.after) {
    params.push(filter.after[0], filter.after[1]);
    where.push(`(d.due_at, d.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
  }
  params.push(filter.limit + 1);
  return tx.query<DeadlineRow>(
    `select ${columns} from deadline d left join case_file c on c.id = d.case_id
      where ${where.join(' and ')}
      order by d.due_at, d.id
      limit $${params.length}`,
    params,
  );
}

/** How many open deadlines an agency (or one owner) has in each bucket, each up to the limit. */
export async function countOpenDeadlines(
  tx: Tx,
  filter: Pick<DeadlineListFilter, 'agencyId' | 'ownerUserId' | 'now' | 'endOfToday'>,
): Promise<Record<DeadlineBucket, number>> {
  const scope = `d.agency_id = $1 and d.status = 'open' and ($2::uuid is null or d.owner_user_id = $2)`;
  const count = (bucket: DeadlineBucket) =>
    `(select count(*)::int from (select 1 from deadline d where ${scope} and ${bucketRange(bucket, '$3::timestamptz', '$4::timestamptz')} limit $5) b)`;
  const [row] = await tx.query<Record<DeadlineBucket, number>>(
    `select ${count('overdue')} as overdue, ${count('due_today')} as due_today, ${count('upcoming')} as upcoming`,
    [filter.agencyId, filter.ownerUserId ?? null, filter.now, filter.endOfToday, deadlineCountLimit],
  );
  return row ?? { overdue: 0, due_today: 0, upcoming: 0 };
}

/** The reminders sent for a deadline's current date, by lead. */
export async function sentReminders(tx: Tx, deadlineId: string): Promise<Map<number, Date>> {
  const rows = await tx.query<{ lead_days: number; sent_at: Date }>(
    `select r.lead_days, r.sent_at from deadline_reminder r join deadline d on d.id = r.deadline_id
      where r.deadline_id = $1 and r.due_on = d.due_on`,
    [deadlineId],
  );
  return new Map(rows.map((row) => [row.lead_days, row.sent_at]));
}
