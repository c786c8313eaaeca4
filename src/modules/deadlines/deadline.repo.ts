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

export interface DeadlineListFilter {
  agencyId: string;
  ownerUserId?: string;
  bucket?: DeadlineBucket;
  sourceKind?: string;
  /** The agency's today (`YYYY-MM-DD`): what "due today" means. */
  today: string;
  /** Overdue: past the due moment. */
  now: Date;
  limit: number;
  /** The last row seen: [due_at ISO, id]. */
  after?: [string, string];
}

/**
 * Open deadlines soonest first (overdue ones first of all), of an agency or of one owner. The
 * buckets compare the due date with the agency's today, as ranges on `due_on` the index serves.
 */
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
    params.push(filter.now);
    const now = `$${params.length}::timestamptz`;
    if (filter.bucket === 'overdue') where.push(`d.due_at <= ${now}`);
    else {
      params.push(filter.today);
      const today = `$${params.length}::date`;
      where.push(`d.due_at > ${now} and d.due_on ${filter.bucket === 'due_today' ? '<=' : '>'} ${today}`);
    }
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

/** How many open deadlines an agency (or one owner) has in each bucket. */
export async function countOpenDeadlines(
  tx: Tx,
  filter: Pick<DeadlineListFilter, 'agencyId' | 'ownerUserId' | 'today' | 'now'>,
): Promise<Record<DeadlineBucket, number>> {
  const [row] = await tx.query<{ overdue: number; due_today: number; upcoming: number }>(
    `select count(*) filter (where due_at <= $4)::int as overdue,
            count(*) filter (where due_at > $4 and due_on <= $2::date)::int as due_today,
            count(*) filter (where due_at > $4 and due_on > $2::date)::int as upcoming
       from deadline
      where agency_id = $1 and status = 'open' and ($3::uuid is null or owner_user_id = $3)`,
    [filter.agencyId, filter.today, filter.ownerUserId ?? null, filter.now],
  );
  return row ?? { overdue: 0, due_today: 0, upcoming: 0 };
}
