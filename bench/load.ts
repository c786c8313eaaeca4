import { parseArgs } from 'node:util';
import pg from 'pg';
import { generateKeyText, parseKeys } from '../src/crypto/keyring.ts';
import { openPostgres } from '../src/db/pg.ts';
import { demoPassword } from '../src/modules/demo/index.ts';
import { refreshProsecutionRollup, refreshVictimRollup } from '../src/modules/statistics/index.ts';
import { generateSynthetic } from '../src/synthetic/generate.ts';
import { cleanUpOnInterrupt } from './support/clean-up.ts';
import { postgresDatabase } from './support/databases.ts';
import {
  cleanEnvironment,
  freePort,
  type RunningChild,
  spawnNode,
  stopChild,
  waitUntilHealthy,
} from './support/processes.ts';
import { loadAverage, machineDescription, markdownTable, ms, percentile } from './support/report.ts';
import { signIn } from './support/sign-in.ts';

/*
 * `npm run bench:load` (issue 11): a realistic mix — 70 % reads, 30 % writes across cases, notes,
 * tasks, deadlines, referrals and statistics — against the server (a child process) on a fresh
 * PostgreSQL database holding `--cases` synthetic cases, for `--duration` seconds from
 * `--connections` concurrent clients; next to a bare-SQL baseline that sends the same mix's
 * queries straight to PostgreSQL (no HTTP, no policies, no audit, no encryption).
 */

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '20000' },
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '10' },
    'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
  },
});
const durationMs = Number(values.duration) * 1000;
const connections = Number(values.connections);

interface Operation {
  readonly name: string;
  readonly weight: number;
  readonly write: boolean;
  /** The API request: method, path, body. */
  readonly api: (caseId: string, n: number) => [string, string, unknown?];
  /** The API request is an edit on the version read: the case is read first, its ETag sent as If-Match. */
  readonly onVersionRead?: true;
  /** The baseline's SQL for the same work. */
  readonly sql: (caseId: string, agencyId: string, n: number) => [string, unknown[]];
}

const mix: readonly Operation[] = [
  {
    name: 'GET /api/cases?limit=50',
    weight: 20,
    write: false,
    api: () => ['GET', '/api/cases?limit=50&status=open'],
    sql: (_, agency) => [
      'select * from case_file where agency_id = $1 and status = $2 order by opened_on desc, id limit 50',
      [agency, 'open'],
    ],
  },
  {
    name: 'GET /api/cases/{id}',
    weight: 20,
    write: false,
    api: (id) => ['GET', `/api/cases/${id}`],
    sql: (id) => ['select * from case_file where id = $1', [id]],
  },
  {
    name: 'GET /api/cases/{id}/notes',
    weight: 10,
    write: false,
    api: (id) => ['GET', `/api/cases/${id}/notes`],
    sql: (id) => ['select * from case_note where case_id = $1 order by created_at', [id]],
  },
  {
    name: 'GET /api/deadlines',
    weight: 10,
    write: false,
    api: () => ['GET', '/api/deadlines?limit=50'],
    sql: (_, agency) => [
      "select * from deadline where agency_id = $1 and status = 'open' order by due_at limit 50",
      [agency],
    ],
  },
  {
    name: 'GET /api/referrals',
    weight: 5,
    write: false,
    api: () => ['GET', '/api/referrals?limit=50'],
    sql: (_, agency) => [
      `select * from referral where id in (
         (select id from referral where agency_id = $1 order by created_at desc, id desc limit 50)
         union all
         (select id from referral where to_agency_id = $1 order by created_at desc, id desc limit 50))
       order by created_at desc, id desc limit 50`,
      [agency],
    ],
  },
  {
    name: 'GET /api/statistics/dashboard',
    weight: 5,
    write: false,
    api: () => ['GET', '/api/statistics/dashboard?from=2024-01-01&to=2025-12-31'],
    sql: (_, agency) => [
      'select status, count(*) from case_file where agency_id = $1 group by status',
      [agency],
    ],
  },
  {
    name: 'POST /api/cases/{id}/notes',
    weight: 15,
    write: true,
    api: (id, n) => ['POST', `/api/cases/${id}/notes`, { body: `Load note ${n}` }],
    sql: (id, agency, n) => [
      'insert into case_note (case_id, agency_id, body) values ($1, $2, $3)',
      [id, agency, `Load note ${n}`],
    ],
  },
  {
    name: 'POST /api/cases/{id}/tasks',
    weight: 10,
    write: true,
    api: (id, n) => ['POST', `/api/cases/${id}/tasks`, { title: `Load task ${n}` }],
    sql: (id, agency, n) => [
      'insert into case_task (case_id, agency_id, title) values ($1, $2, $3)',
      [id, agency, `Load task ${n}`],
    ],
  },
  {
    name: 'GET + PATCH /api/cases/{id} (If-Match)',
    weight: 5,
    write: true,
    api: (id, n) => ['PATCH', `/api/cases/${id}`, { recruitmentPlace: `Place ${n % 100}` }],
    onVersionRead: true,
    sql: (id, _, n) => [
      `with read as (select version from case_file where id = $1)
       update case_file c set recruitment_place = $2, version = c.version + 1, updated_at = now()
         from read where c.id = $1 and c.version = read.version`,
      [id, `Place ${n % 100}`],
    ],
  },
];
const totalWeight = mix.reduce((sum, op) => sum + op.weight, 0);
function pick(draw: number): Operation {
  let left = draw * totalWeight;
  for (const op of mix) {
    left -= op.weight;
    if (left < 0) return op;
  }
  return mix[0] as Operation;
}

interface Tally {
  latencies: Map<string, number[]>;
  errors: number;
  non2xx: number;
  /** Refusals per operation, with the statuses seen. */
  refused: Map<string, string[]>;
  total: number;
}

