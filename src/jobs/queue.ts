import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Db, Queryable } from '../db/db.ts';

/*
 * A job queue kept in the platform's own database. Libraries such as pg-boss or
 * graphile-worker need their own node-postgres pool and LISTEN/NOTIFY, which the embedded
 * PGlite database does not offer; this one runs on both through the `Db` interface, and
 * `FOR UPDATE SKIP LOCKED` lets any number of API processes share it on server PostgreSQL
 * with each job run once. See docs/decisions/0002-job-queue.md.
 */

export interface JobRequest {
  readonly kind: string;
  readonly payload?: Record<string, unknown>;
  readonly runAt?: Date;
  readonly maxAttempts?: number;
  /** While a job with this kind and key is waiting or running, another is not queued. */
  readonly singletonKey?: string;
}

/**
 * Queues a job. Pass the caller's transaction to queue it with the change that needs it:
 * the job then exists if and only if the change was committed.
 */
export async function enqueueJob(queryable: Queryable, job: JobRequest): Promise<string> {
  const id = randomUUID();
  await queryable.query(
    `insert into job (id, kind, payload, run_at, max_attempts, singleton_key)
     values ($1, $2, $3, coalesce($4::timestamptz, now()), $5, $6)
     on conflict (kind, singleton_key) where status in ('queued', 'running') do nothing`,
    [
      id,
      job.kind,
      JSON.stringify(job.payload ?? {}),
      job.runAt ?? null,
      job.maxAttempts ?? 5,
      job.singletonKey ?? null,
    ],
  );
  return id;
}

export interface ClaimedJob {
  readonly id: string;
  readonly kind: string;
  readonly payload: Record<string, unknown>;
  readonly attempts: number;
  readonly maxAttempts: number;
}

export type JobHandler = (job: ClaimedJob) => Promise<void>;

export interface WorkerOptions {
  readonly handlers: Readonly<Record<string, JobHandler>>;
  readonly pollMs?: number;
  /** How long a job may run before it is presumed lost with its worker and handed out again. */
  readonly leaseSeconds?: number;
  /** Told of a failed job (with the job) or a failure to reach the queue (without). */
  readonly onError?: (error: unknown, job?: ClaimedJob) => void;
  /**
   * Told, now and then, of jobs that have waited long for a kind this runner does not handle: a
   * kind whose handler was removed or never registered would otherwise wait in silence for ever.
   */
  readonly onUnhandled?: (waiting: readonly UnhandledJobs[]) => void;
  /** How often `startWorker` looks for such jobs, and how long they must have waited (ms). */
  readonly unhandledAfterMs?: number;
}

export interface UnhandledJobs {
  readonly kind: string;
  readonly waiting: number;
}

/** Kinds outside `handled` with jobs ready for longer than `olderThanMs`, and how many of each. */
export async function findUnhandledJobs(
  db: Db,
  handled: readonly string[],
  olderThanMs: number,
): Promise<UnhandledJobs[]> {
  const rows = await db.query<{ kind: string; waiting: number }>(
    `select kind, count(*)::int as waiting from job
      where status = 'queued' and run_at <= now() - make_interval(secs => $2::double precision / 1000)
        and kind <> all ($1::text[])
      group by kind order by kind`,
    [handled, olderThanMs],
  );
  return rows;
}

export interface Worker {
  stop(): Promise<void>;
}

/**
 * Takes the next ready job (or one whose worker died) of the kinds this runner handles, marking it
 * running under a lease. A job of another kind is left to a runner that handles it (a test's runner
 * for one kind, an older process during a rolling update) instead of failing there.
 */
async function claimJob(
  db: Db,
  leaseSeconds: number,
  kinds: readonly string[],
): Promise<ClaimedJob | undefined> {
  const [row] = await db.query<{
    id: string;
    kind: string;
    payload: Record<string, unknown>;
    attempts: number;
    max_attempts: number;
  }>(
    `update job set status = 'running', attempts = attempts + 1,
            locked_until = now() + make_interval(secs => $1)
      where id = (
        select id from job
         where ((status = 'queued' and run_at <= now()) or (status = 'running' and locked_until < now()))
           and kind = any ($2::text[])
         order by run_at
         for update skip locked
         limit 1)
      returning id, kind, payload, attempts, max_attempts`,
    [leaseSeconds, kinds],
  );
  return (
    row && {
      id: row.id,
      kind: row.kind,
      payload: row.payload,
      attempts: row.attempts,
      maxAttempts: row.max_attempts,
    }
  );
}

/** Retries back off exponentially: 2 s, 4 s, 8 s … capped at an hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(2 ** attempts, 3600);
}

async function finishJob(db: Db, job: ClaimedJob, error: unknown): Promise<void> {
  if (error === undefined) {
    await db.query(`update job set status = 'done', finished_at = now(), locked_until = null where id = $1`, [
      job.id,
    ]);
    return;
  }
  const failed = job.attempts >= job.maxAttempts;
  // Only the error's class and message are kept: handlers must not put personal data in messages.
  const message = error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 2000) : 'unknown error';
  await db.query(
    `update job set status = $2, last_error = $3, locked_until = null,
            run_at = now() + make_interval(secs => $4), finished_at = case when $2 = 'failed' then now() end
      where id = $1`,
    [job.id, failed ? 'failed' : 'queued', message, retryDelaySeconds(job.attempts)],
  );
}

export interface JobRunner {
  /** Runs jobs until none is ready; returns how many ran. */
  drain(): Promise<number>;
}

/** Runs ready jobs when asked (tests, the CLI); `startWorker` asks it on a timer. */
export function createJobRunner(db: Db, options: WorkerOptions): JobRunner {
  const leaseSeconds = options.leaseSeconds ?? 300;
  const kinds = Object.keys(options.handlers);

  async function runOne(): Promise<boolean> {
    const job = await claimJob(db, leaseSeconds, kinds);
    if (!job) return false;
    const handler = options.handlers[job.kind] as JobHandler;
    let failure: unknown;
    try {
      await handler(job);
    } catch (error) {
      failure = error ?? new Error('job failed');
      options.onError?.(failure, job);
    }
    await finishJob(db, job, failure);
    return true;
  }

  return {
    async drain() {
      let count = 0;
      while (await runOne()) count += 1;
      return count;
    },
  };
}

/** Polls for jobs in this process until stopped. */
export function startWorker(db: Db, options: WorkerOptions): Worker {
  const runner = createJobRunner(db, options);
  const pollMs = options.pollMs ?? 1000;
  const unhandledAfterMs = options.unhandledAfterMs ?? 15 * 60_000;
  const stopping = new AbortController();
  let lookedForUnhandled = Date.now();
  const loop = (async () => {
    while (!stopping.signal.aborted) {
      try {
        await runner.drain();
        if (options.onUnhandled && Date.now() - lookedForUnhandled >= unhandledAfterMs) {
          lookedForUnhandled = Date.now();
          const waiting = await findUnhandledJobs(db, Object.keys(options.handlers), unhandledAfterMs);
          if (waiting.length > 0) options.onUnhandled(waiting);
        }
      } catch (error) {
        options.onError?.(error);
      }
      await sleep(pollMs, undefined, { signal: stopping.signal }).catch(() => {});
    }
  })();
  return {
    async stop() {
      stopping.abort();
      await loop;
    },
  };
}
