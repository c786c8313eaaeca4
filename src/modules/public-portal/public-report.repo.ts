import type { Tx } from '../../db/db.ts';
import { NotFoundError, RuleViolationError } from '../../shared/errors.ts';
import { trackingCodeOf } from './secrets.ts';

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
  region_code: string | null;
  language: 'en' | 'ms' | 'id' | 'vi';
  what: string;
  place: string;
  happened: string | null;
  who: string | null;
  contact: string | null;
  status: 'received' | 'awaiting_reporter' | 'in_review' | 'closed' | 'converted';
  case_id: string | null;
  investigation_id: string | null;
  closed_reason: 'no_grounds' | 'duplicate' | 'referred_elsewhere' | 'resolved' | null;
  received_at: Date;
  pictures: number;
}

export interface MessageRow {
  direction: 'question' | 'answer';
  body: string;
  created_at: Date;
}

const reportSelect = `select r.id, r.tracking_code, r.secret_hash, r.agency_id, trim(r.country) as country, r.region, r.region_code,
  r.language, r.what, r.place, r.happened, r.who, r.contact, r.status, r.case_id, r.investigation_id, r.closed_reason, r.received_at,
  (select count(*)::int from public_report_attachment a where a.report_id = r.id) as pictures
  from public_report r`;

/**
 * The agency that receives a report about a place: an active agency of the country that declares
 * the place's region (ISO 3166-2), else the country's default triage agency, else its police,
 * coordinating body or welfare agency, in that order. Agencies of one kind break ties by name.
 */
export async function routeReport(tx: Tx, country: string, regionCode: string | null): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `select a.id from agency a
      where a.country = $1 and a.active and lindung_receives_public_reports(a.type)
        and (a.default_triage or a.type = any ($2::text[])
             or exists (select 1 from agency_region g where g.agency_id = a.id and g.region_code = $3))
      order by exists (select 1 from agency_region g where g.agency_id = a.id and g.region_code = $3) desc,
               a.default_triage desc, array_position($2::text[], a.type), a.name
      limit 1`,
    [country, ['law_enforcement', 'coordinating_body', 'welfare'], regionCode],
  );
  if (!row) {
    throw new RuleViolationError(
      'country_not_served',
      'No agency on this platform receives reports about that country.',
    );
  }
  return row.id;
}

export interface RoutingRow {
  from_agency_id: string;
  from_agency: string;
  to_agency_id: string;
  to_agency: string;
  reason: string;
  routed_at: Date;
}

/** The moves of a report between triage queues that the caller's agency took part in, oldest first. */
export function routingsOf(tx: Tx, reportId: string): Promise<RoutingRow[]> {
  return tx.query<RoutingRow>(
    `select m.from_agency_id, f.name as from_agency, m.to_agency_id, t.name as to_agency, m.reason, m.routed_at
       from public_report_routing m
       join agency f on f.id = m.from_agency_id
       join agency t on t.id = m.to_agency_id
      where m.report_id = $1 order by m.routed_at, m.id`,
    [reportId],
  );
}

/** Hands the report to another agency's queue (0100's lindung_reroute_public_report checks the caller). */
/** Moves the report (migration 0103's function); returns the notifications of the receiver's triage staff (e-mailed too). */
export async function moveReport(
  tx: Tx,
  reportId: string,
  agencyId: string,
  reason: string,
): Promise<string[]> {
  const rows = await tx.query<{ id: string }>('select lindung_reroute_public_report($1, $2, $3) as id', [
    reportId,
    agencyId,
    reason,
  ]);
  return rows.map((row) => row.id);
}

/**
 * Notifies the triage staff of the agency a report was routed to on receipt (run as the tables'
 * owner, as the reception is) and e-mails them; returns the notifications' ids.
 */
export async function notifyReceivingAgency(tx: Tx, reportId: string): Promise<string[]> {
  const rows = await tx.query<{ id: string }>(
    `select lindung_notify_public_report_triage($1, 'public_report.received', '{}'::jsonb) as id`,
    [reportId],
  );
  return rows.map((row) => row.id);
}

export async function findReportByTrackingCode(tx: Tx, code: string): Promise<ReportRow | undefined> {
  const [row] = await tx.query<ReportRow>(`${reportSelect} where r.tracking_code = $1`, [
    trackingCodeOf(code),
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

/**
 * Locks a report's row until the transaction ends and returns its agency and status as they are
 * now (after any move or closing that committed while waiting), or undefined when row-level
 * security no longer shows it: a change of the report (a message, a new status, a move) is then
 * made for the agency that holds it, never for one that read it before it was sent on.
 */
export async function lockReport(
  tx: Tx,
  id: string,
): Promise<{ agency_id: string; status: ReportRow['status'] } | undefined> {
  const [row] = await tx.query<{ agency_id: string; status: ReportRow['status'] }>(
    'select agency_id, status from public_report where id = $1 for update',
    [id],
  );
  return row;
}

/**
 * Changes the status of a report that is still open (not closed, not converted); a report closed
 * or converted meanwhile is refused (report_closed), so it is never reopened or converted twice.
 */
export async function setReportStatus(
  tx: Tx,
  id: string,
  change: { status: ReportRow['status']; closedReason?: string; caseId?: string; investigationId?: string },
): Promise<void> {
  const rows = await tx.query(
    `update public_report set status = $2, closed_reason = coalesce($3, closed_reason),
            case_id = coalesce($4, case_id), investigation_id = coalesce($5, investigation_id), updated_at = now()
      where id = $1 and status not in ('closed', 'converted') returning 1`,
    [id, change.status, change.closedReason ?? null, change.caseId ?? null, change.investigationId ?? null],
  );
  if (rows.length === 0) throw reportClosed();
}

export const reportClosed = (): RuleViolationError =>
  new RuleViolationError('report_closed', 'This report is closed already.');
