/**
 * Statistics and reports benchmark (`npm run bench:statistics`, issue 7). On a fresh PostgreSQL
 * database and a fresh PGlite database in the same run (or on a PostgreSQL database already filled,
 * `--database-url`, e.g. the one `bench:seed --keep` leaves): the demo data and `--scale` synthetic
 * cases, the victim rollup computed from scratch (timed), then, as Malaysia's coordinator
 * (statistics:read, row-level security on), the dashboard's figures (readDashboard) and the TIP table
 * (readTipTable), and their victim and prosecution queries read from the rollups next to the same
 * figures computed from the base tables (0050's, 0035's and 0069's functions, kept as `…_direct`),
 * over whole months and over a period that starts and ends inside months; overdue deadlines, which
 * have no rollup; and a bare SQL count of the same victims as the owner (the baseline).
 *
 * Options: --scale 20000  --requests 5  --postgres-url <maintenance database URL>  --no-pglite
 *          --pglite-scale N (default --scale)  --database-url <filled PostgreSQL database>
 *          --database-prefix lindung_bench
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { generateKeyText, parseKeys } from '../src/crypto/keyring.ts';
import type { Db } from '../src/db/db.ts';
import { migrate } from '../src/db/migrate.ts';
import { openPostgres } from '../src/db/pg.ts';
import { openPglite } from '../src/db/pglite.ts';
import { tenantPrelude } from '../src/db/tenant.ts';
import { seedDemo } from '../src/modules/demo/index.ts';
import { refreshProsecutionRollup, refreshVictimRollup } from '../src/modules/statistics/rollup.ts';
import { readDashboard } from '../src/modules/statistics/statistics.commands.ts';
import { readTipTable } from '../src/modules/statistics/tip.commands.ts';
import type { Permission } from '../src/policy/permissions.ts';
import type { Actor } from '../src/policy/policy.ts';
import { generateSynthetic } from '../src/synthetic/generate.ts';
import { postgresDatabase } from './support/databases.ts';
import { loadAverage, machineDescription, markdownTable, median, ms } from './support/report.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '20000' },
    'pglite-scale': { type: 'string' },
    requests: { type: 'string', default: '5' },
    'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    'database-url': { type: 'string' },
    'database-prefix': { type: 'string', default: 'lindung_bench' },
    'no-pglite': { type: 'boolean', default: false },
  },
});
const scale = Number(values.scale);
const requests = Number(values.requests);
const keyring = parseKeys(generateKeyText(), 'bench key');
const period = { from: '2019-01-01', to: '2025-12-31' };
const ragged = { from: '2019-01-15', to: '2025-11-20' };

async function timeMs(run: () => Promise<unknown>): Promise<number[]> {
  await run();
  const timings: number[] = [];
  for (let i = 0; i < requests; i += 1) {
    const started = performance.now();
    await run();
    timings.push(performance.now() - started);
  }
  return timings;
}

async function fill(db: Db, label: string, cases: number): Promise<void> {
  await seedDemo(db);
  const generated = await generateSynthetic(db, { scale: cases, seed: 1, keyring });
  console.log(`${label}: ${generated.cases} cases, ${generated.rows} rows in ${generated.milliseconds} ms`);
}

async function measure(db: Db, label: string): Promise<string[][]> {
  const rows: string[][] = [];
  const [victims] = await db.query<{ n: number }>(
    "select count(*)::int as n from case_file where type = 'victim_case'",
  );
  await db.query('analyze');
  const started = performance.now();
  const months = await refreshVictimRollup(db);
  const refreshMs = performance.now() - started;
  await db.query('analyze victim_rollup');
  const [cells] = await db.query<{ n: number }>('select count(*)::int as n from victim_rollup');
  console.log(
    `${label}: ${victims?.n} victim cases; rollup of ${months} agency-months (${cells?.n} cells) computed in ${ms(refreshMs)} ms, ${loadAverage()}`,
  );
  rows.push([
    label,
    `rollup computed from scratch: ${months} agency-months, ${cells?.n} cells (once)`,
    ms(refreshMs),
    '',
  ]);
  const prosecutionStarted = performance.now();
  const prosecutionMonths = await refreshProsecutionRollup(db);
  const prosecutionMs = performance.now() - prosecutionStarted;
  await db.query('analyze prosecution_rollup');
  rows.push([
    label,
    `prosecution rollup computed from scratch: ${prosecutionMonths} agency-months (once)`,
    ms(prosecutionMs),
    '',
  ]);
  const [coordinator] = await db.query<{ user_id: string; agency_id: string }>(
    `select m.user_id, m.agency_id from membership m join app_user u on u.id = m.user_id
      where u.email = 'coordinator.mapo@demo.lindung.org'`,
  );
  if (!coordinator) throw new Error('no demo coordinator');
  const permissions: Permission[] = ['statistics:read', 'coordination:manage'];
  const actor: Actor = {
    userId: coordinator.user_id,
    agencyId: coordinator.agency_id,
    permissions: new Set(permissions),
    via: 'platform',
    skipPolicyChecks: false,
  };
  const prelude = tenantPrelude({ userId: actor.userId, agencyId: actor.agencyId, permissions });
  const asCoordinator = (sql: string, params: unknown[]) =>
    db.transaction((tx) => tx.query(sql, params), { prelude });
  const victimFigures =
    (fn: string, p: { from: string; to: string }, bucket: string, dimension: string) => () =>
      asCoordinator(`select * from ${fn}($1, $2, $3, $4)`, [p.from, p.to, bucket, dimension]);
  const figures: [string, () => Promise<unknown>][] = [
    [
      'dashboard figures by year (readDashboard: victims from the rollup)',
      () =>
        db.transaction(
          (tx) =>
            readDashboard({
              tx,
              actor,
              query: { ...period, groupBy: 'year' },
              now: new Date(),
              smallCellThreshold: 5,
            }),
          { prelude },
        ),
    ],
    [
      'TIP table (readTipTable: victims from the rollup)',
      () =>
        db.transaction((tx) => readTipTable({ tx, actor, query: period, smallCellThreshold: 5 }), {
          prelude,
        }),
    ],
    ['victims by year, rollup', victimFigures('lindung_victim_statistics', period, 'year', 'none')],
    [
      'victims by year, direct (base tables)',
      victimFigures('lindung_victim_statistics_direct', period, 'year', 'none'),
    ],
    [
      'victims by month × exploitation type, rollup',
      victimFigures('lindung_victim_statistics', period, 'month', 'exploitation_type'),
    ],
    [
      'victims by month × exploitation type, direct',
      victimFigures('lindung_victim_statistics_direct', period, 'month', 'exploitation_type'),
    ],
    [
      'victims by quarter, 15 Jan 2019 – 20 Nov 2025, rollup (partial months live)',
      victimFigures('lindung_victim_statistics', ragged, 'quarter', 'none'),
    ],
    [
      'victims by quarter, 15 Jan 2019 – 20 Nov 2025, direct',
      victimFigures('lindung_victim_statistics_direct', ragged, 'quarter', 'none'),
    ],
    [
      'TIP victims by 4 dimensions, rollup',
      () => asCoordinator('select * from lindung_tip_victims($1, $2)', [period.from, period.to]),
    ],
    [
      'TIP victims by 4 dimensions, direct',
      () => asCoordinator('select * from lindung_tip_victims_direct($1, $2)', [period.from, period.to]),
    ],
    [
      'prosecution figures by year, rollup (persons from base tables)',
      () =>
        asCoordinator("select * from lindung_prosecution_figures($1, $2, 'year')", [period.from, period.to]),
    ],
    [
      'prosecution figures by year, direct',
      () =>
        asCoordinator("select * from lindung_prosecution_figures_direct($1, $2, 'year')", [
          period.from,
          period.to,
        ]),
    ],
    [
      'prosecution figures by month, rollup',
      () =>
        asCoordinator("select * from lindung_prosecution_figures($1, $2, 'month')", [period.from, period.to]),
    ],
    [
      'TIP prosecution figures, rollup',
      () => asCoordinator('select * from lindung_tip_prosecution($1, $2)', [period.from, period.to]),
    ],
    [
      'TIP prosecution figures, direct',
      () => asCoordinator('select * from lindung_tip_prosecution_direct($1, $2)', [period.from, period.to]),
    ],
    [
      'overdue deadlines (no rollup)',
      () => asCoordinator('select * from lindung_overdue_deadlines(now())', []),
    ],
    [
      'baseline: bare count of the same victims (owner, no RLS)',
      () =>
        db.query(
          `select count(*) from case_file c join agency a on a.id = c.agency_id join case_person cp on cp.case_id = c.id
            where a.country = 'MY' and c.type = 'victim_case' and c.opened_on between $1 and $2`,
          [period.from, period.to],
        ),
    ],
  ];
  for (const [name, run] of figures) {
    const timings = await timeMs(run);
    rows.push([label, name, ms(median(timings)), ms(Math.max(...timings))]);
    console.log(`${label} ${name}: median ${ms(median(timings))} ms (${loadAverage()})`);
  }
  // A write to every Malaysian agency's busiest month makes those months stale until the job runs:
  // the dashboard then computes them from the base tables.
  await db.query(
    `insert into victim_rollup_stale (agency_id, month)
     select a.id, date '2024-05-01' from agency a where a.country = 'MY' on conflict do nothing`,
  );
  const stale = await timeMs(victimFigures('lindung_victim_statistics', period, 'year', 'none'));
  rows.push([
    label,
    'victims by year, rollup with May 2024 stale for every agency',
    ms(median(stale)),
    ms(Math.max(...stale)),
  ]);
  const again = performance.now();
  const refreshed = await refreshVictimRollup(db);
  rows.push([
    label,
    `job: ${refreshed} stale agency-months recomputed (once)`,
    ms(performance.now() - again),
    '',
  ]);
  return rows;
}

console.log(machineDescription());
const rows: string[][] = [];
if (values['database-url']) {
  const db = await openPostgres(values['database-url']);
  try {
    await migrate(db);
    rows.push(...(await measure(db, 'PostgreSQL')));
  } finally {
    await db.close();
  }
} else {
  const postgres = await postgresDatabase(values['postgres-url'], values['database-prefix']);
  if (typeof postgres === 'string') console.log(postgres);
  else {
    const db = await openPostgres(loadConfig(postgres.env).databaseUrl as string);
    try {
      await migrate(db);
      await fill(db, 'PostgreSQL', scale);
      rows.push(...(await measure(db, 'PostgreSQL')));
    } finally {
      await db.close();
      await postgres.drop();
    }
  }
}
if (!values['no-pglite']) {
  // A data folder, not memory: at 1M cases the database outgrows WebAssembly's 4 GiB address space.
  const dataDir = await mkdtemp(path.join(tmpdir(), 'lindung-bench-pglite-'));
  const db = await openPglite(dataDir);
  try {
    await migrate(db);
    await fill(db, 'PGlite', Number(values['pglite-scale'] ?? scale));
    rows.push(...(await measure(db, 'PGlite')));
  } finally {
    await db.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
console.log(`\n${requests} runs after one warm-up, ${loadAverage()} at the end:\n`);
console.log(markdownTable(['database', 'query', 'median ms', 'max ms'], rows));
