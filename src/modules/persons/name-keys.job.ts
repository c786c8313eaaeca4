import type { Db } from '../../db/db.ts';
import { enqueueJob, type JobHandler } from '../../jobs/queue.ts';
import { nameKeysStale, refillNameKeys } from './person-name-keys.ts';

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

/** Refills every stale name, a batch per transaction, then vacuums what it rewrote. */
export function refillNameKeysHandler(db: Db): JobHandler {
  return async () => {
    await refillNameKeys(db);
  };
}
