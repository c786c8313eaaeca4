import type { Db } from '../../db/db.ts';
import { enqueueJob, type JobHandler } from '../../jobs/queue.ts';
import { backfillPersonNameKeys, nameKeysStale } from './person-name-keys.ts';

/*
 * The refill of names keyed under older rules, as a job (decision 0044): start-up only queues it,
 * so a server with a million persons answers at once after the name rules changed. The refill
 * commits a batch at a time and skips what another refill holds, so a job stopped halfway, handed
 * to another process when its lease ran out, or run twice carries on and finishes the same. A
 * match meanwhile keys what is left itself before reading the stored keys (`ensureNameKeys`).
 */
export const refillNameKeysJob = 'persons.refill_name_keys';

/** Queues the refill when some name is stale, once while one waits or runs. */
export async function queueNameKeysRefill(db: Db): Promise<boolean> {
  if (!(await nameKeysStale(db))) return false;
  await enqueueJob(db, { kind: refillNameKeysJob, singletonKey: refillNameKeysJob, maxAttempts: 20 });
  return true;
}

/**
 * Refills every stale name, a batch per transaction, then vacuums the names: a refill rewrites every
 * row and its indexes, and until the dead entries are gone each search walks them (6–7× slower at
 * 1M names, bench/RESULTS.md).
 */
export function refillNameKeysHandler(db: Db): JobHandler {
  return async () => {
    if ((await backfillPersonNameKeys(db)) > 0) await db.exec('vacuum analyze person_name');
  };
}
