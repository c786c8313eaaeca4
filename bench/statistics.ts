/**
 * Statistics and reports benchmark (`npm run bench:statistics`, issue 7). On a fresh PostgreSQL
 * database and a fresh PGlite database in the same run: the demo data and `--scale` synthetic
 * cases, then, as Malaysia's coordinator (statistics:read, row-level security on), the dashboard's
 * figures (readDashboard: victims by year, prosecution by category, overdue deadlines) and the TIP
 * table (readTipTable: law enforcement over the period and victims by four dimensions), each next
 * to the TIP table's first version (the dashboard's victim function once per dimension) and a bare
 * SQL count of the same victims as the owner (the baseline). No rollups exist yet: this measures the
 * direct queries that rollups would have to beat.
 *
 * Options: --scale 20000  --requests 5  --postgres-url <maintenance database URL>  --no-pglite
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
    requests: { type: 'string', default: '5' },
    'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    'no-pglite': { type: 'boolean', default: false },
  },
});
const scale = Number(values.scale);
const requests = Number(values.requests);
const keyring = parseKeys(generateKeyText(), 'bench key');
const period = { from: '2019-01-01', to: '2025-12-31' };

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

async function measure(db: Db, label: string): Promise<string[][]> {
  await seedDemo(db);
  const generated = await generateSynthetic(db, { scale, seed: 1, keyring });
  console.log(`${label}: ${generated.cases} cases, ${generated.rows} rows in ${generated.milliseconds} ms`);
  await db.query('analyze');
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
  const figures: [string, () => Promise<unknown>][] = [
    [
      'dashboard figures by year (national, RLS, direct)',
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
      'TIP table (national, RLS, direct)',
      () =>
        db.transaction((tx) => readTipTable({ tx, actor, query: period, smallCellThreshold: 5 }), {
          prelude,
        }),
    ],
    [
      'TIP table, first version: lindung_victim_statistics once per dimension',
      () =>
        db.transaction(
          async (tx) => {
            await tx.query('select * from lindung_tip_prosecution($1, $2)', [period.from, period.to]);
            for (const dimension of ['none', 'exploitation_type', 'sex', 'age_band', 'nationality']) {
              await tx.query("select * from lindung_victim_statistics($1, $2, 'year', $3)", [
                period.from,
                period.to,
                dimension,
              ]);
            }
          },
          { prelude },
        ),
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
  const rows: string[][] = [];
  for (const [name, run] of figures) {
    const timings = await timeMs(run);
    rows.push([label, name, ms(median(timings)), ms(Math.max(...timings))]);
    console.log(`${label} ${name}: median ${ms(median(timings))} ms (load ${loadAverage()})`);
  }
  return rows;
}

console.log(machineDescription());
console.log(`load average at start: ${loadAverage()}`);
const rows: string[][] = [];
const postgres = await postgresDatabase(values['postgres-url']);
if (typeof postgres === 'string') console.log(postgres);
else {
  const db = await openPostgres(loadConfig(postgres.env).databaseUrl as string);
  try {
    await migrate(db);
    rows.push(...(await measure(db, 'PostgreSQL')));
  } finally {
    await db.close();
    await postgres.drop();
  }
}
if (!values['no-pglite']) {
  const db = await openPglite(undefined);
  try {
    await migrate(db);
    rows.push(...(await measure(db, 'PGlite')));
  } finally {
    await db.close();
  }
}
console.log(`\n${scale} cases, ${requests} runs after one warm-up, load average at end ${loadAverage()}:\n`);
console.log(markdownTable(['database', 'query', 'median ms', 'max ms'], rows));
