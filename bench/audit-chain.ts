/**
 * Audit chaining benchmark (`npm run bench:audit-chain`): the database CPU that chaining one audit
 * entry costs (decisions 0095, 0157), on a database migrated to just before a migration that
 * changed the chain (`--before`: 0271's chain table against the chain columns of 0216, by default;
 * 0215 for 0006's hash and 0047's chainer) and on one migrated to the end, in the same run, rounds
 * interleaved. Every audited read is chained once by the audit job after it commits, so this is
 * part of what each read costs (bench:cases counts it whenever the job runs inside a run's window).
 *
 * Each round writes `--entries` entries like a case read's to each database (as the owner, in one
 * statement), then chains them in one call on one connection and reads that backend's CPU time from
 * /proc/<pid>/schedstat — the scheduler's own clock, so that a loaded machine changes the figures
 * less than it would wall time. PostgreSQL must therefore run on this machine. Both chains are
 * verified at the end (the current one by the current code). The two databases are made for the run
 * and removed afterwards.
 *
 * Options: --entries <n> (20000), --rounds <n> (3), --before <migration> (271),
 * --postgres-url <maintenance database URL>.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { verifyAuditChain } from '../src/audit/verify.ts';
import type { Db } from '../src/db/db.ts';
import { loadMigrations, migrate } from '../src/db/migrate.ts';
import { openPostgres } from '../src/db/pg.ts';
import { cleanUpOnInterrupt } from './support/clean-up.ts';
import { postgresDatabase } from './support/databases.ts';
import { loadAverage, machineDescription } from './support/report.ts';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '20000' },
    rounds: { type: 'string', default: '3' },
    before: { type: 'string', default: '271' },
    'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
  },
});
/** The baseline is migrated to just before the migration `firstChange`. */
const [entries, rounds, firstChange] = [Number(values.entries), Number(values.rounds), Number(values.before)];
if ([entries, rounds, firstChange].some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('--entries, --rounds and --before must be whole numbers of at least 1');
  process.exit(1);
}

const { withCleanup, fail } = cleanUpOnInterrupt();

/** The CPU time (µs) a backend of the local server has run. */
async function backendCpuUs(db: Db): Promise<number> {
  const [row] = await db.query<{ pid: number }>('select pg_backend_pid() as pid');
  const schedstat = await readFile(`/proc/${row?.pid}/schedstat`, 'utf8');
  return Number(schedstat.split(' ')[0]) / 1000;
}

/** Writes `count` entries like a case read's, then chains them; µs of backend CPU per entry chained. */
async function chainRound(db: Db, count: number): Promise<number> {
  await db.query(
    `insert into audit_event (actor_user_id, agency_id, action, subject_type, subject_id, request_id, detail)
     select gen_random_uuid(), gen_random_uuid(), 'case.read', 'case', gen_random_uuid()::text, 'bench-' || i, '{}'
       from generate_series(1, $1::integer) i`,
    [count],
  );
  const before = await backendCpuUs(db);
  // Room for one more than written: a batch left unfilled tells the chainer it reached the end.
  const [row] = await db.query<{ chained: number }>('select audit_event_chain_pending($1) as chained', [
    count + 1,
  ]);
  const used = (await backendCpuUs(db)) - before;
  if (row?.chained !== count) throw new Error(`chained ${row?.chained} of ${count} entries`);
  return used / count;
}

/** A new database migrated up to `below` (all migrations if undefined), on a pool of one connection. */
async function migratedDatabase(below: number | undefined): Promise<{ db: Db; drop(): Promise<void> }> {
  const database = await postgresDatabase(values['postgres-url'], 'lindung_bench_chain');
  if (typeof database === 'string') throw new Error(database);
  const db = await openPostgres(database.env.DATABASE_URL as string, { poolSize: 1 });
  const all = await loadMigrations();
  await migrate(db, below === undefined ? all : all.filter((migration) => migration.version < below));
  return {
    db,
    async drop() {
      await db.close();
      await database.drop();
    },
  };
}

console.log(
  `Lindung audit chaining benchmark: ${entries} entries a round, ${rounds} rounds, baseline migrated to ` +
    `before ${String(firstChange).padStart(4, '0')}`,
);
console.log(machineDescription());
try {
  const baseline = await migratedDatabase(firstChange);
  await withCleanup(baseline.drop, async () => {
    const current = await migratedDatabase(undefined);
    await withCleanup(current.drop, async () => {
      const figures: Record<'baseline' | 'current', number[]> = { baseline: [], current: [] };
      for (let round = 1; round <= rounds; round++) {
        for (const [name, { db }] of [
          ['baseline', baseline],
          ['current', current],
        ] as const) {
          const perEntry = await chainRound(db, entries);
          figures[name].push(perEntry);
          console.log(`  round ${round}/${rounds}, ${name}: ${perEntry.toFixed(1)} µs per entry chained`);
        }
      }
      const report = await verifyAuditChain(current.db);
      if (report.firstBreak !== undefined || report.pending > 0)
        throw new Error(`the current chain does not verify: ${JSON.stringify(report)}`);
      const least = (xs: number[]) => Math.min(...xs).toFixed(1);
      console.log('\n| database | µs of backend CPU per entry chained, each round | least |');
      console.log('| --- | --- | --- |');
      for (const name of ['baseline', 'current'] as const) {
        const label =
          name === 'baseline' ? `before ${String(firstChange).padStart(4, '0')}` : 'all migrations';
        console.log(
          `| ${label} | ${figures[name].map((x) => x.toFixed(1)).join(' / ')} | ${least(figures[name])} |`,
        );
      }
      console.log(`\nThe current chain verifies (${rounds * entries} entries).`);
    });
  });
} catch (error) {
  await fail(error);
}
console.log(`At the end: ${loadAverage()}`);
