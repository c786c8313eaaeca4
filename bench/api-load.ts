/**
 * API load benchmark (`npm run bench:api`): throughput and latency of two signed-in reads of the
 * real platform — GET /api/me and GET /api/agencies?limit=20 (a list under row-level security) —
 * against a baseline measured in the same run: a bare Fastify server on the same database running
 * the same SQL without the session check, role switch, RLS or the platform's HTTP layer.
 * Target (platform-foundation issue): the API costs at most 2× the baseline.
 *
 * The platform runs in this process (PGlite allows one process per data folder, and the baseline
 * must share its database); the load comes from a separate process (bench/support/load.ts).
 * Runs on PGlite in a temporary folder, then on a new PostgreSQL database (skipped when
 * PostgreSQL is unreachable); both are removed afterwards.
 *
 * Options: --duration <s> (10), --connections <n> (10), --warmup <s> (2),
 *   --databases pglite,postgres, --postgres-url <maintenance database URL>,
 *   --no-breakdown (skip the diagnostic variants between baseline and API),
 *   --rounds <n> (1: measure everything n times over and report each one's best round).
 */
import { parseArgs } from 'node:util';
import pino from 'pino';
import { type Config, loadConfig } from '../src/config.ts';
import { generateKeyText } from '../src/crypto/keyring.ts';
import type { DatabaseKind, Db } from '../src/db/db.ts';
import { loggerOptions } from '../src/http/logging.ts';
import { demoPassword } from '../src/modules/demo/index.ts';
import { type Platform, startPlatform } from '../src/platform.ts';
import { type Measurement, printReport, type Server } from './support/api-report.ts';
import { startBareApp } from './support/bare-app.ts';
import { cleanUpOnInterrupt } from './support/clean-up.ts';
import { type BenchDatabase, pgliteDatabase, postgresDatabase } from './support/databases.ts';
import type { LoadResult } from './support/load.ts';
import { loadAverage, machineDescription } from './support/report.ts';

