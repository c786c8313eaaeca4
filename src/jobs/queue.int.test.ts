import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  createFreshDatabase,
  testDatabaseKinds,
  testPglite,
  useFreshDatabase,
} from '../../test/support/databases.ts';
import type { DatabaseKind, Db } from '../db/db.ts';
import { openPostgres } from '../db/pg.ts';
import { openPglite } from '../db/pglite.ts';
import {
  type ClaimedJob,
  createJobRunner,
  enqueueJob,
  findUnhandledJobs,
  startWorker,
  type UnhandledJobs,
} from './queue.ts';

/** Opens a database, lets `work` use it, closes it, and returns a way to open the same data again. */
async function withReopenableDatabase(
  kind: DatabaseKind,
  work: (reopen: () => Promise<Db>) => Promise<void>,
) {
  const dataDir = kind === 'pglite' ? await mkdtemp(path.join(tmpdir(), 'lindung-jobs-')) : undefined;
  const fresh = await createFreshDatabase(kind, { dataDir });
  await fresh.db.close();
  const reopen = () => (fresh.url ? openPostgres(fresh.url) : openPglite(dataDir, testPglite));
  try {
    await work(reopen);
  } finally {
    if (fresh.url) {
      const admin = await openPostgres(fresh.url.replace(/\/[^/]+$/, '/test'), { poolSize: 1 });
      await admin.query(`drop database if exists ${new URL(fresh.url).pathname.slice(1)} with (force)`);
      await admin.close();
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

for (const kind of await testDatabaseKinds()) {
  describe(`job queue [${kind}]`, () => {
    it('runs a job queued before a restart', async () => {
      await withReopenableDatabase(kind, async (reopen) => {
        const before = await reopen();
        const id = await enqueueJob(before, { kind: 'reminder.send', payload: { deadlineId: 'd-1' } });
        await before.close();

        const after = await reopen();
        try {
          const ran: ClaimedJob[] = [];
          const worker = createJobRunner(after, {
            handlers: { 'reminder.send': async (job) => void ran.push(job) },
          });
          await worker.drain();
          assert.deepEqual(
            ran.map((job) => [job.id, job.payload]),
            [[id, { deadlineId: 'd-1' }]],
          );
          const [row] = await after.query<{ status: string }>('select status from job where id = $1', [id]);
          assert.equal(row?.status, 'done');
        } finally {
          await after.close();
        }
      });
    });

    describe('while running', () => {
      const db = useFreshDatabase(kind);

      it('retries a failing job later and marks it failed after its last attempt', async () => {
        const id = await enqueueJob(db(), { kind: 'export.build', maxAttempts: 2 });
        let calls = 0;
        const worker = createJobRunner(db(), {
          handlers: {
            'export.build': async () => {
              calls += 1;
              throw new Error('disk full');
            },
          },
        });
        await worker.drain();
        let [row] = await db().query<{ status: string; attempts: number; last_error: string }>(
          'select status, attempts, last_error from job where id = $1',
          [id],
        );
        assert.deepEqual(row, { status: 'queued', attempts: 1, last_error: 'Error: disk full' });
        await db().query(`update job set run_at = now() where id = $1`, [id]);
        await worker.drain();
        [row] = await db().query('select status, attempts, last_error from job where id = $1', [id]);
        assert.equal(row?.status, 'failed');
        assert.equal(calls, 2);
      });

      it('hands out again a job whose worker died mid-run', async () => {
        const id = await enqueueJob(db(), { kind: 'reminder.send' });
        await db().query(
          `update job set status = 'running', attempts = 1, locked_until = now() - interval '1 second' where id = $1`,
          [id],
        );
        const ran: string[] = [];
        const worker = createJobRunner(db(), {
          handlers: { 'reminder.send': async (job) => void ran.push(job.id) },
        });
        await worker.drain();
        assert.deepEqual(ran, [id]);
      });

      it('queues one job per singleton key while one is waiting', async () => {
        await enqueueJob(db(), {
          kind: 'digest.send',
          singletonKey: 'agency-1',
          runAt: new Date(Date.now() + 60_000),
        });
        await enqueueJob(db(), {
          kind: 'digest.send',
          singletonKey: 'agency-1',
          runAt: new Date(Date.now() + 60_000),
        });
        await enqueueJob(db(), {
          kind: 'digest.send',
          singletonKey: 'agency-2',
          runAt: new Date(Date.now() + 60_000),
        });
        const [row] = await db().query<{ count: number }>(
          `select count(*)::int as count from job where kind = 'digest.send'`,
        );
        assert.equal(row?.count, 2);
      });

      it('leaves a job of a kind it has no handler for to a runner that has one', async () => {
        const id = await enqueueJob(db(), { kind: 'other.kind' });
        assert.equal(await createJobRunner(db(), { handlers: { 'one.kind': async () => {} } }).drain(), 0);
        const ran: string[] = [];
        await createJobRunner(db(), {
          handlers: { 'other.kind': async (job) => void ran.push(job.id) },
        }).drain();
        assert.deepEqual(ran, [id]);
      });

      it('tells of jobs waiting long for a kind no handler here runs', async () => {
        await enqueueJob(db(), { kind: 'forgotten.kind', runAt: new Date(Date.now() - 3_600_000) });
        await enqueueJob(db(), { kind: 'forgotten.kind', runAt: new Date(Date.now() - 7_200_000) });
        await enqueueJob(db(), { kind: 'recent.kind' });
        await enqueueJob(db(), { kind: 'handled.kind', runAt: new Date(Date.now() - 3_600_000) });
        const waiting = await findUnhandledJobs(db(), ['handled.kind'], 30 * 60_000);
        assert.deepEqual(
          waiting.filter((jobs) => jobs.kind.endsWith('.kind')),
          [{ kind: 'forgotten.kind', waiting: 2 }],
        );

        const told: UnhandledJobs[][] = [];
        const worker = startWorker(db(), {
          handlers: { 'handled.kind': async () => {} },
          pollMs: 10,
          unhandledAfterMs: 1,
          onUnhandled: (jobs) => told.push([...jobs]),
        });
        while (told.length === 0) await sleep(10);
        await worker.stop();
        assert.ok(told[0]?.some((jobs) => jobs.kind === 'forgotten.kind' && jobs.waiting === 2));
      });

      it('does not run a job before its time', async () => {
        await enqueueJob(db(), { kind: 'later.job', runAt: new Date(Date.now() + 3_600_000) });
        const worker = createJobRunner(db(), {
          handlers: { 'later.job': async () => assert.fail('ran early') },
        });
        assert.equal(await worker.drain(), 0);
      });
    });
  });
}
