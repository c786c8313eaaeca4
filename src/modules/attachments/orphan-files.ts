import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { recordAudit } from '../../audit/audit.ts';
import type { Db, Queryable } from '../../db/db.ts';
import { enqueueJob, type JobHandler } from '../../jobs/queue.ts';

/*
 * Files in the attachments folder that no row refers to. A file is written (encrypted, fsynced,
 * renamed into place) before its row commits, and an erased record's file is removed after its
 * erasure commits (decision 0032), so a crash at either moment leaves a file with no row — and a
 * crash while writing leaves a `.tmp` file. Neither can be read through the platform, but both
 * still hold personal data. The sweep removes them once they are older than a grace period, so a
 * file whose upload is still in its transaction is never touched (decision 0038).
 */

export const orphanSweepJob = 'attachments.sweep_orphans';
/** An upload's transaction lasts seconds; a day is far beyond any of them. */
export const defaultOrphanGraceMs = 24 * 60 * 60 * 1000;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A stored file, or a temporary one being written (`<id>.<pid>.tmp`, `<id>.restore.tmp`). */
const storedName = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\.[a-z0-9]+\.tmp)?$/;

/** Where stored files live, and the tables whose rows own them (by id). */
const folders = [
  { under: '', tables: ['case_attachment', 'person_photo', 'action_plan_report_evidence'] },
  { under: 'reports', tables: ['report'] },
] as const;

interface Candidate {
  readonly relative: string;
  readonly id: string;
  readonly temporary: boolean;
  readonly tables: readonly string[];
}

export interface OrphanSweepReport {
  readonly dryRun: boolean;
  readonly graceHours: number;
  /** Files looked at (stored and temporary). */
  readonly examined: number;
  /** Files with no row and older than the grace period (removed unless a dry run). */
  readonly orphans: number;
  /** Temporary files left by a write that never finished, older than the grace period. */
  readonly temporary: number;
  /** Files with no row but younger than the grace period: left alone (an upload may be under way). */
  readonly tooRecent: number;
  readonly removed: number;
}

async function entries(folder: string): Promise<string[]> {
  return readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
}

/** Every file of an agency's folder whose name is one the platform writes; anything else is left alone. */
async function candidates(attachmentsDir: string): Promise<Candidate[]> {
  const found: Candidate[] = [];
  for (const { under, tables } of folders) {
    for (const agency of await entries(path.join(attachmentsDir, under))) {
      if (!uuid.test(agency)) continue;
      for (const name of await entries(path.join(attachmentsDir, under, agency))) {
        const match = storedName.exec(name);
        if (!match) continue;
        found.push({
          relative: path.join(under, agency, name),
          id: match[1] as string,
          temporary: match[2] !== undefined,
          tables,
        });
      }
    }
  }
  return found;
}

/** Of these ids, those a row of one of the tables holds (read as the platform: every agency's rows), a batch at a time. */
async function owned(
  queryable: Queryable,
  tables: readonly string[],
  ids: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  const union = tables
    .map((table) => `select id::text as id from ${table} where id = any ($1::uuid[])`)
    .join(' union ');
  for (let start = 0; start < ids.length; start += 10_000) {
    const rows = await queryable.query<{ id: string }>(union, [ids.slice(start, start + 10_000)]);
    for (const row of rows) found.add(row.id);
  }
  return found;
}

/**
 * Finds the files no row owns and removes those older than the grace period (a temporary file
 * too, whatever its id), then audits the counts. `dryRun` only counts. Ids are checked against
 * the rows after the files' ages are read, so a row committed meanwhile keeps its file.
 */
export async function sweepOrphanFiles(props: {
  db: Db;
  attachmentsDir: string;
  now?: Date;
  graceMs?: number;
  dryRun?: boolean;
}): Promise<OrphanSweepReport> {
  const graceMs = props.graceMs ?? defaultOrphanGraceMs;
  const cutoff = (props.now ?? new Date()).getTime() - graceMs;
  const files: (Candidate & { aged: boolean })[] = [];
  for (const file of await candidates(props.attachmentsDir)) {
    const stats = await stat(path.join(props.attachmentsDir, file.relative)).catch(() => undefined);
    if (stats?.isFile()) files.push({ ...file, aged: stats.mtimeMs <= cutoff });
  }
  const rows = new Set<string>();
  for (const { tables } of folders) {
    const ids = files.filter((file) => file.tables === tables && !file.temporary).map((file) => file.id);
    for (const id of await owned(props.db, tables, ids)) rows.add(id);
  }
  const ownerless = files.filter((file) => file.temporary || !rows.has(file.id));
  const orphans = ownerless.filter((file) => file.aged);
  const tooRecent = ownerless.length - orphans.length;
  let removed = 0;
  if (!props.dryRun) {
    for (const file of orphans) {
      await rm(path.join(props.attachmentsDir, file.relative), { force: true });
      removed += 1;
    }
    if (removed > 0) {
      await props.db.transaction((tx) =>
        recordAudit(tx, {
          actorUserId: null,
          agencyId: null,
          action: 'attachment.sweep_orphans',
          detail: { removed, temporary: orphans.filter((file) => file.temporary).length },
        }),
      );
    }
  }
  return {
    dryRun: props.dryRun === true,
    graceHours: graceMs / 3_600_000,
    examined: files.length,
    orphans: orphans.filter((file) => !file.temporary).length,
    temporary: orphans.filter((file) => file.temporary).length,
    tooRecent,
    removed,
  };
}

/** Queues the sweep of the day starting at `at`; the day is the singleton key, so each day has one. */
export function scheduleOrphanSweep(queryable: Queryable, at = new Date()): Promise<string> {
  const day = new Date(Math.floor(at.getTime() / 86_400_000) * 86_400_000);
  return enqueueJob(queryable, { kind: orphanSweepJob, runAt: at, singletonKey: day.toISOString() });
}

/** Daily: removes orphaned files past the grace period, then queues tomorrow's sweep. */
export function orphanSweepHandler(db: Db, config: { attachmentsDir: string }): JobHandler {
  return async () => {
    await sweepOrphanFiles({ db, attachmentsDir: config.attachmentsDir });
    await scheduleOrphanSweep(db, new Date(Date.now() + 86_400_000));
  };
}
