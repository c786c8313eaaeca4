import type { Queryable, Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';

export interface ReportRow {
  id: string;
  agency_id: string;
  requested_by: string;
  kind: 'national-report' | 'tip-table';
  format: 'pdf' | 'xlsx' | 'csv';
  language: 'en' | 'ms' | 'id' | 'vi';
  from_date: string;
  to_date: string;
  permissions: string[];
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: number;
  media_type: string | null;
  size_bytes: number | null;
  sha256: string | null;
  error: string | null;
  created_at: Date;
  finished_at: Date | null;
}

const columns = `id, agency_id, requested_by, kind, format, language, to_char(from_date, 'YYYY-MM-DD') as from_date,
  to_char(to_date, 'YYYY-MM-DD') as to_date, permissions, status, progress, media_type, size_bytes, sha256, error,
  created_at, finished_at`;

export async function insertReport(
  tx: Tx,
  row: Pick<
    ReportRow,
    | 'id'
    | 'agency_id'
    | 'requested_by'
    | 'kind'
    | 'format'
    | 'language'
    | 'from_date'
    | 'to_date'
    | 'permissions'
  >,
): Promise<ReportRow> {
  const [inserted] = await tx.query<ReportRow>(
    `insert into report (id, agency_id, requested_by, kind, format, language, from_date, to_date, permissions)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning ${columns}`,
    [
      row.id,
      row.agency_id,
      row.requested_by,
      row.kind,
      row.format,
      row.language,
      row.from_date,
      row.to_date,
      row.permissions,
    ],
  );
  return inserted as ReportRow;
}

/** A report as row-level security lets the caller see it (their agency's). */
export async function requireReport(tx: Queryable, id: string): Promise<ReportRow> {
  const [row] = await tx.query<ReportRow>(`select ${columns} from report where id = $1`, [id]);
  if (!row) throw new NotFoundError('report');
  return row;
}

export function listReports(tx: Tx, limit: number): Promise<ReportRow[]> {
  return tx.query<ReportRow>(`select ${columns} from report order by created_at desc, id limit $1`, [limit]);
}

export async function pendingReportsOf(tx: Tx, userId: string): Promise<number> {
  const [row] = await tx.query<{ n: number }>(
    `select count(*)::int as n from report where requested_by = $1 and status in ('queued', 'running')`,
    [userId],
  );
  return row?.n ?? 0;
}

export async function updateReport(
  tx: Queryable,
  id: string,
  change: Partial<
    Pick<ReportRow, 'status' | 'progress' | 'media_type' | 'size_bytes' | 'sha256' | 'error'>
  > & {
    finished?: boolean;
  },
): Promise<void> {
  await tx.query(
    `update report set status = coalesce($2, status), progress = coalesce($3, progress),
            media_type = coalesce($4, media_type), size_bytes = coalesce($5, size_bytes),
            sha256 = coalesce($6, sha256), error = coalesce($7, error),
            finished_at = case when $8 then now() else finished_at end
      where id = $1`,
    [
      id,
      change.status ?? null,
      change.progress ?? null,
      change.media_type ?? null,
      change.size_bytes ?? null,
      change.sha256 ?? null,
      change.error ?? null,
      change.finished ?? false,
    ],
  );
}
