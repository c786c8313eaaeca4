/**
 * Case load benchmark (`npm run bench:cases`): the open-case list and the case detail of one agency
 * under load, with 100k cases and 300k persons across 40 agencies, against baselines measured in
 * the same run — a bare Fastify server on the same database running the same SQL as the owner,
 * without the session check, role switch or RLS: the read alone, and for the detail also the read
 * with the audit entry every read of a case must write (decision 0208). Targets (victim-path
 * issue): the API costs at most 2× its bare SQL, and its p95 is at most 25 ms on PostgreSQL.
 *
 * A new PostgreSQL database is made (with --databases pglite also a PGlite temporary folder, which
 * is slow at this scale), migrated and seeded with the demo by startPlatform, filled with set-based SQL
 * (bench/support/cases-data.ts), and removed afterwards. The platform runs in this process as
 * cm.jkm@demo.lindung.org, whose agency (JKM) owns 1/40 of the cases; the load comes from a separate
 * process (bench/support/load.ts). The plans of the two queries under RLS are printed first.
 *
 * Options: --duration <s> (10), --connections <n> (10), --warmup <s> (2), --databases postgres[,pglite],
 *   --postgres-url <maintenance database URL>, --seed <n> (1), --cases <n> (100000; 3 persons each),
 *   --no-breakdown (baseline and API only), --rounds <n> (1: best of n rounds), --keep (leave the
 *   PostgreSQL database in place afterwards and print its name, to look into; drop it yourself),
 *   --one-flush (PostgreSQL only: also the detail's `oneflush` variants, bench/support/one-flush.ts),
 *   --cpu-profile <folder> (a V8 CPU profile of this process for each detail run, `<server>-detail-<round>`),
 *   --database-prefix <name> (lindung_bench: the new PostgreSQL database's name begins with it),
 *   --key-file <path> (the platform key: read from the file if it exists, else the new key written to it),
 *   --reuse-database <name> (PostgreSQL only: run on that database, seeded earlier by a --keep run with
 *   the same --key-file, --seed and --cases; nothing is generated and the database is left in place).
 * Seed once, run many: `--keep --database-prefix x --key-file k`, then `create database a template <kept>`
 * (and b, …) and `--reuse-database a --key-file k` for each side of a comparison.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { chainAuditEntries } from '../src/audit/chain.ts';
import { loadConfig } from '../src/config.ts';
import { generateKeyText } from '../src/crypto/keyring.ts';
import type { Db } from '../src/db/db.ts';
import { loggerOptions } from '../src/http/logging.ts';
import { demoPassword } from '../src/modules/demo/index.ts';
import { backfillPersonNameKeys } from '../src/modules/persons/person-name-keys.ts';
import { refreshVictimRollup } from '../src/modules/statistics/rollup.ts';
import { startPlatform } from '../src/platform.ts';
import { startCasesBareApp } from './support/cases-bare-app.ts';
import { generateCaseData, personsPerCase } from './support/cases-data.ts';
import { explainCaseQueries } from './support/cases-explain.ts';
import { type CaseMeasurement, type CaseServer, printCaseReport } from './support/cases-report.ts';
import { cleanUpOnInterrupt } from './support/clean-up.ts';
import { type CpuPerRequest, measureCpu } from './support/cpu-cost.ts';
import { withCpuProfile } from './support/cpu-profile.ts';
import {
  type BenchDatabase,
  existingPostgresDatabase,
  pgliteDatabase,
  postgresDatabase,
} from './support/databases.ts';
import type { LoadResult } from './support/load.ts';
import { openOneFlush } from './support/one-flush.ts';
import { removeFolder, temporaryFolder } from './support/processes.ts';
import { loadAverage, machineDescription } from './support/report.ts';
import { signIn } from './support/sign-in.ts';

const { values } = parseArgs({
  allowNegative: true,
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    databases: { type: 'string', default: 'postgres' },
    'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    seed: { type: 'string', default: '1' },
    cases: { type: 'string', default: '100000' },
    breakdown: { type: 'boolean', default: true },
    rounds: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    'one-flush': { type: 'boolean', default: false },
    'cpu-profile': { type: 'string' },
    'database-prefix': { type: 'string', default: 'lindung_bench' },
    'key-file': { type: 'string' },
    'reuse-database': { type: 'string' },
  },
});
const [rounds, seed, caseCount] = [Number(values.rounds), Number(values.seed), Number(values.cases)];
const databaseKinds = values.databases.split(',');
for (const problem of [
  !Number.isInteger(rounds) || rounds < 1 ? '--rounds must be a whole number of at least 1' : '',
  !Number.isInteger(seed) || seed < 0 || seed > 1e9 ? '--seed must be a whole number from 0 to 10⁹' : '',
  !Number.isInteger(caseCount) || caseCount < 40 ? '--cases must be a whole number of at least 40' : '',
  values['one-flush'] && databaseKinds.includes('pglite') ? '--one-flush is for PostgreSQL only' : '',
  values['reuse-database'] && (databaseKinds.join() !== 'postgres' || !values['key-file'])
    ? '--reuse-database is for --databases postgres only, with the --key-file of the run that seeded it'
    : '',
  values['reuse-database'] && !/^[a-z0-9_]+$/.test(values['reuse-database'])
    ? '--reuse-database: letters, digits and _ only'
    : '',
  ...databaseKinds.map((kind) =>
    kind === 'pglite' || kind === 'postgres' ? '' : `--databases: unknown kind ${kind} (pglite, postgres)`,
  ),
]) {
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}

const benchUser = 'cm.jkm@demo.lindung.org';
const agencies = 40;
const targets = { costRatio: 2, p95Ms: 25 };
const listEndpoint = 'GET /api/cases?limit=50&status=open';
const detailEndpoint = 'GET /api/cases/:id (rotating ids)';
const listServers: readonly CaseServer[] = values.breakdown
  ? ['bare', 'tenant', 'audit', 'api']
  : ['bare', 'api'];
// The detail's target is judged against `bare-audited`, its own SQL with the read's audit entry
// (decision 0208); `bare`, the read alone, stays beside it.
const detailServers: readonly CaseServer[] = [
  'bare',
  'bare-audited',
  ...(values.breakdown ? (['tenant', 'audit'] as const) : []),
  ...(values['one-flush'] ? (['oneflush', 'oneflush-session'] as const) : []),
  'api',
];

const { withCleanup, runLoad, fail } = cleanUpOnInterrupt();

/** Runs the load generator in its own process against one URL (plus a rotating suffix, if given). */
async function load(url: string, cookie: string, suffixesFile?: string): Promise<LoadResult> {
  const args = [
    'bench/support/load.ts',
    `--url=${url}`,
    `--duration=${values.duration}`,
    `--connections=${values.connections}`,
    `--warmup=${values.warmup}`,
    `--header=cookie: ${cookie}`,
    ...(suffixesFile ? [`--suffixes=${suffixesFile}`] : []),
  ];
  const { child, code } = await runLoad(args);
  const line = child
    .output()
    .split('\n')
    .findLast((text) => text.startsWith('{'));
  if (code !== 0 || !line) throw new Error(`the load generator failed (exit ${code}):\n${child.output()}`);
  return JSON.parse(line) as LoadResult;
}

