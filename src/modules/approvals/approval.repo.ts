import type { Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';

export interface ApprovalRow {
  id: string;
  kind: string;
  case_id: string;
  change: Record<string, unknown>;
  /** Encrypted JSON of the confidential part of the change (context `approval_request.sealed_change`). */
  sealed_change: string | null;
  requested_by: string;
  requested_at: Date;
  status: 'pending' | 'approved' | 'rejected' | 'withdrawn';
  decided_by: string | null;
  decided_at: Date | null;
  comment: string | null;
  /**
   * The names the reader may see: a requester's or decider's display name (a colleague's, under
   * `app_user`'s row-level security; null for one who has left the agency) and the case's reference.
   */
  requested_by_name: string | null;
  decided_by_name: string | null;
  case_reference: string | null;
  /** `decided_at` to the microsecond, the decided list's cursor. */
  decided_key: string | null;
}

const selectApprovals = `
  select a.id, a.kind, a.case_id, a.change, a.sealed_change, a.requested_by, a.requested_at, a.status,
         a.decided_by, a.decided_at, a.comment, requester.display_name as requested_by_name,
         decider.display_name as decided_by_name, c.reference as case_reference,
         to_char(a.decided_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as decided_key
    from approval_request a
    left join app_user requester on requester.id = a.requested_by
    left join app_user decider on decider.id = a.decided_by
    left join case_file c on c.id = a.case_id`;

export async function insertApproval(
  tx: Tx,
  request: {
    agencyId: string;
    kind: string;
    caseId: string;
    change: Record<string, unknown>;
    sealedChange: string | null;
    requestedBy: string;
  },
): Promise<ApprovalRow> {
  const [row] = await tx.query<{ id: string }>(
    `insert into approval_request (agency_id, kind, case_id, change, sealed_change, requested_by)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [
      request.agencyId,
      request.kind,
      request.caseId,
      JSON.stringify(request.change),
      request.sealedChange,
      request.requestedBy,
    ],
  );
  if (!row) throw new Error('approval insert returned no row');
  return requireApproval(tx, row.id);
}

export async function findApproval(tx: Tx, id: string): Promise<ApprovalRow | undefined> {
  const [row] = await tx.query<ApprovalRow>(`${selectApprovals} where a.id = $1`, [id]);
  return row;
}

export async function requireApproval(tx: Tx, id: string): Promise<ApprovalRow> {
  const row = await findApproval(tx, id);
  if (!row) throw new NotFoundError('approval');
  return row;
}

export async function pendingApprovalFor(
  tx: Tx,
  caseId: string,
  kind: string,
): Promise<ApprovalRow | undefined> {
  const [row] = await tx.query<ApprovalRow>(
    `${selectApprovals} where a.case_id = $1 and a.kind = $2 and a.status = 'pending'`,
    [caseId, kind],
  );
  return row;
}

/** Settles a pending request; false when it was settled meanwhile (or row-level security hides it). */
export async function settleApproval(
  tx: Tx,
  id: string,
  outcome: {
    status: 'approved' | 'rejected' | 'withdrawn';
    decidedBy: string | null;
    comment: string | null;
  },
): Promise<boolean> {
  const rows = await tx.query(
    `update approval_request set status = $2, decided_by = $3, decided_at = now(), comment = $4
      where id = $1 and status = 'pending' returning 1`,
    [id, outcome.status, outcome.decidedBy, outcome.comment],
  );
  return rows.length === 1;
}

/**
 * Withdraws every request still pending on a case, `comment` saying why; returns those withdrawn.
 */
export function withdrawPendingApprovalsOfCase(
  tx: Tx,
  caseId: string,
  comment: string,
): Promise<{ id: string; kind: string }[]> {
  return tx.query<{ id: string; kind: string }>(
    `update approval_request set status = 'withdrawn', decided_by = null, decided_at = now(), comment = $2
      where case_id = $1 and status = 'pending' returning id, kind`,
    [caseId, comment],
  );
}

/** The agency's requests, pending first, newest first. */
export function listApprovals(tx: Tx, status: string | undefined): Promise<ApprovalRow[]> {
  return tx.query<ApprovalRow>(
    `${selectApprovals} where ($1::text is null or a.status = $1)
      order by a.status = 'pending' desc, a.requested_at desc, a.id limit 200`,
    [status ?? null],
  );
}

/**
 * A page of the agency's settled requests (approved, rejected or withdrawn), the latest decided
 * first; `after` is the last row's `[decided_key, id]`.
 */
export function listDecidedApprovals(
  tx: Tx,
  limit: number,
  after: readonly [string, string] | undefined,
): Promise<ApprovalRow[]> {
  return tx.query<ApprovalRow>(
    `${selectApprovals} where a.status <> 'pending'
        and ($2::timestamptz is null or (a.decided_at, a.id) < ($2::timestamptz, $3::uuid))
      order by a.decided_at desc, a.id desc limit $1`,
    [limit + 1, after?.[0] ?? null, after?.[1] ?? null],
  );
}
