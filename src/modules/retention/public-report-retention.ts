import { recordAudit } from '../../audit/audit.ts';
import { encryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Queryable, Tx } from '../../db/db.ts';

/** A closed report from the public, never converted, whose retention period has ended. */
export interface DuePublicReport {
  readonly id: string;
  readonly agency_id: string;
  readonly years: number;
}

/**
 * Closed reports from the public (never converted into a case or an investigation) past their
 * period: the receiving agency's own `public_report` row of `retention_period`, else its country's,
 * else the '*' default, counted from the day the report was closed (its last change). Reports still
 * in triage are not touched: their contact is what triage needs.
 */
export function publicReportsPastRetention(queryable: Queryable, asOf: Date): Promise<DuePublicReport[]> {
  return queryable.query<DuePublicReport>(
    `select r.id, r.agency_id, rp.years
       from public_report r
       join agency a on a.id = r.agency_id
       cross join lateral (
         select p.years from retention_period p
          where p.record_type = 'public_report'
            and (p.agency_id = r.agency_id or (p.agency_id is null and p.jurisdiction in (btrim(a.country), '*')))
          order by p.agency_id is null, p.jurisdiction = '*'
          limit 1) rp
      where r.status = 'closed' and r.anonymised_at is null
        and r.updated_at <= $1::timestamptz - make_interval(years => rp.years)
      order by r.updated_at, r.id`,
    [asOf],
  );
}

/**
 * Erases what a report from the public says and who sent it — what happened, where, when, who, the
 * reporter's contact, the questions and answers, the pictures (stored in the database) — and marks
 * it anonymised, one audit entry per report (`public_report.anonymise`, counts only). Keeps what the
 * figures count: receiving agency, country, region, language, status, closing reason, when received.
 * Only closed reports not yet anonymised are touched, so a second run does nothing more.
 */
export async function anonymisePublicReports(
  tx: Tx,
  keyring: Keyring,
  reportIds: readonly string[],
  cause: string,
): Promise<string[]> {
  if (reportIds.length === 0) return [];
  const rows = await tx.query<{ id: string; agency_id: string }>(
    `update public_report
        set what = $2, place = $3, happened = null, who = null, contact = null, anonymised_at = now()
      where id = any ($1::uuid[]) and status = 'closed' and anonymised_at is null
      returning id, agency_id`,
    [
      reportIds,
      encryptField(keyring, 'public_report.what', ''),
      encryptField(keyring, 'public_report.place', ''),
    ],
  );
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return [];
  const messages = await tx.query<{ report_id: string }>(
    'delete from public_report_message where report_id = any ($1::uuid[]) returning report_id',
    [ids],
  );
  const pictures = await tx.query<{ report_id: string }>(
    'delete from public_report_attachment where report_id = any ($1::uuid[]) returning report_id',
    [ids],
  );
  const count = (list: { report_id: string }[], id: string) =>
    list.filter((row) => row.report_id === id).length;
  for (const row of rows) {
    await recordAudit(tx, {
      actorUserId: null,
      agencyId: row.agency_id,
      action: 'public_report.anonymise',
      subject: { type: 'public_report', id: row.id },
      detail: { cause, messages: count(messages, row.id), pictures: count(pictures, row.id) },
    });
  }
  return ids;
}
