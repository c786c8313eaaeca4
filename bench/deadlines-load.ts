/**
 * Deadline dashboard benchmark (`npm run bench:deadlines`): an agency's deadline dashboard with
 * 50k open deadlines (and 150k more across other agencies, a fifth of them closed), on a fresh
 * PostgreSQL database. Each request is timed in this process through the whole API (session,
 * role switch, row-level security, counts, JSON) with `app.inject`, one at a time, next to the
 * same SQL run bare (as the owner, no RLS) in the same run. Target (issue 5): p95 ≤ 50 ms.
 *
 * Options: --deadlines <n> (50000, the agency's open ones), --requests <n> (300 per endpoint),
 *   --postgres-url <maintenance database URL>.
 */
import { parseArgs } from 'node:util';
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { generateKeyText } from '../src/crypto/keyring.ts';
import type { Db } from '../src/db/db.ts';
import { todayIn } from '../src/modules/agencies/index.ts';
import { endOfDay } from '../src/modules/deadlines/index.ts';
import { demoPassword } from '../src/modules/demo/index.ts';
import { startPlatform } from '../src/platform.ts';
import { postgresDatabase } from './support/databases.ts';
import { machineDescription, markdownTable, ms, percentile } from './support/report.ts';

const { values } = parseArgs({
  options: {
    deadlines: { type: 'string', default: '50000' },
    requests: { type: 'string', default: '300' },
    'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
  },
});
const [deadlineCount, requestCount] = [Number(values.deadlines), Number(values.requests)];
const target = { p95Ms: 50 };
const benchUser = 'cm.jkm@demo.lindung.org';

/** The agency's open deadlines spread from 30 days overdue to 180 days ahead; others elsewhere. */
async function fill(db: Db, agencyId: string, ownerId: string): Promise<void> {
  await db.query(
    `insert into deadline (agency_id, source_kind, source_id, owner_user_id, due_at, due_on, status, closed_at)
     select case when g <= $1 then $2::uuid else (select id from agency where id <> $2 order by id offset g % 10 limit 1) end,
            (array['protection_order_expiry', 'care_plan_review', 'court_date', 'reintegration_follow_up'])[1 + g % 4],
            gen_random_uuid(),
            case when g % 5 = 0 then $3::uuid end,
            due, (due at time zone 'Asia/Kuala_Lumpur')::date,
            case when g > $1 and g % 5 = 0 then 'done' else 'open' end,
            case when g > $1 and g % 5 = 0 then now() end
       from generate_series(1, $1 * 4) as g,
            lateral (select now() + make_interval(mins => ((g * 7919) % (210 * 1440)) - 30 * 1440) as due) d`,
    [deadlineCount, agencyId, ownerId],
  );
  // Autovacuum does this for an insert-mostly table in time; the benchmark should not wait for it.
  await db.query('vacuum analyze deadline');
}

interface Figure {
  endpoint: string;
  server: 'api' | 'bare SQL';
  timings: number[];
}

async function time(run: () => Promise<unknown>, count: number): Promise<number[]> {
  for (let i = 0; i < Math.min(30, count); i += 1) await run();
  const timings: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    await run();
    timings.push(performance.now() - started);
  }
  return timings.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  const database = await postgresDatabase(values['postgres-url']);
  if (typeof database === 'string') {
    console.error(database);
    process.exit(1);
  }
  const config = loadConfig({
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    LINDUNG_SIGN_IN_RATE_LIMIT: '100000',
    LINDUNG_KEY: generateKeyText(),
    ...database.env,
  });
  const platform = await startPlatform(config, pino({ level: 'warn' }));
  try {
    const signIn = await platform.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: benchUser, password: demoPassword },
    });
    const { userId, agencyId } = signIn.json() as { userId: string; agencyId: string };
    const cookie = `lindung_session=${signIn.cookies.find((c) => c.name === 'lindung_session')?.value}`;
    let started = performance.now();
    await fill(platform.db, agencyId, userId);
    console.log(`  ${deadlineCount * 4} deadlines written in ${Math.round(performance.now() - started)} ms`);

    const today = todayIn('Asia/Kuala_Lumpur');
    const bareList = (extra: string, params: unknown[]) => () =>
      platform.db.query(
        `select d.id, d.agency_id, d.case_id, c.reference as case_reference, d.source_kind, d.source_id,
                d.owner_user_id, d.due_at, to_char(d.due_on, 'YYYY-MM-DD') as due_on, d.status, d.closed_at
           from deadline d left join case_file c on c.id = d.case_id
          where d.agency_id = $1 and d.status = 'open' ${extra}
          order by d.due_at, d.id limit 51`,
        params,
      );
    const endOfToday = endOfDay(today, 'Asia/Kuala_Lumpur');
    const bareCounts = (owner: string | null) => () => {
      const scope = `agency_id = $1 and status = 'open' and ($2::uuid is null or owner_user_id = $2)`;
      const count = (range: string) =>
        `(select count(*)::int from (select 1 from deadline where ${scope} and ${range} limit 1000) b)`;
      return platform.db.query(
        `select ${count('due_at <= $3')}, ${count('due_at > $3 and due_at <= $4')}, ${count('due_at > $4')}`,
        [agencyId, owner, new Date(), endOfToday],
      );
    };
    const endpoints: [string, string, () => Promise<unknown>][] = [
      [
        'GET /api/deadlines?limit=50',
        '/api/deadlines?limit=50',
        async () => {
          await bareList('', [agencyId])();
          await bareCounts(null)();
        },
      ],
      [
        'GET /api/deadlines?bucket=upcoming&limit=50',
        '/api/deadlines?bucket=upcoming&limit=50',
        async () => {
          await bareList('and d.due_at > $2', [agencyId, endOfToday])();
          await bareCounts(null)();
        },
      ],
      [
        'GET /api/deadlines/mine?limit=50',
        '/api/deadlines/mine?limit=50',
        async () => {
          await bareList('and d.owner_user_id = $2', [agencyId, userId])();
          await bareCounts(userId)();
        },
      ],
    ];
    const figures: Figure[] = [];
    for (const [endpoint, url, bare] of endpoints) {
      const check = await platform.app.inject({ method: 'GET', url, headers: { cookie } });
      if (check.statusCode !== 200) throw new Error(`${url}: ${check.statusCode} ${check.body}`);
      figures.push({ endpoint, server: 'bare SQL', timings: await time(bare, requestCount) });
      figures.push({
        endpoint,
        server: 'api',
        timings: await time(
          () => platform.app.inject({ method: 'GET', url, headers: { cookie } }),
          requestCount,
        ),
      });
    }
    started = performance.now();
    console.log(`\n${machineDescription()}`);
    console.log(
      `PostgreSQL, ${deadlineCount} open deadlines of the agency, ${requestCount} sequential requests each (list + counts)\n`,
    );
    console.log(
      markdownTable(
        ['endpoint', 'server', 'p50 ms', 'p95 ms', 'p99 ms', `p95 ≤ ${target.p95Ms} ms`],
        figures.map((f) => [
          f.endpoint,
          f.server,
          ms(percentile(f.timings, 0.5)),
          ms(percentile(f.timings, 0.95)),
          ms(percentile(f.timings, 0.99)),
          f.server === 'api' ? (percentile(f.timings, 0.95) <= target.p95Ms ? 'yes' : 'NO') : '',
        ]),
      ),
    );
  } finally {
    await platform.close();
    await database.drop();
  }
}

await main();
