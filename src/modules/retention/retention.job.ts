import { recordAudit } from '../../audit/audit.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Db, Queryable, Tx } from '../../db/db.ts';
import { enqueueJob, type JobHandler } from '../../jobs/queue.ts';
import { removeAttachmentFile } from '../attachments/index.ts';
import { type Anonymised, anonymiseCases } from './anonymise.ts';
import { noticeOtherAgencies, type ReferredMatches, referredMatchesToNotice } from './erasure-notice.ts';
import { anonymisePublicReports, publicReportsPastRetention } from './public-report-retention.ts';

export const retentionJob = 'retention.anonymise';

/** A closed case whose retention period has ended. */
interface DueCase {
  readonly id: string;
  readonly agency_id: string;
  readonly type: 'victim_case' | 'investigation';
  readonly years: number;
}

/** What a run found and did, by agency and record type; counts only. */
export interface RetentionReport {
  readonly dryRun: boolean;
  readonly asOf: string;
  /** Closed cases past their retention period, not yet anonymised. */
  readonly due: number;
  /** Of those, cases an open prosecution holds (they wait for it). */
  readonly held: number;
  readonly anonymisedCases: number;
  readonly anonymisedPersons: number;
  readonly removedFiles: number;
  /** Notices left to agencies a now anonymised person had been referred to, on their likely matches of her. */
  readonly erasureNotices: number;
  /** Closed reports from the public (never a case) past their period, and those anonymised now. */
  readonly publicReports: { readonly due: number; readonly anonymised: number };
  readonly byAgency: readonly {
    readonly agencyId: string;
    readonly recordType: string;
    readonly years: number;
    readonly due: number;
    readonly held: number;
  }[];
}

/**
 * Closed cases past retention: the period is the case agency's own row of `retention_period`, else
 * its country's, else the '*' default, for the case's type, counted from the day it was closed.
 */
async function casesPastRetention(queryable: Queryable, asOf: Date): Promise<DueCase[]> {
  return queryable.query<DueCase>(
    `select c.id, c.agency_id, c.type, rp.years
       from case_file c
       join agency a on a.id = c.agency_id
       cross join lateral (
         select r.years from retention_period r
          where r.record_type = c.type
            and (r.agency_id = c.agency_id or (r.agency_id is null and r.jurisdiction in (btrim(a.country), '*')))
          order by r.agency_id is null, r.jurisdiction = '*'
          limit 1) rp
      where c.status = 'closed' and c.anonymised_at is null
        and c.closed_at <= $1::timestamptz - make_interval(years => rp.years)
      order by c.closed_at, c.id`,
    [asOf],
  );
}

/** Of these cases, those an open prosecution holds (docs/decisions/0032). */
export async function casesOnLegalHold(
  queryable: Queryable,
  caseIds: readonly string[],
): Promise<Set<string>> {
  if (caseIds.length === 0) return new Set();
  const rows = await queryable.query<{ id: string }>(`select lindung_cases_on_legal_hold($1::uuid[]) as id`, [
    caseIds,
  ]);
  return new Set(rows.map((row) => row.id));
}

/** Writes one audit entry per anonymised case and person, in the anonymising transaction. */
export async function auditAnonymised(
  tx: Tx,
  done: Anonymised,
  entry: {
    actorUserId: string | null;
    agencyId: string | null;
    cause: string;
    detail?: Record<string, unknown>;
  },
): Promise<void> {
  for (const id of done.caseIds) {
    await recordAudit(tx, {
      actorUserId: entry.actorUserId,
      agencyId: entry.agencyId,
      action: 'case.anonymise',
      subject: { type: 'case', id },
      detail: {
        cause: entry.cause,
        persons: done.personIds.length,
        files: done.files.length,
        ...entry.detail,
      },
    });
  }
  for (const id of done.personIds) {
    await recordAudit(tx, {
      actorUserId: entry.actorUserId,
      agencyId: entry.agencyId,
      action: 'person.anonymise',
      subject: { type: 'person', id },
      detail: { cause: entry.cause },
    });
  }
}

/** Removes the erased records' files once their erasure committed (a file already gone is fine). */
export async function removeErasedFiles(attachmentsDir: string, done: Anonymised): Promise<void> {
  for (const file of done.files) await removeAttachmentFile(attachmentsDir, file);
}