async function drive(
  run: (op: Operation, caseId: string, n: number) => Promise<true | string>,
  caseIds: string[],
): Promise<Tally> {
  const tally: Tally = {
    latencies: new Map(mix.map((op) => [op.name, []])),
    errors: 0,
    non2xx: 0,
    refused: new Map(),
    total: 0,
  };
  const end = performance.now() + durationMs;
  let n = 0;
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const op = pick(random());
        const caseId = caseIds[Math.floor(random() * caseIds.length)] as string;
        const started = performance.now();
        n += 1;
        try {
          const outcome = await run(op, caseId, n);
          if (outcome !== true) {
            tally.non2xx += 1;
            tally.refused.set(op.name, [...(tally.refused.get(op.name) ?? []), outcome]);
          }
        } catch {
          tally.errors += 1;
        }
        tally.latencies.get(op.name)?.push(performance.now() - started);
        tally.total += 1;
      }
    }),
  );
  return tally;
}

function rows(label: string, tally: Tally): string[][] {
  const all = [...tally.latencies.values()].flat().sort((a, b) => a - b);
  const line = (name: string, sorted: number[]) => [
    label,
    name,
    String(sorted.length),
    String(Math.round(sorted.length / (durationMs / 1000))),
    ms(percentile(sorted, 0.5)),
    ms(percentile(sorted, 0.95)),
    ms(percentile(sorted, 0.99)),
  ];
  return [
    [...line('all (70 % reads, 30 % writes)', all), String(tally.errors), String(tally.non2xx)],
    ...mix.map((op) => [
      ...line(
        op.name,
        [...(tally.latencies.get(op.name) ?? [])].sort((a, b) => a - b),
      ),
      '',
      '',
    ]),
  ];
}

console.log(
  `# load — ${machineDescription()}; ${values.cases} cases, ${values.duration} s, ${connections} connections`,
);
const database = await postgresDatabase(values['postgres-url']);
if (typeof database === 'string') {
  console.log(`# ${database}`);
  process.exit(1);
}
// Ctrl-C stops the server and drops the database too, not only the end of a run.
const { withCleanup, fail } = cleanUpOnInterrupt();
let server: RunningChild | undefined;
await withCleanup(
  async () => {
    if (server) await stopChild(server.process);
    await database.drop();
  },
  async () => {
    const keyText = generateKeyText();
    const port = await freePort();
    const env = cleanEnvironment({
      ...database.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      LINDUNG_DEMO: 'on',
      LINDUNG_REQUIRE_2FA: 'off',
      LINDUNG_SIGN_IN_RATE_LIMIT: '100000',
      LINDUNG_KEY: keyText,
      PORT: String(port),
    });
    server = spawnNode(['src/main.ts'], env);
    const url = `http://127.0.0.1:${port}`;
    if (!(await waitUntilHealthy(`${url}/api/health`, server.process, 600_000))) {
      throw new Error(`the server did not start:\n${server.output().slice(-2000)}`);
    }
    const db = await openPostgres(database.env.DATABASE_URL as string);
    const seeded = performance.now();
    const report = await generateSynthetic(db, {
      scale: Number(values.cases),
      seed: 11,
      keyring: parseKeys(keyText, 'bench'),
    });
    console.log(
      `# generated ${report.cases} cases (${report.rows} rows) in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
    );
    // The steady state the job keeps (decision 0033): a bulk load leaves every month's rollup stale, and
    // a dashboard read computes stale months from the base tables until the job has caught up.
    const refreshing = performance.now();
    const months = (await refreshVictimRollup(db)) + (await refreshProsecutionRollup(db));
    console.log(
      `# refreshed ${months} stale agency-months of the rollups in ${((performance.now() - refreshing) / 1000).toFixed(1)} s`,
    );
    await db.query('analyze');
    const user = await signIn(url, 'cm.jkm@demo.lindung.org', demoPassword);
    const me = (await (await fetch(`${url}/api/me`, { headers: { cookie: user.cookie } })).json()) as {
      csrfToken: string;
    };
    const caseIds = (
      await db.query<{ id: string }>(
        "select id from case_file where agency_id = $1 and status <> 'closed' order by id limit 2000",
        [user.agencyId],
      )
    ).map((r) => r.id);
    await db.close();
    if (caseIds.length === 0) throw new Error('the signed-in agency has no cases');
    const headers = { cookie: user.cookie, 'x-csrf-token': me.csrfToken, 'content-type': 'application/json' };

    const api = await drive(async (op, caseId, n) => {
      const [method, path, body] = op.api(caseId, n);
      const version = op.onVersionRead
        ? (
            await fetch(`${url}/api/cases/${caseId}`, { headers, signal: AbortSignal.timeout(30_000) })
          ).headers.get('etag')
        : null;
      const response = await fetch(`${url}${path}`, {
        method,
        headers: version ? { ...headers, 'if-match': version } : headers,
        ...(body !== undefined && { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await response.text();
      return response.ok || `${response.status} ${text.slice(0, 120)}`;
    }, caseIds);

    const pool = new pg.Pool({ connectionString: database.env.DATABASE_URL, max: connections });
    const bare = await drive(async (op, caseId, n) => {
      const [sql, params] = op.sql(caseId, user.agencyId, n);
      await pool.query(sql, params);
      return true;
    }, caseIds);
    await pool.end();

    console.log(
      `\n${markdownTable(
        ['server', 'operation', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'non-2xx'],
        [...rows('API', api), ...rows('bare SQL', bare)],
      )}\n`,
    );
    for (const [name, outcomes] of api.refused) console.log(`# API refused ${name}: e.g. ${outcomes[0]}`);
    console.log(`# after: ${loadAverage()}`);
  },
).catch(fail);
