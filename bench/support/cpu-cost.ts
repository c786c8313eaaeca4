import { readdir, readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { Db } from '../../src/db/db.ts';

/** CPU spent per request served, in µs: by this process (the servers) and by the database's backends. */
export interface CpuPerRequest {
  readonly serverUs: number;
  readonly databaseUs: number;
  /** Requests the server answered while measured, warm-up included. */
  readonly requests: number;
}

/**
 * The CPU time (µs) a local process has run, from /proc/<pid>/schedstat (the scheduler's own
 * nanoseconds); undefined if it is gone. Not utime + stime of /proc/<pid>/stat: those are counted in
 * 10 ms ticks, and a backend that runs 0.1–1 ms at a time is charged a tick or nothing by chance.
 */
async function processCpuUs(pid: number): Promise<number | undefined> {
  const schedstat = await readFile(`/proc/${pid}/schedstat`, 'utf8').catch(() => undefined);
  if (!schedstat) return undefined;
  return Number(schedstat.split(' ')[0]) / 1000;
}

/**
 * Measures the CPU a server and the database spend per request while `work` runs: the throughput of
 * a loaded machine (bench/RESULTS.md: load 10–50 from other work) says more about the neighbours
 * than about the server, but CPU time is charged only while a process runs. The database's share
 * is read from /proc for the backends of `db`'s database, so it is only measured when PostgreSQL
 * runs on this machine (undefined otherwise), client backends only (not autovacuum, which works
 * after the generation whatever runs); the load generator's own CPU is left out (the same
 * for every server). Requests are counted as the server receives them, warm-up included, as the CPU is.
 */
export async function measureCpu<T>(
  db: Db,
  server: Server,
  work: () => Promise<T>,
): Promise<{ result: T; cpu: CpuPerRequest | undefined }> {
  const backends = async () => {
    if (db.kind !== 'postgres') return [];
    // Every client backend, the one answering this query too: it is one of the pool's connections,
    // which serve the requests as much as the others (a few µs of its time are this query's).
    const rows = await db.query<{ pid: number }>(
      `select pid from pg_stat_activity where datname = current_database() and backend_type = 'client backend'`,
    );
    return rows.map((row) => row.pid);
  };
  const databaseCpu = async (pids: readonly number[]) => {
    const times = await Promise.all(pids.map(processCpuUs));
    return new Map(pids.map((pid, i) => [pid, times[i]]));
  };
  const pidsBefore = await backends();
  const before = await databaseCpu(pidsBefore);
  let requests = 0;
  const count = () => {
    requests++;
  };
  server.on('request', count);
  const started = process.cpuUsage();
  let result: T;
  try {
    result = await work();
  } finally {
    server.off('request', count);
  }
  const used = process.cpuUsage(started);
  const after = await databaseCpu([...new Set([...pidsBefore, ...(await backends())])]);
  if (requests === 0 || db.kind !== 'postgres' || after.size === 0) return { result, cpu: undefined };
  let databaseUs = 0;
  for (const [pid, time] of after) {
    // A backend that ended meanwhile is left out; one that began meanwhile counts from its start.
    if (time !== undefined) databaseUs += time - (before.get(pid) ?? 0);
  }
  return {
    result,
    cpu: { serverUs: (used.user + used.system) / requests, databaseUs: databaseUs / requests, requests },
  };
}

/**
 * The CPU (µs) every client backend of one database on this machine has run so far, found by their
 * process titles (`postgres: <cluster>: <user> <database> <host> …`) without a query, so reading it
 * costs the database nothing: read before and after a piece of work done one statement at a time,
 * the difference is that work's database CPU. Backends that ended meanwhile are lost: use it around
 * work whose pool keeps its connections.
 */
export async function databaseBackendsCpuUs(database: string): Promise<number> {
  const pids = (await readdir('/proc')).filter((entry) => /^\d+$/.test(entry));
  const times = await Promise.all(
    pids.map(async (pid) => {
      const title = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
      return title.startsWith('postgres: ') && title.split(' ')[3] === database
        ? ((await processCpuUs(Number(pid))) ?? 0)
        : 0;
    }),
  );
  return times.reduce((sum, time) => sum + time, 0);
}