const { values } = parseArgs({
  allowNegative: true,
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    databases: { type: 'string', default: 'pglite,postgres' },
    'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    breakdown: { type: 'boolean', default: true },
    rounds: { type: 'string', default: '1' },
  },
});
const rounds = Number(values.rounds);
const databaseKinds = values.databases.split(',');
for (const problem of [
  !Number.isInteger(rounds) || rounds < 1 ? '--rounds must be a whole number of at least 1' : '',
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
/** Bench agencies added to the demo's, so that a page of 20 is full and has a next page. */
const extraAgencies = 100;
const costTarget = 2;

const endpoints = [
  { name: 'GET /api/me', api: '/api/me', bare: 'me' },
  { name: 'GET /api/agencies?limit=20', api: '/api/agencies?limit=20', bare: 'agencies?limit=20' },
] as const;

const servers: readonly Server[] = values.breakdown ? ['bare', 'tenant', 'session', 'api'] : ['bare', 'api'];

const { withCleanup, runLoad, fail } = cleanUpOnInterrupt();

function benchConfig(database: BenchDatabase): Config {
  return loadConfig({
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    LINDUNG_SIGN_IN_RATE_LIMIT: '100000',
    // A key given, so that none is generated (and announced) in a folder.
    LINDUNG_KEY: generateKeyText(),
    ...database.env,
  });
}

async function addBenchAgencies(db: Db): Promise<void> {
  await db.query(
    `insert into agency (name, type, country)
     select format('Bench agency %s', lpad(n::text, 3, '0')), 'ngo', 'MY' from generate_series(1, $1::int) n`,
    [extraAgencies],
  );
}

interface SignedIn {
  readonly cookie: string;
  readonly sessionToken: string;
  readonly userId: string;
  readonly agencyId: string;
  readonly permissions: readonly string[];
}

async function signIn(apiUrl: string): Promise<SignedIn> {
  const response = await fetch(`${apiUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: benchUser, password: demoPassword }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { userId: string; agencyId: string; stage: string };
  if (body.stage !== 'complete') throw new Error(`sign-in left the session at stage ${body.stage}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('lindung_session='));
  if (!cookie) throw new Error('sign-in set no lindung_session cookie');
  const me = await fetch(`${apiUrl}/api/me`, { headers: { cookie } });
  const { permissions } = (await me.json()) as { permissions: string[] };
  return {
    cookie,
    sessionToken: cookie.slice('lindung_session='.length),
    userId: body.userId,
    agencyId: body.agencyId,
    permissions,
  };
}

/** Checks that the API and the baseline answer 200 with the same number of agencies before timing them. */
async function checkAnswers(urls: Record<Server, string>, headers: Record<string, string>): Promise<void> {
  const counts = new Set<number>();
  for (const [server, url] of Object.entries(urls)) {
    const response = await fetch(url, { headers });
    if (response.status !== 200) {
      throw new Error(`${server} ${url} answered ${response.status}: ${await response.text()}`);
    }
    const body = (await response.json()) as { items?: unknown[] };
    if (body.items) counts.add(body.items.length);
  }
  if (counts.size > 1) throw new Error(`the servers list different numbers of agencies: ${[...counts]}`);
}

/** Runs the load generator in its own process against one URL. */
async function load(url: string, headers: Record<string, string>): Promise<LoadResult> {
  const args = [
    'bench/support/load.ts',
    `--url=${url}`,
    `--duration=${values.duration}`,
    `--connections=${values.connections}`,
    `--warmup=${values.warmup}`,
    ...Object.entries(headers).map(([name, value]) => `--header=${name}: ${value}`),
  ];
  const { child, code } = await runLoad(args);
  const line = child
    .output()
    .split('\n')
    .findLast((text) => text.startsWith('{'));
  if (code !== 0 || !line) throw new Error(`the load generator failed (exit ${code}):\n${child.output()}`);
  return JSON.parse(line) as LoadResult;
}

async function benchmark(database: BenchDatabase): Promise<Measurement[]> {
  const config = benchConfig(database);
  const logger = pino(loggerOptions(config.logLevel));
  const platform: Platform = await startPlatform(config, logger);
  return withCleanup(
    () => platform.close(),
    async () => {
      const apiUrl = await platform.app.listen({ host: '127.0.0.1', port: 0 });
      await addBenchAgencies(platform.db);
      const signedIn = await signIn(apiUrl);
      const bare = await startBareApp(platform.db, config, signedIn);
      return withCleanup(
        () => bare.close(),
        () => measureEndpoints(database.kind, apiUrl, bare.url, signedIn.cookie),
      );
    },
  );
}

/**
 * Measures every endpoint on every server, `rounds` times over, and keeps each one's best round:
 * other work on the machine only ever slows a run down, so the best round is the least disturbed.
 */
async function measureEndpoints(
  database: DatabaseKind,
  apiUrl: string,
  bareUrl: string,
  cookie: string,
): Promise<Measurement[]> {
  const headers = { cookie };
  const urlsOf = (endpoint: (typeof endpoints)[number]) =>
    Object.fromEntries(
      servers.map((server) => [
        server,
        server === 'api' ? `${apiUrl}${endpoint.api}` : `${bareUrl}/${server}/${endpoint.bare}`,
      ]),
    ) as Record<Server, string>;
  for (const endpoint of endpoints) await checkAnswers(urlsOf(endpoint), headers);

  const best = new Map<string, Measurement>();
  for (let round = 1; round <= rounds; round++) {
    for (const endpoint of endpoints) {
      const urls = urlsOf(endpoint);
      for (const server of servers) {
        process.stdout.write(`  ${database} ${endpoint.name} (round ${round}/${rounds}): ${server}… `);
        const result = await load(urls[server], headers);
        console.log(`${Math.round(result.requestsPerSecond)} req/s`);
        const key = `${endpoint.name} ${server}`;
        const previous = best.get(key);
        if (!previous || result.requestsPerSecond > previous.result.requestsPerSecond) {
          best.set(key, { database, endpoint: endpoint.name, server, result });
        }
      }
    }
  }
  return [...best.values()];
}

const measurements: Measurement[] = [];
const skipped: string[] = [];
console.log(
  `Lindung API load benchmark: ${values.duration} s per run after ${values.warmup} s warm-up, ` +
    `${values.connections} connections, best of ${rounds} round(s), as ${benchUser}`,
);
console.log(machineDescription());
try {
  for (const kind of databaseKinds) {
    const database =
      kind === 'postgres' ? await postgresDatabase(values['postgres-url']) : await pgliteDatabase();
    if (typeof database === 'string') {
      console.log(database);
      skipped.push(database);
      continue;
    }
    console.log(`${database.kind}:`);
    measurements.push(
      ...(await withCleanup(
        () => database.drop(),
        () => benchmark(database),
      )),
    );
  }
} catch (error) {
  await fail(error);
}

printReport(measurements, {
  endpoints: endpoints.map((endpoint) => endpoint.name),
  heading: `${values.duration} s each, ${values.connections} connections, best of ${rounds}`,
  costTarget,
});
for (const reason of skipped) console.log(`\n${reason}`);
console.log(`\nAt the end: ${loadAverage()}`);
