/**
 * Where one person's match job (`matchPerson`, issue 8) spends its CPU, on a seeded PostgreSQL
 * database of one's own (the job writes pairs, hints and audit entries to it): for `--persons` of
 * the largest agency (the order of `bench:linkage-match`, the first `--skip` left out), each job's
 * CPU in this process and in the database, and the database's split by statement — each backend's
 * scheduler time (/proc/<pid>/schedstat) charged to the statement that answered, so that the
 * statements' shares add up to the backends' whole. Each person is matched `--rounds` times: the
 * first match of a person writes its pairs, the later ones find them unchanged.
 *
 *   node bench/linkage-match-parts.ts --database-url postgres://postgres@127.0.0.1:5432/<seeded>
 *     [--persons 20] [--skip 0] [--rounds 1] [--prime 200] [--forget] [--no-autoanalyze]  (as in bench:linkage-match)
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../src/db/open.ts';
import { matchPerson } from '../src/modules/linkage/index.ts';
import { analyseLikeAutovacuum } from './support/autoanalyze.ts';
import { matchTargets, primePairTables } from './support/match-targets.ts';
import { loadAverage, markdownTable, percentile } from './support/report.ts';

const { values: options } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    persons: { type: 'string', default: '20' },
    skip: { type: 'string', default: '0' },
    rounds: { type: 'string', default: '1' },
    prime: { type: 'string', default: '0' },
    forget: { type: 'boolean', default: false },
    'no-autoanalyze': { type: 'boolean', default: false },
  },
});
if (!options['database-url']) throw new Error('--database-url is required');

/** A backend's CPU so far (µs), from the scheduler's own nanoseconds. */
const backendUs = (pid: number) => {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1000;
  } catch {
    return 0;
  }
};

// Every statement through the driver: the backend's CPU since its previous answer is this one's.
const byStatement = new Map<string, { calls: number; us: number; wallMs: number }>();
const lastUs = new Map<number, number>();
// Its beginning and end: the reads of persons begin alike and differ in their conditions.
const label = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 100 ? flat : `${flat.slice(0, 50)} … ${flat.slice(-45)}`;
};
const clientQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client & { processID?: number }, ...args: unknown[]) {
  const [first] = args;
  const text = typeof first === 'string' ? first : ((first as { text?: string })?.text ?? '?');
  const pid = this.processID;
  if (pid && !lastUs.has(pid)) lastUs.set(pid, backendUs(pid));
  const started = performance.now();
  const answer = clientQuery.apply(this, args);
  if (!pid || !(answer instanceof Promise)) return answer;
  const charge = () => {
    const now = backendUs(pid);
    const entry = byStatement.get(label(text)) ?? { calls: 0, us: 0, wallMs: 0 };
    entry.calls++;
    entry.us += now - (lastUs.get(pid) ?? now);
    entry.wallMs += performance.now() - started;
    byStatement.set(label(text), entry);
    lastUs.set(pid, now);
  };
  return answer.then(
    (result) => {
      charge();
      return result;
    },
    (error) => {
      charge();
      throw error;
    },
  );
} as typeof pg.Client.prototype.query;

const db = await openDatabase({ databaseUrl: options['database-url'], dataDir: '' });
const [largest] = await db.query<{ agency_id: string }>(
  'select agency_id from person group by agency_id order by count(*) desc limit 1',
);
if (!largest) throw new Error('seed the database first');
const targets = await matchTargets(db, largest.agency_id, Number(options.persons), Number(options.skip));
await primePairTables(db, largest.agency_id, targets, Number(options.prime), options.forget);
// Parameters and the process's warm-up: a person outside the measured ones.
const [warmUp] = await db.query<{ id: string }>(
  `select p.id from person p where p.agency_id = $1 and exists (select 1 from person_name n where n.person_id = p.id)
    order by md5(p.id::text) desc limit 1`,
  [largest.agency_id],
);
if (warmUp) await matchPerson(db, warmUp.id);

console.log(`${targets.length} persons, ${options.rounds} round(s); ${loadAverage()}`);
for (let round = 1; round <= Number(options.rounds); round++) {
  byStatement.clear();
  const processUs: number[] = [];
  const databaseUs: number[] = [];
  let pairs = 0;
  let added = 0;
  let analysed = 0;
  for (const id of targets) {
    const databaseBefore = [...byStatement.values()].reduce((sum, s) => sum + s.us, 0);
    const before = process.cpuUsage();
    const outcome = await matchPerson(db, id);
    const used = process.cpuUsage(before);
    processUs.push(used.user + used.system);
    databaseUs.push([...byStatement.values()].reduce((sum, s) => sum + s.us, 0) - databaseBefore);
    pairs += outcome?.pairs ?? 0;
    added += outcome?.added ?? 0;
    // Between jobs, outside their CPU: the analyses autovacuum would start (its statements are listed below).
    if (!options['no-autoanalyze']) analysed += (await analyseLikeAutovacuum(db)).length;
  }
  const p = (values: number[], fraction: number) =>
    (
      percentile(
        [...values].sort((a, b) => a - b),
        fraction,
      ) / 1000
    ).toFixed(1);
  const both = processUs.map((us, i) => us + (databaseUs[i] ?? 0));
  console.log(
    `\nround ${round}: ${pairs} pairs, ${added} added; CPU per job p50 / p95 (ms): process ${p(processUs, 0.5)} / ${p(processUs, 0.95)}, database ${p(databaseUs, 0.5)} / ${p(databaseUs, 0.95)}, both ${p(both, 0.5)} / ${p(both, 0.95)}; ${options['no-autoanalyze'] ? 'no table analysed between jobs' : `${analysed} analyses between jobs, untimed, as autovacuum would start them`}; ${loadAverage()}\n`,
  );
  const rows = [...byStatement.entries()]
    .sort((a, b) => b[1].us - a[1].us)
    .map(([text, s]) => [
      (s.us / 1000 / targets.length).toFixed(2),
      (s.wallMs / targets.length).toFixed(2),
      String(s.calls),
      text.replaceAll('|', '\\|'),
    ]);
  console.log(markdownTable(['database CPU ms / job', 'wall ms / job', 'calls', 'statement'], rows));
}
await db.close();
