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
}

const columns =
  'id, kind, case_id, change, sealed_change, requested_by, requested_at, status, decided_by, decided_at, comment';

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
  const [row] = await tx.query<ApprovalRow>(
    `insert into approval_request (agency_id, kind, case_id, change, sealed_change, requested_by)
     values ($1, $2, $3, $4, $5, $6) returning ${columns}`,
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
  return row;
}

export async function findApproval(tx: Tx, id: string): Promise<ApprovalRow | undefined> {
  const [row] = await tx.query<ApprovalRow>(`select ${columns} from approval_request where id = $1`, [id]);
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
    `select ${columns} from approval_request where case_id = $1 and kind = $2 and status = 'pending'`,
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

/** The agency's requests, pending first, newest first. */
export function listApprovals(tx: Tx, status: string | undefined): Promise<ApprovalRow[]> {
  return tx.query<ApprovalRow>(
    `select ${columns} from approval_request where ($1::text is null or status = $1)
      order by status = 'pending' desc, requested_at desc, id limit 200`,
    [status ?? null],
  );
}
