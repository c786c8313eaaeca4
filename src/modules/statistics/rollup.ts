import type { Db, Queryable } from '../../db/db.ts';
import { enqueueJob, type JobHandler } from '../../jobs/queue.ts';

/*
 * The rollups' refresh (the victims', migration 0088, and the investigations' and arrests', 0102;
 * decision 0033): writes mark (agency, month) pairs stale; this job recomputes them a few at a time,
 * each batch its own short transaction, and queues its next run a minute on. Reads never wait for
 * it: a stale month is computed from the base tables.
 */
export const refreshRollupJob = 'statistics.refresh_rollup';

/**
 * Agency-months recomputed per transaction (oldest month first, a month's agencies in one pass): new
 * stale marks wait while one runs, so it stays short.
 */
const monthsPerBatch = 24;

/** Queues the refresh for the minute starting at `at` (one per minute however many processes run). */
export function scheduleRollupRefresh(queryable: Queryable, at = new Date()): Promise<string> {
  const minute = new Date(Math.floor(at.getTime() / 60_000) * 60_000);
  return enqueueJob(queryable, { kind: refreshRollupJob, runAt: at, singletonKey: minute.toISOString() });
}

/** The database's refresh of each rollup: `(max_months) → recomputed, or -1 when writers held the marks`. */
const refreshFunctions = {
  victims: 'lindung_refresh_victim_rollup',
  prosecution: 'lindung_refresh_prosecution_rollup',
} as const;

/**
 * Recomputes a rollup's stale months until none is left or `budgetMs` has passed; answers how many.
 * Gives up for now when writers hold the marks (the database answers -1), after `retries` tries.
 */
async function refreshRollup(
  db: Db,
  rollup: keyof typeof refreshFunctions,
  options: { budgetMs?: number; retries?: number },
): Promise<number> {
  const started = performance.now();
  let refreshed = 0;
  let retries = options.retries ?? 3;
  while (performance.now() - started < (options.budgetMs ?? Number.POSITIVE_INFINITY)) {
    const [row] = await db.transaction((tx) =>
      tx.query<{ n: number }>(`select ${refreshFunctions[rollup]}($1) as n`, [monthsPerBatch]),
    );
    const n = row?.n ?? 0;
    if (n === 0) break;
    if (n < 0) {
      if (retries-- <= 0) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
      continue;
    }
    refreshed += n;
  }
  return refreshed;
}

export function refreshVictimRollup(db: Db, options: { budgetMs?: number; retries?: number } = {}) {
  return refreshRollup(db, 'victims', options);
}

export function refreshProsecutionRollup(db: Db, options: { budgetMs?: number; retries?: number } = {}) {
  return refreshRollup(db, 'prosecution', options);
}

/** Every minute: the stale months of each rollup, for at most 10 s each, then the next run. */
export function refreshRollupHandler(db: Db): JobHandler {
  return async () => {
    // The next run is queued first, so that a refresh that fails does not end the schedule.
    await scheduleRollupRefresh(db, new Date(Date.now() + 60_000));
    await refreshVictimRollup(db, { budgetMs: 10_000 });
    await refreshProsecutionRollup(db, { budgetMs: 10_000 });
  };
}
