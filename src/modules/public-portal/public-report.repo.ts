import type { Tx } from '../../db/db.ts';
import { NotFoundError, RuleViolationError } from '../../shared/errors.ts';

/*
 * Reports as the database keeps them. `find…ByTrackingCode` and `insertReport…` serve the public
 * and run as the database owner (there is no signed-in user); the rest run as lindung_app under
 * migration 0064's policies.
 */
export interface ReportRow {
  id: string;
  tracking_code: string;
  secret_hash: string;
  agency_id: string;
  country: string;
  region: string | null;
  language: 'en' | 'ms' | 'id' | 'vi';
  what: string;
  place: string;
  happened: string | null;
  who: string | null;
  contact: string | null;
  status: 'received' | 'awaiting_reporter' | 'in_review' | 'closed' | 'converted';
  case_id: string | null;
  closed_reason: 'no_grounds' | 'duplicate' | 'referred_elsewhere' | 'resolved' | null;
  received_at: Date;
  pictures: number;
}

export interface MessageRow {
  direction: 'question' | 'answer';
  body: string;
  created_at: Date;
}

const reportSelect = `select r.id, r.tracking_code, r.secret_hash, r.agency_id, trim(r.country) as country, r.region,
  r.language, r.what, r.place, r.happened, r.who, r.contact, r.status, r.case_id, r.closed_reason, r.received_at,
  (select count(*)::int from public_report_attachment a where a.report_id = r.id) as pictures
  from public_report r`;

/** The agency that receives reports about a country: its police first, else its coordinating body. */
export async function routeReport(tx: Tx, country: string): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `select id from agency where country = $1 and active and type = any ($2::text[])
      order by array_position($2::text[], type), name limit 1`,
    [country, ['law_enforcement', 'coordinating_body', 'welfare']],
  );
  if (!row) {
    throw new RuleViolationError(
      'country_not_served',
      'No agency on this platform receives reports about that country.',
    );
  }
  return row.id;
}

export async function findReportByTrackingCode(tx: Tx, code: string): Promise<ReportRow | undefined> {
  const [row] = await tx.query<ReportRow>(`${reportSelect} where r.tracking_code = $1`, [
    code.trim().toUpperCase(),
  ]);
  return row;
}

export async function listReports(tx: Tx, status: string | undefined): Promise<ReportRow[]> {
  return tx.query<ReportRow>(
    `${reportSelect} where ($1::text is null or r.status = $1) order by r.received_at desc, r.id limit 500`,
    [status ?? null],
  );
}

export async function requireReport(tx: Tx, id: string): Promise<ReportRow> {
  const [row] = await tx.query<ReportRow>(`${reportSelect} where r.id = $1`, [id]);
  if (!row) throw new NotFoundError('public_report');
  return row;
}

export function messagesOf(tx: Tx, reportId: string): Promise<MessageRow[]> {
  return tx.query<MessageRow>(
    'select direction, body, created_at from public_report_message where report_id = $1 order by created_at, id',
    [reportId],
  );
}

export async function pictureIdsOf(tx: Tx, reportId: string): Promise<string[]> {
  const rows = await tx.query<{ id: string }>(
    'select id from public_report_attachment where report_id = $1 order by created_at, id',
    [reportId],
  );
  return rows.map((row) => row.id);
}

export async function requirePicture(
  tx: Tx,
  reportId: string,
  id: string,
): Promise<{ media_type: string; content: string }> {
  const [row] = await tx.query<{ media_type: string; content: string }>(
    'select media_type, content from public_report_attachment where report_id = $1 and id = $2',
    [reportId, id],
  );
  if (!row) throw new NotFoundError('picture');
  return row;
}

/** Changes a report's status; throws not found when row-level security hides the report. */
export async function setReportStatus(
  tx: Tx,
  id: string,
  change: { status: ReportRow['status']; closedReason?: string; caseId?: string },
): Promise<void> {
  const rows = await tx.query(
    `update public_report set status = $2, closed_reason = coalesce($3, closed_reason),
            case_id = coalesce($4, case_id), updated_at = now()
      where id = $1 returning 1`,
    [id, change.status, change.closedReason ?? null, change.caseId ?? null],
  );
  if (rows.length === 0) throw new NotFoundError('public_report');
}
