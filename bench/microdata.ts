/**
 * Anonymised microdata benchmark (`npm run bench:microdata`, issue 7): k = 11 over the six
 * quasi-identifiers, Datafly-style generalisation against the baseline of suppression alone.
 *
 * 1. On PostgreSQL: a fresh database with the demo data and `--scale` synthetic cases (or an
 *    existing generated database with `--database-url`, e.g. after `lindung seed --scale 1000000`),
 *    the whole export as the national coordinator sees it: the counts read through
 *    lindung_victim_microdata (row-level scope, statistics:read), generalisation, suppression and
 *    the CSV written out in full.
 * 2. In memory at `--rows` (default 1,000,000): rows drawn from the generated distribution with a
 *    long tail of rare values added (see longTail), generalised and written as CSV, to time the
 *    algorithm and the file at the target size on data where generalisation has work to do.
 *
 * Options: --scale 100000  --rows 1000000  --runs 3  --postgres-url <maintenance URL>  --database-url <URL>
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { generateKeyText, parseKeys } from '../src/crypto/keyring.ts';
import type { Db } from '../src/db/db.ts';
import { migrate } from '../src/db/migrate.ts';
import { openPostgres } from '../src/db/pg.ts';
import { tenantPrelude } from '../src/db/tenant.ts';
import { seedDemo } from '../src/modules/demo/index.ts';
import type { HistogramEntry } from '../src/modules/opendata/k-anonymity.ts';
import {
  anonymiseMicrodata,
  microdataCsv,
  readMicrodataHistogram,
} from '../src/modules/opendata/microdata.ts';
import { seededRandom } from '../src/shared/seeded-random.ts';
import { generateSynthetic } from '../src/synthetic/generate.ts';
import { cleanUpOnInterrupt } from './support/clean-up.ts';
import { postgresDatabase } from './support/databases.ts';
import { machineDescription, markdownTable, median, ms } from './support/report.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '100000' },
    rows: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '3' },
    'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    'database-url': { type: 'string' },
  },
});
const runs = Number(values.runs);
const targetRows = Number(values.rows);

async function timed<T>(run: () => Promise<T> | T): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await run();
  return { result, ms: performance.now() - started };
}

function csvBytes(result: ReturnType<typeof anonymiseMicrodata>): number {
  let bytes = 0;
  for (const chunk of microdataCsv(result)) bytes += Buffer.byteLength(chunk);
  return bytes;
}

const rows: string[][] = [];
const header = ['stage', 'algorithm', 'rows in', 'rows kept', 'kept', 'levels', 'median ms', 'max ms'];

function measure(label: string, histogram: HistogramEntry[], read: () => Promise<HistogramEntry[]>) {
  return async () => {
    for (const algorithm of ['suppression-only', 'datafly-greedy'] as const) {
      const timings: number[] = [];
      let report: ReturnType<typeof anonymiseMicrodata>['report'] | undefined;
      for (let run = 0; run < runs; run += 1) {
        const { ms: took, result } = await timed(async () => {
          const data = run === 0 && histogram.length > 0 ? histogram : await read();
          const anonymised = anonymiseMicrodata(data, { algorithm });
          csvBytes(anonymised);
          return anonymised;
        });
        timings.push(took);
        report = result.report;
      }
      if (!report) continue;
      rows.push([
        label,
        algorithm,
        String(report.rowsIn),
        String(report.rowsKept),
        `${(report.keptShare * 100).toFixed(1)} %`,
        report.columns.map((column) => column.level).join(' '),
        ms(median(timings)),
        ms(Math.max(...timings)),
      ]);
      console.log(
        `${label} ${algorithm}: ${report.rowsKept}/${report.rowsIn} kept, median ${ms(median(timings))} ms`,
      );
    }
  };
}

async function asCoordinator(db: Db): Promise<() => Promise<HistogramEntry[]>> {
  const [coordinator] = await db.query<{ user_id: string; agency_id: string }>(
    `select m.user_id, m.agency_id from membership m join app_user u on u.id = m.user_id
      where u.email = 'coordinator.mapo@demo.lindung.org'`,
  );
  if (!coordinator) throw new Error('no demo coordinator');
  const prelude = tenantPrelude({
    userId: coordinator.user_id,
    agencyId: coordinator.agency_id,
    permissions: ['statistics:read'],
  });
  return () => db.transaction((tx) => readMicrodataHistogram(tx, '2000-01-01', '2099-12-31'), { prelude });
}

console.log(machineDescription());
let histogram: HistogramEntry[] = [];
const runOn = async (db: Db, label: string) => {
  const read = await asCoordinator(db);
  const started = performance.now();
  histogram = await read();
  console.log(`histogram: ${histogram.length} combinations read in ${ms(performance.now() - started)} ms`);
  await measure(label, [], read)();
};

if (values['database-url']) {
  const db = await openPostgres(values['database-url']);
  try {
    await runOn(db, 'PostgreSQL: read + anonymise + CSV (existing database)');
  } finally {
    await db.close();
  }
} else {
  const postgres = await postgresDatabase(values['postgres-url']);
  if (typeof postgres === 'string') {
    console.log(postgres);
  } else {
    const db = await openPostgres(loadConfig(postgres.env).databaseUrl as string);
    // Ctrl-C drops the database too, not only the end of a run.
    const { withCleanup, fail } = cleanUpOnInterrupt();
    await withCleanup(
      async () => {
        await db.close();
        await postgres.drop();
      },
      async () => {
        await migrate(db);
        await seedDemo(db);
        const keyring = parseKeys(generateKeyText(), 'bench key');
        const generated = await timed(() =>
          generateSynthetic(db, { scale: Number(values.scale), seed: 1, keyring }),
        );
        console.log(`generated ${values.scale} cases in ${(generated.ms / 1000).toFixed(1)} s`);
        await db.query('vacuum analyze');
        await runOn(db, `PostgreSQL: read + anonymise + CSV (${values.scale} cases generated)`);
      },
    ).catch(fail);
  }
}

/**
 * `count` rows drawn from the generated distribution, each value replaced with probability 5 % by
 * another of its column (the values seen, and rarer ones: nationalities and countries no generated
 * case has), so that the file has the long tail of rare combinations real data has. The rows are
 * folded into a histogram as a cursor over them would be.
 */
