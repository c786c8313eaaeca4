/** What bench/search-year.ts and bench/search-keys.ts measure of person search's read, and how they report it. */
import { parseArgs } from 'node:util';
import { openDatabase } from '../../src/db/open.ts';
import { tenantPrelude } from '../../src/db/tenant.ts';
import { platformActor } from '../../src/policy/policy.ts';
import { loadAverage } from './report.ts';

/**
 * The options (`--database-url`, `--queries`), the database opened (and migrated), and the prelude
 * that makes a transaction the largest agency's staff with `person:read`.
 */
export async function openAsLargestAgency() {
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
  return { options, db, prelude };
}

/** findPersonMatches' statement (src/modules/persons/person-search.repo.ts), the look-up call given. */
export const searchRead = (lookUp: string) => `
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

/** One read's EXPLAIN (ANALYZE, BUFFERS): buffers touched and execution time. */
export interface ReadMeasure {
  buffers: number;
  ms: number;
}

/** EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)'s answer as measured: buffers hit or read, time. */
export function measureOf(
  row: { 'QUERY PLAN': [{ Plan: Record<string, number>; 'Execution Time': number }] } | undefined,
): ReadMeasure & {
  rows: number;
} {
  const [plan] = row?.['QUERY PLAN'] ?? [];
  if (!plan) throw new Error('no plan');
  return {
    buffers: (plan.Plan['Shared Hit Blocks'] ?? 0) + (plan.Plan['Shared Read Blocks'] ?? 0),
    ms: plan['Execution Time'],
    rows: plan.Plan['Actual Rows'] ?? 0,
  };
}

const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The Markdown table of each way's reads: buffers (mean, p95) and times (mean, p50, p95). */
export function printReads(results: ReadonlyMap<string, readonly ReadMeasure[]>): void {
  console.log('| the search read | queries | buffers, mean | buffers, p95 | mean | p50 | p95 |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [what, measures] of results) {
    const buffers = measures.map((m) => m.buffers);
    const times = measures.map((m) => m.ms);
    console.log(
      `| ${what} | ${measures.length} | ${mean(buffers).toFixed(0)} | ${quantile(buffers, 0.95)} | ${mean(times).toFixed(1)} ms | ${quantile(times, 0.5).toFixed(1)} ms | ${quantile(times, 0.95).toFixed(1)} ms |`,
    );
  }
}
