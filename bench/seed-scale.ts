/**
 * Synthetic data and statistics benchmark (`npm run bench:seed`, issue 7). On a fresh PostgreSQL
 * database: the demo data, then `--scales` synthetic cases one seed after another (default 10000,
 * then 90000 more for 100000 in all), each timed with its rows per second. Then the main statistics
 * dashboard query as a national coordinator sees it (row-level security on: the victim figures by
 * month over every year, the prosecution figures and the overdue deadlines) next to a bare SQL
 * count of the same victims as the owner. `--pglite` also times the first scale on PGlite.
 *
 * Options: --scales 10000,90000  --requests 10  --postgres-url <maintenance database URL>  --pglite
 *          --database-prefix lindung_bench  --keep (leave the PostgreSQL database for bench:statistics)
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { generateKeyText, parseKeys } from '../src/crypto/keyring.ts';
import type { Db } from '../src/db/db.ts';
import { migrate } from '../src/db/migrate.ts';
import { openPostgres } from '../src/db/pg.ts';
import { openPglite } from '../src/db/pglite.ts';
import { tenantPrelude } from '../src/db/tenant.ts';
import { seedDemo } from '../src/modules/demo/index.ts';
import { countRows, generateSynthetic } from '../src/synthetic/generate.ts';
import { postgresDatabase } from './support/databases.ts';
import { loadAverage, machineDescription, markdownTable, median, ms } from './support/report.ts';

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '10000,90000' },
    requests: { type: 'string', default: '10' },
    'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    pglite: { type: 'boolean', default: false },
    'database-prefix': { type: 'string', default: 'lindung_bench' },
    keep: { type: 'boolean', default: false },
  },
});
const scales = values.scales.split(',').map(Number);
const requests = Number(values.requests);
const keyring = parseKeys(generateKeyText(), 'bench key');

async function generateAll(db: Db, label: string): Promise<string[][]> {
  await seedDemo(db);
  const rows: string[][] = [];
  let total = 0;
  for (const [index, scale] of scales.entries()) {
    const report = await generateSynthetic(db, { scale, seed: index + 1, keyring });
    total += scale;
    const seconds = report.milliseconds / 1000;
    rows.push([
      label,
      String(scale),
      String(total),
      String(report.rows),
      seconds.toFixed(1),
      String(Math.round(report.cases / seconds)),
      String(Math.round(report.rows / seconds)),
    ]);
    console.log(
      `${label}: +${scale} cases (${total} in all), ${report.rows} rows in ${seconds.toFixed(1)} s (${report.bulk ? 'bulk' : 'row by row'}), ${loadAverage()}`,
    );
  }
  return rows;
}

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

/** The dashboard's three queries as the MAPO coordinator, and the bare count they rest on. */
async function dashboard(db: Db): Promise<string[][]> {
  const [coordinator] = await db.query<{ user_id: string; agency_id: string }>(
    `select m.user_id, m.agency_id from membership m join app_user u on u.id = m.user_id
      where u.email = 'coordinator.mapo@demo.lindung.org'`,
  );
  if (!coordinator) throw new Error('no demo coordinator');
  const prelude = tenantPrelude({
    userId: coordinator.user_id,
    agencyId: coordinator.agency_id,
    permissions: ['statistics:read', 'coordination:manage'],
  });
  const asCoordinator = (sql: string, params: unknown[]) =>
    db.transaction((tx) => tx.query(sql, params), { prelude });
  const figures: [string, () => Promise<unknown>][] = [
    [
      'victims by month, 2019–2025 (national, RLS)',
      () =>
        asCoordinator(
          "select * from lindung_victim_statistics('2019-01-01', '2025-12-31', 'month', 'none')",
          [],
        ),
    ],
    [
      'victims by exploitation type and year (national, RLS)',
      () =>
        asCoordinator(
          "select * from lindung_victim_statistics('2019-01-01', '2025-12-31', 'year', 'exploitation_type')",
          [],
        ),
    ],
    [
      'prosecution figures by year (national, RLS)',
      () =>
        asCoordinator("select * from lindung_prosecution_figures('2019-01-01', '2025-12-31', 'year')", []),
    ],
    [
      'overdue deadlines (national, RLS)',
      () => asCoordinator('select * from lindung_overdue_deadlines(now())', []),
    ],
    [
      'bare SQL: count of the same victims (owner, no RLS)',
      () =>
        db.query(
          `select count(*) from case_file c join agency a on a.id = c.agency_id join case_person cp on cp.case_id = c.id
            where a.country = 'MY' and c.type = 'victim_case' and c.opened_on between '2019-01-01' and '2025-12-31'`,
        ),
    ],
  ];
  const rows: string[][] = [];
  for (const [name, run] of figures) {
    const timings = await timeMs(run);
    rows.push([name, ms(median(timings)), ms(Math.max(...timings))]);
    console.log(`${name}: median ${ms(median(timings))} ms`);
  }
  return rows;
}

console.log(machineDescription());
const generated: string[][] = [];
const postgres = await postgresDatabase(values['postgres-url'], values['database-prefix']);
if (typeof postgres === 'string') {
  console.log(postgres);
} else {
  const db = await openPostgres(loadConfig(postgres.env).databaseUrl as string);
  try {
    await migrate(db);
    generated.push(...(await generateAll(db, 'PostgreSQL')));
    await db.query('vacuum analyze');
    const counts = await countRows(db);
    console.log(`\nrows: ${JSON.stringify(counts)}\n`);
    const timed = await dashboard(db);
    console.log(`\nDashboard at ${counts.case_file} cases (PostgreSQL), ${requests} runs each:\n`);
    console.log(markdownTable(['query', 'median ms', 'max ms'], timed));
  } finally {
    await db.close();
    if (values.keep) console.log(`kept for bench:statistics --database-url: ${postgres.env.DATABASE_URL}`);
    else await postgres.drop();
  }
}
if (values.pglite) {
  const db = await openPglite(undefined);
  try {
    await migrate(db);
    const first = scales[0] ?? 10000;
    scales.splice(0, scales.length, first);
    generated.push(...(await generateAll(db, 'PGlite')));
  } finally {
    await db.close();
  }
}
console.log('\nGeneration:\n');
console.log(
  markdownTable(
    ['database', 'cases added', 'cases in all', 'rows added', 'seconds', 'cases/s', 'rows/s'],
    generated,
  ),
);
