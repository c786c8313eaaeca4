import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../audit/audit.ts';
import type { Config } from '../../config.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Db, Tx } from '../../db/db.ts';
import { inTenant } from '../../db/tenant.ts';
import type { JobHandler } from '../../jobs/queue.ts';
import type { Permission } from '../../policy/permissions.ts';
import { type Actor, can } from '../../policy/policy.ts';
import { AppError, ConflictError, TooManyRequestsError, ValidationError } from '../../shared/errors.ts';
import { reportData } from './report.data.ts';
import type { Language } from './report.labels.ts';
import { toPdf } from './report.pdf.ts';
import { scopePermissions } from './report.policy.ts';
import {
  insertReport,
  pendingReportsOf,
  type ReportRow,
  requireReport,
  updateReport,
} from './report.repo.ts';
import type { ReportRequest, ReportView } from './report.schema.ts';
import { toCsv, toXlsx } from './report.spreadsheet.ts';
import { loadReportFile, sha256Of, storeReportFile } from './report.store.ts';
import { nationalReport, tipReport } from './report.tables.ts';

export const generateReportJob = 'report.generate';

/** At most this many of a user's reports wait or run at once. */
export const maxPendingReports = 3;
/** The longest period a report covers. */
export const maxPeriodYears = 20;

const mediaTypes = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

export function fileNameOf(row: Pick<ReportRow, 'kind' | 'from_date' | 'to_date' | 'language' | 'format'>) {
  return `${row.kind}_${row.from_date}_${row.to_date}_${row.language}.${row.format}`;
}

export function presentReport(row: ReportRow): ReportView {
  return {
    id: row.id,
    kind: row.kind,
    format: row.format,
    language: row.language,
    from: row.from_date,
    to: row.to_date,
    scope: row.permissions.includes('statistics:read') ? 'national' : 'agency',
    status: row.status,
    progress: row.progress,
    sizeBytes: row.size_bytes,
    fileName: fileNameOf(row),
    error: row.error,
    requestedAt: row.created_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
  };
}

/** Queues a report of the caller's agency's (or country's) figures; the job generates it as the caller. */
export async function requestReport(props: {
  tx: Tx;
  actor: Actor;
  body: ReportRequest;
  requestId: string;
}): Promise<ReportView> {
  const { tx, actor, body } = props;
  if (body.from > body.to)
    throw new ValidationError([
      { code: 'ends_before_start', field: 'body.from', message: 'is after body.to' },
    ]);
  if (Number(body.to.slice(0, 4)) - Number(body.from.slice(0, 4)) >= maxPeriodYears) {
    throw new ValidationError([
      {
        code: 'period_too_long',
        field: 'body.to',
        message: `is more than ${maxPeriodYears} years after body.from`,
      },
    ]);
  }
  if ((await pendingReportsOf(tx, actor.userId)) >= maxPendingReports) {
    throw new TooManyRequestsError(
      'too_many_reports',
      `You have ${maxPendingReports} reports waiting or being generated. Wait until one is done.`,
      30,
    );
  }
  const row = await insertReport(tx, {
    id: randomUUID(),
    agency_id: actor.agencyId,
    requested_by: actor.userId,
    kind: body.kind,
    format: body.format,
    language: body.language,
    from_date: body.from,
    to_date: body.to,
    permissions: scopePermissions.filter((permission) => can(actor, permission)),
  });
  // The job's kind is generateReportJob ('report.generate'), queued by the database (migration 0069).
  const [queued] = await tx.query<{ n: number }>('select lindung_enqueue_report($1) as n', [row.id]);
  if (queued?.n !== 1) throw new Error('the report could not be queued');
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'report.request',
    subject: { type: 'report', id: row.id },
    requestId: props.requestId,
    detail: {
      kind: row.kind,
      format: row.format,
      language: row.language,
      from: row.from_date,
      to: row.to_date,
    },
  });
  return presentReport(row);
}

