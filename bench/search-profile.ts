/**
 * Where a person search's time and reads go, on the corrupted Southeast Asian set hidden among the
 * largest agency's persons (bench/support/search-recall.ts), by name and by name and year: for each
 * query the candidates function alone (`lindung_person_name_candidates`), the whole search SQL
 * (`findPersonMatches`) and the command (`matchPersons`: SQL, ranking in Node, audit), each timed,
 * with the shared buffers each statement read (pg_stat_statements is not needed: the buffers are
 * read from EXPLAIN (ANALYZE, BUFFERS) of the same statement, run after the timed one).
 *
 *   node bench/search-profile.ts --database-url postgres://postgres@127.0.0.1:5432/<seeded> [--recall-persons 200]
 *
 * Writes the set into the database and deletes it afterwards, as bench:linkage-match does.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { generateKeyText, parseKeys } from '../src/crypto/keyring.ts';
import { openDatabase } from '../src/db/open.ts';
import { inTenant } from '../src/db/tenant.ts';
import { matchPersons } from '../src/modules/persons/person.commands.ts';
import { searchKeysFor } from '../src/modules/persons/person-name-keys.ts';
import { burmeseAsUnicode } from '../src/names/zawgyi.ts';
import { platformActor } from '../src/policy/policy.ts';
import { type Search, searchRecallAt10 } from './support/search-recall.ts';

const { values: options } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    'recall-persons': { type: 'string', default: '200' },
    'recall-seed': { type: 'string', default: '20261201' },
    explain: { type: 'boolean', default: true },
  },
});
if (!options['database-url']) throw new Error('--database-url is required');
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
console.log(`load average at start: ${load()}`);
const db = await openDatabase({ databaseUrl: options['database-url'], dataDir: '' });
const [largest] = await db.query<{ agency_id: string }>(
  'select agency_id from person group by agency_id order by count(*) desc limit 1',
);
if (!largest) throw new Error('seed the database first');
const keyring = parseKeys(generateKeyText(), 'bench key');
const scope = { userId: platformActor.userId, agencyId: largest.agency_id, permissions: ['person:read'] };

interface Row {
  year: boolean;
  function: number;
  command: number;
  functionBuffers: number;
  functionRows: number;
}
const rows: Row[] = [];
const buffersOf = (plan: unknown): { buffers: number; rows: number } => {
  const top = (plan as [{ Plan: Record<string, number> }])[0].Plan;
  return {
    buffers: (top['Shared Hit Blocks'] ?? 0) + (top['Shared Read Blocks'] ?? 0),
    rows: top['Actual Rows'] ?? 0,
  };
};

const search: Search = async (query, limit) => {
  const keys = searchKeysFor(query.name);
  const name = burmeseAsUnicode(query.name);
  const candidates = query.birthYear !== undefined ? Math.max(200, limit * 20) : Math.max(100, limit * 10);
  const params = [name, keys.matchKeys, keys.phoneticKeys, candidates, query.birthYear ?? null];
  const fn = 'select * from lindung_person_name_candidates($1, $2, $3, $4)';
  let started = performance.now();
  await inTenant(db, scope, (tx) => tx.query(fn, params.slice(0, 4)));
  const functionMs = performance.now() - started;
  let explained = { buffers: Number.NaN, rows: Number.NaN };
  if (options.explain) {
    const [plan] = await inTenant(db, scope, (tx) =>
      tx.query<{ 'QUERY PLAN': unknown }>(
        `explain (analyze, buffers, format json) ${fn}`,
        params.slice(0, 4),
      ),
    );
    explained = buffersOf(plan?.['QUERY PLAN']);
  }
  started = performance.now();
  const found = await inTenant(db, scope, (tx) =>
    matchPersons({
      tx,
      actor: { ...platformActor, agencyId: largest.agency_id, permissions: new Set(['person:read']) },
      keyring,
      requestId: 'bench',
      query: { ...query, limit },
    }),
  );
  rows.push({
    year: query.birthYear !== undefined,
    function: functionMs,
    command: performance.now() - started,
    functionBuffers: explained.buffers,
    functionRows: explained.rows,
  });
  return found.map((row) => row.id);
};

const recall = await searchRecallAt10(
  db,
  largest.agency_id,
  { persons: Number(options['recall-persons']), seed: Number(options['recall-seed']) },
  search,
);
await db.close();

const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(
  '| search | queries | recall@10 | fn p50 | fn p95 | fn buffers mean | fn buffers p95 | command p50 | command p95 |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const [what, year, timings] of [
  ['by name', false, recall.byName],
  ['by name and year', true, recall.byNameAndYear],
] as const) {
  const mine = rows.filter((row) => row.year === year);
  const fn = mine.map((row) => row.function);
  const command = mine.map((row) => row.command);
  const buffers = mine.map((row) => row.functionBuffers);
  console.log(
    `| ${what} | ${mine.length} | ${(timings.filter((t) => t.found).length / timings.length).toFixed(3)} | ${quantile(fn, 0.5).toFixed(0)} ms | ${quantile(fn, 0.95).toFixed(0)} ms | ${mean(buffers).toFixed(0)} | ${quantile(buffers, 0.95).toFixed(0)} | ${quantile(command, 0.5).toFixed(0)} ms | ${quantile(command, 0.95).toFixed(0)} ms |`,
  );
}
console.log(`load average at end: ${load()}`);
