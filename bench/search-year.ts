/**
 * Person search's SQL before and after the year in the postings' order (decision 0074), query by
 * query in one run: for the corrupted Southeast Asian set's names (bench/support/se-asian-variants.ts,
 * not written to the database), EXPLAIN (ANALYZE, BUFFERS) of the search's read (`findPersonMatches`'
 * statement: the candidates' look-up, then each candidate's person and names) as the largest
 * agency's staff, by name and by name and year:
 * - before: 0166's look-up (made again in pg_temp from its migration's text),
 *   blind to the year, 100 candidates by name and 200 with a year (0061);
 * - after: 0193's look-up given the year, 100 candidates either way (decision 0074); and, for
 *   comparison, 0193 given the year with 200.
 * Buffers do not depend on the machine's load; times are interleaved, so comparable to each other.
 *
 *   node bench/search-year.ts --database-url postgres://postgres@127.0.0.1:5432/<1M database> [--queries 150]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/open.ts';
import { tenantPrelude } from '../src/db/tenant.ts';
import { searchKeysFor } from '../src/modules/persons/person-name-keys.ts';
import { platformActor } from '../src/policy/policy.ts';
import { loadAverage } from './support/report.ts';
import { generateVariantSet } from './support/se-asian-variants.ts';

const { values: options } = parseArgs({
  options: { 'database-url': { type: 'string' }, queries: { type: 'string', default: '150' } },
});
if (!options['database-url']) throw new Error('--database-url is required');
console.log(`load average at start: ${loadAverage()}`);
const db = await openDatabase({ databaseUrl: options['database-url'], dataDir: '' });
const [largest] = await db.query<{ agency_id: string }>(
  'select agency_id from person group by agency_id order by count(*) desc limit 1',
);
if (!largest) throw new Error('seed the database first');
const prelude = tenantPrelude({
  userId: platformActor.userId,
  agencyId: largest.agency_id,
  permissions: ['person:read'],
});
/** 0166's look-up as its migration wrote it, made again under another name in pg_temp for this run. */
const oldFunction = readFileSync(
  new URL('../src/db/migrations/0166_person_name_candidates_fewer_postings.sql', import.meta.url),
  'utf8',
).replace(
  'create or replace function lindung_person_name_candidates(',
  'create function pg_temp.lindung_person_name_candidates_0166(',
);

/** findPersonMatches' statement (src/modules/persons/person.repo.ts), the look-up call given. */
const read = (lookUp: string) => `
  with by_name as (select c.person_id, c.score from ${lookUp} c),
  candidate as (select person_id from by_name)
  select p.id, p.sex, p.birth_precision, p.birth_date, p.birth_year, p.estimated_age, p.estimated_on, p.nationality,
         coalesce(bn.score, 0)::float8 as name_score,
         case when exists (select 1 from person_merge m where m.merged_id = p.id and m.undone_at is null)
              then lindung_person_master(p.id) end as merged_into,
         coalesce(pn.names, '{}') as names, coalesce(pn.name_similarities, '{}') as name_similarities
    from candidate c join person p on p.id = c.person_id
    cross join lateral (
      select array_agg(n.full_name order by n.position, n.id) as names,
             array_agg(coalesce(similarity(lindung_fold(n.full_name), lindung_fold($1)), 0)::float8
                       order by n.position, n.id) as name_similarities
        from person_name n where n.person_id = p.id) pn
    left join by_name bn on bn.person_id = p.id`;

interface Measure {
  buffers: number;
  ms: number;
  rows: number;
}

const records = generateVariantSet(Number(options.queries), 20261201).slice(0, Number(options.queries));
const results = new Map<string, Measure[]>();
const push = (what: string, m: Measure) => results.set(what, [...(results.get(what) ?? []), m]);
await db.transaction(async (tx) => {
  await tx.query(oldFunction);
  for (const record of records) {
    const keys = searchKeysFor(record.name);
    const base = [record.name, keys.matchKeys, keys.phoneticKeys];
    const before = read('pg_temp.lindung_person_name_candidates_0166($1, $2, $3, $4)');
    const after = read('lindung_person_name_candidates($1, $2, $3, $4, $5)');
    const inside = async (sql: string, params: unknown[]) => {
      // The temporary function lives in this session: measured in a savepoint of its transaction.
      await tx.query('savepoint measure');
      await tx.query(prelude);
      const [row] = await tx.query<{
        'QUERY PLAN': [{ Plan: Record<string, number>; 'Execution Time': number }];
      }>(`explain (analyze, buffers, format json) ${sql}`, params);
      await tx.query('rollback to savepoint measure');
      const [plan] = row?.['QUERY PLAN'] ?? [];
      if (!plan) throw new Error('no plan');
      return {
        buffers: (plan.Plan['Shared Hit Blocks'] ?? 0) + (plan.Plan['Shared Read Blocks'] ?? 0),
        ms: plan['Execution Time'],
        rows: plan.Plan['Actual Rows'] ?? 0,
      };
    };
    push('by name, before (0166, 100)', await inside(before, [...base, 100]));
    push('by name, after (0193, 100)', await inside(after, [...base, 100, null]));
    if (record.birth) {
      const year = Number(record.birth.slice(0, 4));
      push('with the year, before (0166 blind to it, 200)', await inside(before, [...base, 200]));
      push('with the year, 0193 given it, 200', await inside(after, [...base, 200, year]));
      push('with the year, after (0193 given it, 100)', await inside(after, [...base, 100, year]));
    }
  }
});
await db.close();

const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log('| the search read | queries | buffers, mean | buffers, p95 | mean | p50 | p95 |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const [what, ms] of results) {
  const buffers = ms.map((m) => m.buffers);
  const times = ms.map((m) => m.ms);
  console.log(
    `| ${what} | ${ms.length} | ${mean(buffers).toFixed(0)} | ${quantile(buffers, 0.95)} | ${mean(times).toFixed(1)} ms | ${quantile(times, 0.5).toFixed(1)} ms | ${quantile(times, 0.95).toFixed(1)} ms |`,
  );
}
console.log(`load average at end: ${loadAverage()}`);
