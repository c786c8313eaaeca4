import { sql as raw } from 'kysely';
import { sql, type Tx } from '../../db/db.ts';
import type { AuditQuery } from './audit-log.schema.ts';

export interface AuditEntryRow {
  id: number;
  seq: number | null;
  at: Date;
  actor_user_id: string | null;
  actor_name: string | null;
  agency_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  outcome: 'success' | 'denied' | 'failure';
  reason: string | null;
  request_id: string | null;
  detail: Record<string, unknown>;
}

/**
 * The entries row-level security lets the reader see, newest first (the cursor is the entry's
 * id). Days are the reader's agency's days: `timeZone` turns them into instants, so the index on
 * `(agency_id, at)` still serves the period.
 */
export function listAuditEntries(
  tx: Tx,
  query: AuditQuery,
  timeZone: string,
  afterId: number | undefined,
): Promise<AuditEntryRow[]> {
  let statement = sql
    .selectFrom('audit_event as e')
    .leftJoin('app_user as u', 'u.id', 'e.actor_user_id')
    // The entry's place in the chain, none until the chainer has reached it.
    .leftJoin('audit_chain as c', 'c.entry_id', 'e.id')
    .select([
      'e.id',
      'c.seq',
      'e.at',
      'e.actor_user_id',
      'u.display_name as actor_name',
      'e.agency_id',
      'e.action',
      'e.subject_type',
      'e.subject_id',
      'e.outcome',
      'e.reason',
      'e.request_id',
      'e.detail',
    ]);
  // `timezone(zone, local timestamp)` is the instant the agency's day starts.
  if (query.from)
    statement = statement.where('e.at', '>=', raw<Date>`timezone(${timeZone}, ${query.from}::timestamp)`);
  if (query.to) {
    statement = statement.where(
      'e.at',
      '<',
      raw<Date>`timezone(${timeZone}, (${query.to}::date + 1)::timestamp)`,
    );
  }
  if (query.actorUserId) statement = statement.where('e.actor_user_id', '=', query.actorUserId);
  if (query.action) {
    const action = query.action;
    statement = statement.where((eb) =>
      eb.or([eb('e.action', '=', action), eb('e.action', 'like', `${action.replaceAll('_', '\\_')}.%`)]),
    );
  }
  if (query.subjectType) statement = statement.where('e.subject_type', '=', query.subjectType);
  if (query.subjectId) statement = statement.where('e.subject_id', '=', query.subjectId);
  if (query.outcome) statement = statement.where('e.outcome', '=', query.outcome);
  if (query.agencyId) statement = statement.where('e.agency_id', '=', query.agencyId);
  if (afterId !== undefined) statement = statement.where('e.id', '<', afterId);
  return tx.all(statement.orderBy('e.id', 'desc').limit(query.limit + 1)) as Promise<AuditEntryRow[]>;
}

/**
 * Whether the database itself counts the reader among those who read every agency's entries
 * (the same test as the row-level policy on `audit_event`): the chain check, which reads the
 * whole table as its owner, asks it first so that it holds with the application's checks off.
 */
export async function readsEveryAgency(tx: Tx): Promise<boolean> {
  const [row] = await tx.query<{ allowed: boolean }>("select lindung_can('audit:read_any') as allowed");
  return row?.allowed === true;
}