/** The report's file, decrypted and checked; the download is audited. */
export async function downloadReport(props: {
  tx: Tx;
  actor: Actor;
  id: string;
  keyring: Keyring;
  attachmentsDir: string;
  requestId: string;
}): Promise<{ fileName: string; mediaType: string; content: Buffer }> {
  const row = await requireReport(props.tx, props.id);
  if (row.status !== 'done' || !row.sha256) {
    throw new ConflictError(
      'report_not_ready',
      'The report is not generated yet (or its generation failed).',
    );
  }
  const content = await loadReportFile(props.attachmentsDir, props.keyring, {
    agencyId: row.agency_id,
    id: row.id,
    sha256: row.sha256,
  });
  await recordAudit(props.tx, {
    actorUserId: props.actor.userId,
    agencyId: props.actor.agencyId,
    action: 'report.download',
    subject: { type: 'report', id: row.id },
    requestId: props.requestId,
    detail: { kind: row.kind, format: row.format },
  });
  return { fileName: fileNameOf(row), mediaType: row.media_type ?? mediaTypes[row.format], content };
}

class ReportGenerationError extends AppError {
  constructor(message: string) {
    super('report_generation_failed', 500, message);
  }
}

/**
 * Generates a queued report as the user who asked for it (their agency, the permissions they held),
 * writing its progress as it goes; the file is encrypted before the row says it is done. A failure is
 * retried by the queue; after the last attempt the report is marked failed (with no details that
 * could hold personal data).
 */
export function generateReportHandler(
  db: Db,
  keyring: Keyring,
  config: Pick<Config, 'attachmentsDir' | 'statistics'>,
): JobHandler {
  return async (job) => {
    const reportId = String(job.payload.reportId);
    const [owner] = await db.query<{ agency_id: string; requested_by: string; permissions: string[] }>(
      'select agency_id, requested_by, permissions from report where id = $1',
      [reportId],
    );
    if (!owner) return;
    const scope = {
      userId: owner.requested_by,
      agencyId: owner.agency_id,
      permissions: owner.permissions,
    };
    const progress = (change: Parameters<typeof updateReport>[2]) =>
      inTenant(db, scope, (tx) => updateReport(tx, reportId, change));
    try {
      const row = await inTenant(db, scope, (tx) => requireReport(tx, reportId));
      if (row.status === 'done') return;
      await progress({ status: 'running', progress: 5 });
      const actor: Actor = {
        userId: scope.userId,
        agencyId: scope.agencyId,
        permissions: new Set(scope.permissions as Permission[]),
        via: 'platform',
        skipPolicyChecks: false,
      };
      const now = new Date();
      const data = await inTenant(db, scope, (tx) =>
        reportData({
          tx,
          actor,
          kind: row.kind,
          from: row.from_date,
          to: row.to_date,
          threshold: config.statistics.smallCellThreshold,
          now,
        }),
      );
      await progress({ progress: 50 });
      const language = row.language as Language;
      const document =
        row.kind === 'national-report' ? nationalReport(data, language, now) : tipReport(data, language, now);
      const content =
        row.format === 'pdf'
          ? await toPdf(document, language)
          : row.format === 'xlsx'
            ? await toXlsx(document)
            : toCsv(document);
      await progress({ progress: 90 });
      await storeReportFile(config.attachmentsDir, keyring, { agencyId: row.agency_id, id: row.id, content });
      await progress({
        status: 'done',
        progress: 100,
        media_type: mediaTypes[row.format],
        size_bytes: content.length,
        sha256: sha256Of(content),
        finished: true,
      });
    } catch (error) {
      const last = job.attempts >= job.maxAttempts;
      await progress(
        last
          ? { status: 'failed', error: 'The report could not be generated.', finished: true }
          : { status: 'queued' },
      ).catch(() => {});
      throw error instanceof AppError ? error : new ReportGenerationError('report generation failed');
    }
  };
}