/** Fetches `url` and fails unless it answers 200; returns the JSON body. */
async function fetchJson(url: string, cookie: string): Promise<unknown> {
  const response = await fetch(url, { headers: { cookie } });
  if (response.status !== 200)
    throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/**
 * Checks that every server gives the same page and the same case before any is timed, and that
 * each audited one writes exactly one entry for the case read (the others none).
 */
async function checkAnswers(
  db: Db,
  urlOf: (server: CaseServer, endpoint: string) => string,
  cookie: string,
  id: string,
) {
  const pages = new Set<string>();
  for (const server of listServers) {
    const body = (await fetchJson(urlOf(server, listEndpoint), cookie)) as { items: { id: string }[] };
    if (body.items.length === 0) throw new Error(`${server} listed no cases`);
    pages.add(body.items.map((item) => item.id).join());
  }
  const entries = async () => {
    const [row] = await db.query<{ count: number }>(
      `select count(*)::int as count from audit_event where action = 'case.read' and subject_id = $1`,
      [id],
    );
    return row?.count ?? 0;
  };
  const cases = new Set<string>();
  for (const server of detailServers) {
    const before = await entries();
    const body = (await fetchJson(`${urlOf(server, detailEndpoint)}${id}`, cookie)) as Record<
      string,
      unknown
    >;
    const written = (await entries()) - before;
    if (written !== (server === 'bare' || server === 'tenant' ? 0 : 1))
      throw new Error(`${server} wrote ${written} audit entries for one case read`);
    cases.add(JSON.stringify([body.reference, body.persons, body.workers]));
  }
  if (pages.size > 1 || cases.size > 1) throw new Error('the servers do not give the same answers');
}

async function benchmark(database: BenchDatabase, folder: string): Promise<CaseMeasurement[]> {
  const config = loadConfig({
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    LINDUNG_SIGN_IN_RATE_LIMIT: '100000',
    // The scan across agencies reads every generated person in this process and its backends: not
    // scheduled, so that it is not charged to the requests measured.
    LINDUNG_LINKAGE_SCAN_MINUTES: '0',
    LINDUNG_KEY: await platformKey(values['key-file']),
    ...database.env,
  });
  let started = performance.now();
  const platform = await startPlatform(config, pino(loggerOptions(config.logLevel)));
  console.log(`  migrations and demo seed (startPlatform): ${Math.round(performance.now() - started)} ms`);
  return withCleanup(
    () => platform.close(),
    async () => {
      if (values['reuse-database']) console.log(`  reusing ${values['reuse-database']}: nothing generated`);
      else {
        started = performance.now();
        const counts = await generateCaseData(
          platform.db,
          { seed, cases: caseCount, agencies, workersPerAgency: 6 },
          (step, ms) => console.log(`  generated ${step}: ${Math.round(ms)} ms`),
        );
        console.log(`  generation took ${((performance.now() - started) / 1000).toFixed(1)} s in all:`);
        console.log(`  ${JSON.stringify(counts)}`);
      }
      // The platform's job keys every generated name (300k persons) in this process and its backends:
      // measured beside the requests, it charged them ~100 µs of its own each. Done first, whole.
      started = performance.now();
      const keyed = await backfillPersonNameKeys(platform.db, { wait: true });
      console.log(
        `  names keyed before measuring: ${keyed} in ${Math.round(performance.now() - started)} ms`,
      );
      // Likewise the statistics of the months the generation marked stale (the rollup job's work).
      started = performance.now();
      const months = await refreshVictimRollup(platform.db);
      console.log(
        `  months refreshed before measuring: ${months} in ${Math.round(performance.now() - started)} ms`,
      );
      const apiUrl = await platform.app.listen({ host: '127.0.0.1', port: 0 });
      const signedIn = await signIn(apiUrl, benchUser, demoPassword);
      const ids = await agencyCases(platform.db, signedIn.agencyId);
      const idsFile = path.join(folder, `${database.kind}-case-ids.json`);
      await writeFile(idsFile, JSON.stringify(ids));
      await explainCaseQueries(platform.db, signedIn, ids[0] as string);
      const oneFlush =
        values['one-flush'] && database.env.DATABASE_URL
          ? { db: openOneFlush(database.env.DATABASE_URL), idleMinutes: config.session.idleMinutes }
          : undefined;
      const bare = await startCasesBareApp(platform.db, platform.keyring, signedIn, oneFlush);
      return withCleanup(
        async () => {
          await bare.close();
          await oneFlush?.db.close();
        },
        () =>
          measure(database, {
            db: platform.db,
            apiUrl,
            bareUrl: bare.url,
            cookie: signedIn.cookie,
            firstId: ids[0] as string,
            idsFile,
            cpuOf: (server, work) =>
              measureCpu(platform.db, server === 'api' ? platform.app.server : bare.server, work),
          }),
      );
    },
  );
}

/** The platform key of `file` when it exists; else a new key, written to `file` when one is named. */
async function platformKey(file: string | undefined): Promise<string> {
  if (file) {
    const kept = await readFile(file, 'utf8').catch(() => undefined);
    if (kept !== undefined) return kept.trim();
  }
  const key = generateKeyText();
  if (file) await writeFile(file, key, { mode: 0o600 });
  return key;
}

/** The ids of the agency's cases in a fixed shuffled order (by the hash of the id), printed with counts. */
async function agencyCases(db: Db, agencyId: string): Promise<string[]> {
  const rows = await db.query<{ id: string; status: string }>(
    'select id, status from case_file where agency_id = $1 order by md5(id::text)',
    [agencyId],
  );
  const open = rows.filter((row) => row.status === 'open').length;
  console.log(`  ${benchUser}'s agency owns ${rows.length} cases, ${open} of them open`);
  if (rows.length === 0) throw new Error('the benchmark agency has no cases');
  return rows.map((row) => row.id);
}

/** Measures both endpoints on every server, `rounds` times over, keeping each one's best round. */
async function measure(
  database: BenchDatabase,
  run: {
    db: Db;
    apiUrl: string;
    bareUrl: string;
    cookie: string;
    firstId: string;
    idsFile: string;
    /** Runs one load against `server`, measuring the CPU it and the database spend per request. */
    cpuOf: <T>(
      server: CaseServer,
      work: () => Promise<T>,
    ) => Promise<{ result: T; cpu: CpuPerRequest | undefined }>;
  },
): Promise<CaseMeasurement[]> {
  const { apiUrl, bareUrl, cookie, firstId, idsFile } = run;
  const urlOf = (server: CaseServer, endpoint: string) => {
    const base = server === 'api' ? `${apiUrl}/api` : `${bareUrl}/${server}`;
    return endpoint === listEndpoint ? `${base}/cases?limit=50&status=open` : `${base}/cases/`;
  };
  await checkAnswers(run.db, urlOf, cookie, firstId);
  const best = new Map<string, CaseMeasurement>();
  const leastCpu = new Map<string, CpuPerRequest>();
  for (let round = 1; round <= rounds; round++) {
    for (const [endpoint, servers] of [
      [listEndpoint, listServers],
      [detailEndpoint, detailServers],
    ] as const) {
      for (const server of servers) {
        process.stdout.write(`  ${database.kind} ${endpoint} (round ${round}/${rounds}): ${server}… `);
        const suffixes = endpoint === detailEndpoint ? idsFile : undefined;
        // The platform's job chains audit entries as they come: what an earlier run left unchained
        // is chained now, so that each run pays only for chaining its own (decision 0079).
        while ((await chainAuditEntries(run.db)) > 0);
        const loadRun = () => load(urlOf(server, endpoint), cookie, suffixes);
        const profiled = values['cpu-profile'];
        const { result, cpu } = await run.cpuOf(server, () =>
          profiled && endpoint === detailEndpoint
            ? withCpuProfile(profiled, `${server}-detail-${round}`, loadRun)
            : loadRun(),
        );
        const cpuText = cpu
          ? `; CPU per request: server ${Math.round(cpu.serverUs)} µs, database ${Math.round(cpu.databaseUs)} µs`
          : '';
        console.log(
          `${Math.round(result.requestsPerSecond)} req/s, p95 ${result.p95Ms.toFixed(2)} ms${cpuText}`,
        );
        const key = `${endpoint} ${server}`;
        const previous = best.get(key);
        if (!previous || result.requestsPerSecond > previous.result.requestsPerSecond) {
          best.set(key, { database: database.kind, endpoint, server, result, ...(cpu && { cpu }) });
        }
        // The least CPU per request of the rounds: the figure least touched by a loaded machine.
        if (cpu) leastCpu.set(key, leastOf(leastCpu.get(key), cpu));
      }
    }
  }
  return [...best.entries()].map(([key, measured]) => {
    const cpu = leastCpu.get(key);
    return cpu ? { ...measured, cpu } : measured;
  });
}

/** Of two CPU measurements of one server, the one that spent less in all per request. */
function leastOf(a: CpuPerRequest | undefined, b: CpuPerRequest): CpuPerRequest {
  return a && a.serverUs + a.databaseUs <= b.serverUs + b.databaseUs ? a : b;
}

const measurements: CaseMeasurement[] = [];
const skipped: string[] = [];
console.log(
  `Lindung case load benchmark: ${caseCount} cases, ${caseCount * personsPerCase} persons, ${agencies} agencies, ` +
    `seed ${seed}; ${values.duration} s per run after ${values.warmup} s warm-up, ` +
    `${values.connections} connections, best of ${rounds} round(s), as ${benchUser}`,
);
console.log(machineDescription());
if (databaseKinds.includes('pglite')) {
  console.log(
    'PGlite at this scale is slow: one WebAssembly instance runs every query, so expect a fraction of ' +
      "PostgreSQL's throughput (bench/RESULTS.md); --cases 10000 makes a smaller run.",
  );
}
try {
  const folder = await temporaryFolder('cases');
  await withCleanup(
    () => removeFolder(folder),
    async () => {
      for (const kind of databaseKinds) {
        const reuse = values['reuse-database'];
        const database =
          kind === 'pglite'
            ? await pgliteDatabase()
            : reuse
              ? await existingPostgresDatabase(values['postgres-url'], reuse)
              : await postgresDatabase(values['postgres-url'], values['database-prefix']);
        if (typeof database === 'string') {
          console.log(database);
          skipped.push(database);
          continue;
        }
        console.log(`${database.kind}:`);
        const keep = values.keep && database.kind === 'postgres';
        const measured = await withCleanup(
          async () => {
            if (keep) console.log(`  kept: ${database.env.DATABASE_URL}`);
            else await database.drop();
          },
          () => benchmark(database, folder),
        );
        measurements.push(...measured);
      }
    },
  );
} catch (error) {
  await fail(error);
}

printCaseReport(measurements, {
  endpoints: [listEndpoint, detailEndpoint],
  heading: `${values.duration} s each, ${values.connections} connections, best of ${rounds}`,
  targets,
});
for (const reason of skipped) console.log(`\n${reason}`);
console.log(`\nAt the end: ${loadAverage()}`);