function longTail(source: HistogramEntry[], count: number): HistogramEntry[] {
  const draw = seededRandom(20261201);
  const total = source.reduce((sum, entry) => sum + entry.count, 0);
  const cumulative: number[] = [];
  let running = 0;
  for (const entry of source) {
    running += entry.count / total;
    cumulative.push(running);
  }
  const rare = ['BD', 'NP', 'LK', 'PH', 'CN', 'NG', 'UZ', 'KE', 'PK', 'IN'];
  const domains =
    source[0]?.values.map((_, q) => {
      const seen = [...new Set(source.map((entry) => entry.values[q] as string))];
      return q === 3 || q === 4 ? [...seen, ...rare] : seen;
    }) ?? [];
  const counts = new Map<string, HistogramEntry & { count: number }>();
  for (let row = 0; row < count; row += 1) {
    const u = draw();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    const values = (source[lo] as HistogramEntry).values.map((value, q) => {
      if (draw() >= 0.05) return value;
      const domain = domains[q] as string[];
      return domain[Math.floor(draw() * domain.length)] as string;
    });
    const key = values.join('|');
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { values, count: 1 });
  }
  return [...counts.values()];
}

if (histogram.length > 0) {
  const started = performance.now();
  const tail = longTail(histogram, targetRows);
  console.log(
    `${targetRows} long-tailed rows drawn and counted into ${tail.length} combinations in ${ms(performance.now() - started)} ms`,
  );
  await measure(`in memory: anonymise + CSV (${targetRows} rows, long tail)`, [], async () => tail)();
}

console.log(`\nk = 11, ${runs} runs each:\n`);
console.log(markdownTable(header, rows));
