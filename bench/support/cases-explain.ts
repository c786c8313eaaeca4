import { asTx, type Db, type Tx } from '../../src/db/db.ts';
import { type TenantScope, tenantPrelude } from '../../src/db/tenant.ts';
import { findCase, findCases } from '../../src/modules/cases/case.repo.ts';

/** A `Tx` that runs `EXPLAIN (ANALYZE, BUFFERS)` of each statement instead, keeping the plans. */
function explaining(tx: Tx, plans: string[]): Tx {
  return asTx({
    query: async <Row>(text: string, params?: readonly unknown[]) => {
      const rows = await tx.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${text}`, params);
      plans.push(rows.map((row) => row['QUERY PLAN']).join('\n'));
      return [] as Row[];
    },
    exec: (script) => tx.exec(script),
  });
}

/** What a plan reads its tables with: the indexes used, and the tables scanned whole. */
export function planSummary(plan: string): string {
  const indexes = new Set<string>();
  for (const match of plan.matchAll(
    /(?:Index Scan|Index Only Scan|Bitmap Index Scan)(?: Backward)? (?:using|on) (\w+)/g,
  )) {
    indexes.add(match[1] as string);
  }
  const scans = new Set([...plan.matchAll(/Seq Scan on (\w+)/g)].map((match) => match[1] as string));
  const sorts = [...plan.matchAll(/(Incremental Sort|Sort)\s+\(/g)].map((match) => match[1]);
  const time = /Execution Time: ([\d.]+) ms/.exec(plan)?.[1];
  return [
    `indexes: ${[...indexes].join(', ') || 'none'}`,
    `sequential scans: ${[...scans].join(', ') || 'none'}`,
    `sorts: ${sorts.join(', ') || 'none'}`,
    `execution ${time ?? '?'} ms`,
  ].join('; ');
}

/**
 * Prints the plans of the case list (open cases, and unfiltered) and of the case detail as the
 * API runs them: as lindung_app with the request's tenant settings, so under row-level security.
 */
export async function explainCaseQueries(db: Db, scope: TenantScope, caseId: string): Promise<void> {
  const [open, all, detail]: [string[], string[], string[]] = [[], [], []];
  await db.transaction(
    async (tx) => {
      await findCases(explaining(tx, open), { limit: 50, status: 'open', sort: '-openedOn' }, undefined);
      await findCases(explaining(tx, all), { limit: 50, sort: '-openedOn' }, undefined);
      await findCase(explaining(tx, detail), caseId);
    },
    { prelude: tenantPrelude(scope) },
  );
  const plans = [
    { title: 'GET /api/cases?limit=50&status=open', plan: open.join('\n') },
    { title: 'GET /api/cases?limit=50 (no filter)', plan: all.join('\n') },
    { title: 'GET /api/cases/:id (findCase)', plan: detail.join('\n') },
  ];
  console.log('\n  Plans under RLS (as lindung_app with the tenant settings; EXPLAIN ANALYZE, BUFFERS):');
  for (const { title, plan } of plans) {
    console.log(`\n  ${title}: ${planSummary(plan)}\n`);
    console.log(
      plan
        .split('\n')
        .map((line) => `    ${line}`)
        .join('\n'),
    );
  }
  console.log('');
}
