import type { Config } from '../config.ts';
import type { Db, Queryable } from '../db/db.ts';
import { purgeIdempotencyKeys } from '../http/idempotency.ts';
import { purgeRateLimitCounters } from '../http/rate-limit-store.ts';
import { enqueueJob, type JobHandler } from '../jobs/queue.ts';
import { purgeExpiredSessions } from '../modules/auth/index.ts';
import { purgeProbeHits } from '../modules/linkage/index.ts';

/**
 * The platform's hourly purge. Its kind keeps the name it had when it purged sessions alone, so that
 * a database's queued run is still the one run of its hour.
 */
export const hourlyPurgeJob = 'auth.purge_sessions';

/**
 * Queues the purge for the hour starting at `at`. The hour is the job's singleton key, so
 * however many processes start or runs overlap, each hour has one purge.
 */
export function scheduleHourlyPurge(queryable: Queryable, at = new Date()): Promise<string> {
  const hour = new Date(Math.floor(at.getTime() / 3_600_000) * 3_600_000);
  return enqueueJob(queryable, { kind: hourlyPurgeJob, runAt: at, singletonKey: hour.toISOString() });
}

/**
 * Hourly: removes ended sessions, old sign-in throttles, rate-limit counters, idempotency keys and
 * the probe alert's counted changes older than a day (decision 0137), then queues the next run.
 */
export function hourlyPurgeHandler(db: Db, config: Pick<Config, 'session'>): JobHandler {
  return async () => {
    await db.transaction(async (tx) => {
      await purgeExpiredSessions(tx, config.session.idleMinutes);
      await purgeIdempotencyKeys(tx);
      await purgeRateLimitCounters(tx);
      await purgeProbeHits(tx);
      await scheduleHourlyPurge(tx, new Date(Date.now() + 3_600_000));
    });
  };
}