function summarise(due: readonly DueCase[], held: ReadonlySet<string>): RetentionReport['byAgency'] {
  const groups = new Map<
    string,
    { agencyId: string; recordType: string; years: number; due: number; held: number }
  >();
  for (const item of due) {
    const key = `${item.agency_id}|${item.type}`;
    const group = groups.get(key) ?? {
      agencyId: item.agency_id,
      recordType: item.type,
      years: item.years,
      due: 0,
      held: 0,
    };
    group.due += 1;
    if (held.has(item.id)) group.held += 1;
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * Anonymises every closed case past its retention period that no prosecution holds, and every
 * closed report from the public past its own (public-report-retention.ts), a batch per
 * transaction, each case, person and report audited; `dryRun` only reports what would be done. Running it
 * again does nothing more: anonymised cases are marked and skipped.
 */
export async function runRetention(props: {
  db: Db;
  keyring: Keyring;
  attachmentsDir: string;
  asOf?: Date;
  dryRun?: boolean;
  batchSize?: number;
}): Promise<RetentionReport> {
  const asOf = props.asOf ?? new Date();
  const due = await casesPastRetention(props.db, asOf);
  const held = await casesOnLegalHold(
    props.db,
    due.map((item) => item.id),
  );
  const ready = due.filter((item) => !held.has(item.id));
  const totals = { cases: 0, persons: 0, files: 0, notices: 0 };
  if (!props.dryRun) {
    const batchSize = props.batchSize ?? 200;
    for (let start = 0; start < ready.length; start += batchSize) {
      const batch = ready.slice(start, start + batchSize);
      const { done, notices } = await props.db.transaction(async (tx) => {
        // Held again at this moment: a prosecution may have been linked since the list was made.
        const heldNow = await casesOnLegalHold(
          tx,
          batch.map((item) => item.id),
        );
        const caseIds = batch.filter((item) => !heldNow.has(item.id)).map((item) => item.id);
        // Likely matches held by the agencies the persons were referred to, while her names exist
        // (decision 0049): of the persons anonymised only, chosen once their cases are locked.
        let referred: ReferredMatches[] = [];
        const anonymised = await anonymiseCases(tx, props.keyring, caseIds, {
          beforeErasing: async (personIds) => {
            referred = await referredMatchesToNotice(tx, caseIds, personIds);
          },
        });
        await auditAnonymised(tx, anonymised, { actorUserId: null, agencyId: null, cause: 'retention' });
        let made = 0;
        for (const person of referred) {
          made += await noticeOtherAgencies(tx, person.matches, {
            kind: 'retention',
            caseId: person.caseId,
            agencyId: person.agencyId,
          });
        }
        return { done: anonymised, notices: made };
      });
      await removeErasedFiles(props.attachmentsDir, done);
      totals.notices += notices;
      totals.cases += done.caseIds.length;
      totals.persons += done.personIds.length;
      totals.files += done.files.length;
    }
  }
  const reports = await publicReportsPastRetention(props.db, asOf);
  let anonymisedReports = 0;
  if (!props.dryRun) {
    const batchSize = props.batchSize ?? 200;
    for (let start = 0; start < reports.length; start += batchSize) {
      const batch = reports.slice(start, start + batchSize).map((item) => item.id);
      anonymisedReports += (
        await props.db.transaction((tx) => anonymisePublicReports(tx, props.keyring, batch, 'retention'))
      ).length;
    }
  }
  return {
    dryRun: props.dryRun === true,
    asOf: asOf.toISOString(),
    due: due.length,
    held: held.size,
    anonymisedCases: totals.cases,
    anonymisedPersons: totals.persons,
    removedFiles: totals.files,
    erasureNotices: totals.notices,
    publicReports: { due: reports.length, anonymised: anonymisedReports },
    byAgency: summarise(due, held),
  };
}

/** Queues the run of the day starting at `at`; the day is the singleton key, so each day has one run. */
export function scheduleRetention(queryable: Queryable, at = new Date()): Promise<string> {
  const day = new Date(Math.floor(at.getTime() / 86_400_000) * 86_400_000);
  return enqueueJob(queryable, { kind: retentionJob, runAt: at, singletonKey: day.toISOString() });
}

/** Daily: anonymises what is past retention, then queues tomorrow's run. */
export function retentionHandler(db: Db, keyring: Keyring, config: { attachmentsDir: string }): JobHandler {
  return async () => {
    await runRetention({ db, keyring, attachmentsDir: config.attachmentsDir });
    await scheduleRetention(db, new Date(Date.now() + 86_400_000));
  };
}
