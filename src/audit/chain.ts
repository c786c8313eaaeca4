import type { Db, Queryable } from '../db/db.ts';
import { enqueueJob, type JobHandler } from '../jobs/queue.ts';

/*
 * Audit entries are inserted unchained, without any lock, and chained here after they commit
 * (docs/decisions/0015-audit-chain-after-commit.md): `audit_event_chain_pending()` (migration 0047;
 * since 0271 a row of its own in the insert-only `audit_chain` for each entry, decision 0157) gives
 * committed, unchained entries, in `id` order from a floor no open transaction can write below, the
 * next gapless chain numbers and their hashes, one chainer at a time. The job queue runs it every
 * few seconds; `lindung audit verify` runs it before verifying.
 */

/** How many entries one call chains at most, so that one transaction stays short. */
const batchSize = 5000;

/**
 * Chains every entry committed before this call, in batches of one transaction each, and returns
 * how many it chained. Safe to run from several processes at once: they take turns.
 * Needs the table owner's connection (the application role may not run the chainer).
 */
export async function chainAuditEntries(db: Queryable): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await db.query<{ chained: number }>('select audit_event_chain_pending($1) as chained', [
      batchSize,
    ]);
    const chained = Number(row?.chained ?? 0);
    total += chained;
    if (chained < batchSize) return total;
  }
}

export const chainAuditJob = 'audit.chain';
const chainEveryMs = 5_000;

/** Queues the chainer for the 5-second slot starting at `at` (the slot is its singleton key). */
export function scheduleAuditChaining(queryable: Queryable, at = new Date()): Promise<string> {
  const slot = new Date(Math.floor(at.getTime() / chainEveryMs) * chainEveryMs);
  return enqueueJob(queryable, { kind: chainAuditJob, runAt: at, singletonKey: slot.toISOString() });
}

/**
 * Every 5 s: chains what has committed, queues the next run, and removes this job's finished
 * runs older than an hour so that the job table does not grow by 17,000 rows a day.
 */
export function chainAuditHandler(db: Db): JobHandler {
  return async () => {
    await chainAuditEntries(db);
    await db.transaction(async (tx) => {
      await scheduleAuditChaining(tx, new Date(Date.now() + chainEveryMs));
      await tx.query(
        `delete from job where kind = $1 and status = 'done' and finished_at < now() - interval '1 hour'`,
        [chainAuditJob],
      );
    });
  };
}
