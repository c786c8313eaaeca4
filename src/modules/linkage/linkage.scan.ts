import { recordAudit } from '../../audit/audit.ts';
import { defaultProbeAlertPersons } from '../../config.ts';
import type { Db, Queryable, Tx } from '../../db/db.ts';
import { enqueueJob, type JobHandler } from '../../jobs/queue.ts';
import { platformActor } from '../../policy/policy.ts';
import { ensureNameKeys } from '../persons/index.ts';
import { matchAcrossAgencies } from './linkage.across.ts';
import { relearnStaleAgencies } from './linkage.learnt.ts';
import { raiseProbeAlerts } from './linkage.probe.ts';

/*
 * The platform's scan across agencies as a recurring job (decision 0037; migration 0097): each
 * run scores the persons created or changed since the last run against every person, a full run
 * once a day; one run at a time however many processes share the database.
 */
export const scanAcrossAgenciesJob = 'linkage.scan_across_agencies';

/** A full scan at least this often: it drops hints that a change on the other side made stale. */
const fullScanEveryMs = 86_400_000;
/**
 * A changed run looks back this much before the last run started: a person recorded in a
 * transaction still open then carries an earlier time than the run but was not yet visible to it.
 */
const lookBackMs = 5 * 60_000;

export type ScanResult =
  | {
      readonly skipped: false;
      readonly mode: 'full' | 'changed';
      readonly changedSince: Date | null;
      readonly persons: number;
      readonly scored: number;
      readonly hints: number;
    }
  | { readonly skipped: true };

/** The persons created or changed (names added, anonymised) after `since`. */
async function changedPersons(tx: Tx, since: Date): Promise<Set<string>> {
  const rows = await tx.query<{ id: string }>(
    `select p.id from person p
      where p.created_at > $1 or p.updated_at > $1 or p.anonymised_at > $1
         or exists (select 1 from person_name n where n.person_id = p.id and n.created_at > $1)`,
    [since],
  );
  return new Set(rows.map((r) => r.id));
}

/**
 * Scans every agency's persons for likely matches held by another agency (decisions 0024, 0029):
 * `full` scores all against all; `changed` scores only the persons changed since the last run
 * against all, unless no full run happened in the last day (then it runs full). Only one run at a
 * time: a run that finds another under way (a transaction-scoped advisory lock) is skipped. The
 * run is recorded and audited, without personal data. Then every recorder of the last day is
 * checked for probing (0050), as each person's own match job does: a person whose job never ran
 * (a lost queue, an import before the job existed) still counts. Runs as the database owner.
 */
export async function scanAcrossAgencies(
  db: Db,
  options: { mode?: 'full' | 'changed'; probeAlertPersons?: number } = {},
): Promise<ScanResult> {
  // A changed run reads the stored blocks and values: names keyed under older rules are keyed first.
  await ensureNameKeys(db);
  return db.transaction(async (tx) => {
    const [lock] = await tx.query<{ locked: boolean }>(
      `select pg_try_advisory_xact_lock(hashtext($1)::bigint) as locked`,
      [scanAcrossAgenciesJob],
    );
    if (!lock?.locked) return { skipped: true } as const;
    const [last] = await tx.query<{ last: Date | null; last_full: Date | null; now: Date }>(
      `select max(started_at) as last, max(started_at) filter (where mode = 'full') as last_full, now() as now
         from linkage_scan_run`,
    );
    const now = new Date(last?.now ?? Date.now());
    const fullDue = !last?.last_full || now.getTime() - new Date(last.last_full).getTime() >= fullScanEveryMs;
    const mode = options.mode === 'changed' && !fullDue ? 'changed' : 'full';
    const changedSince =
      mode === 'changed' ? new Date(new Date(last?.last as Date).getTime() - lookBackMs) : null;
    const targets = changedSince ? await changedPersons(tx, changedSince) : undefined;
    const found = await matchAcrossAgencies(tx, targets);
    await raiseProbeAlerts(tx, { probeAlertPersons: options.probeAlertPersons ?? defaultProbeAlertPersons });
    const result = {
      skipped: false,
      mode,
      changedSince,
      persons: found.persons,
      scored: targets?.size ?? found.persons,
      hints: found.hints,
    } as const;
    await tx.query(
      `insert into linkage_scan_run (mode, changed_since, started_at, persons, scored, hints)
       values ($1, $2, now(), $3, $4, $5)`,
      [mode, changedSince, result.persons, result.scored, result.hints],
    );
    await recordAudit(tx, {
      actorUserId: null,
      agencyId: null,
      action: 'linkage.scan_across_agencies',
      detail: {
        mode,
        persons: result.persons,
        scored: result.scored,
        hints: result.hints,
        by: platformActor.via,
      },
    });
    return result;
  });
}

/** Queues the scan of the interval starting at `at` (one per interval however many processes run). */
export function scheduleLinkageScan(queryable: Queryable, minutes: number, at = new Date()): Promise<string> {
  const slot = new Date(Math.floor(at.getTime() / (minutes * 60_000)) * minutes * 60_000);
  return enqueueJob(queryable, { kind: scanAcrossAgenciesJob, runAt: at, singletonKey: slot.toISOString() });
}

/**
 * Every `minutes`: the persons changed since the last scan (a full scan daily), then the next run;
 * then the parameters of agencies learnt more than a day ago, or on a population 5 % off, learnt again.
 */
export function scanAcrossAgenciesHandler(
  db: Db,
  config: { linkage: { scanMinutes: number; probeAlertPersons: number } },
): JobHandler {
  return async () => {
    // The next run is queued first, so that a scan that fails (or a crash) does not end the schedule.
    const minutes = config.linkage.scanMinutes;
    if (minutes > 0) await scheduleLinkageScan(db, minutes, new Date(Date.now() + minutes * 60_000));
    await scanAcrossAgencies(db, { mode: 'changed', probeAlertPersons: config.linkage.probeAlertPersons });
    // A person's match uses the parameters kept, however old (decision 0109): the scan learns them again.
    await relearnStaleAgencies(db);
  };
}
