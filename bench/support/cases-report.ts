import type { DatabaseKind } from '../../src/db/db.ts';
import type { CaseVariant } from './cases-bare-app.ts';
import type { CpuPerRequest } from './cpu-cost.ts';
import type { LoadResult } from './load.ts';
import { markdownTable, ms, printFigures } from './report.ts';

/** The servers bench/cases-load.ts loads: the bare variants and the platform's API. */
export type CaseServer = CaseVariant | 'api';

const serverLabels: Record<CaseServer, string> = {
  bare: 'baseline: bare Fastify, same SQL',
  'bare-audited': "baseline: bare Fastify, same SQL with the read's audit entry (detail)",
  tenant: 'diagnostic: + request transaction, role switch, RLS (one write, as the API)',
  audit: 'diagnostic: + audit entry in the read, lazy commit (one write, as the API)',
  oneflush: 'diagnostic: audit, as one simple query answered with one flush (--one-flush)',
  'oneflush-session': 'diagnostic: oneflush with the session check (--one-flush)',
  api: 'API (full platform)',
};

export interface CaseMeasurement {
  readonly database: DatabaseKind;
  readonly endpoint: string;
  readonly server: CaseServer;
  readonly result: LoadResult;
  /** The least CPU per request of the rounds (server PostgreSQL on this machine only). */
  readonly cpu?: CpuPerRequest;
}

export interface CaseTargets {
  /** API cost ÷ baseline cost. */
  readonly costRatio: number;
  /** The API's p95 in ms, on PostgreSQL. */
  readonly p95Ms: number;
}

/**
 * What each server is compared with in the CPU table: the variant it adds one layer to, or the
 * nearest of those measured before it.
 */
const builtOn: Record<CaseServer, readonly CaseServer[]> = {
  bare: [],
  'bare-audited': ['bare'],
  tenant: ['bare'],
  audit: ['tenant', 'bare-audited', 'bare'],
  oneflush: ['audit', 'tenant', 'bare'],
  'oneflush-session': ['oneflush', 'audit', 'tenant', 'bare'],
  api: ['audit', 'tenant', 'bare-audited', 'bare'],
};

/**
 * The baselines an endpoint's API is set against, the judged one first: the endpoint's own SQL with
 * its audit entry where it was measured (the detail, decision 0208), else the read alone.
 */
const baselines: readonly CaseServer[] = ['bare-audited', 'bare'];

/** Time per request at saturation, from throughput: what one request costs the server. */
const costUs = (result: LoadResult) => 1e6 / result.requestsPerSecond;
const us = (value: number) => `${Math.round(value)} µs`;

/** Prints the figures, the API against the targets, and where the time per request goes. */
export function printCaseReport(
  measurements: readonly CaseMeasurement[],
  options: { endpoints: readonly string[]; heading: string; targets: CaseTargets },
): void {
  const { targets } = options;
  printFigures(options.heading, measurements, serverLabels);

  const find = (database: DatabaseKind, endpoint: string, server: CaseServer) =>
    measurements.find((m) => m.database === database && m.endpoint === endpoint && m.server === server)
      ?.result;
  const targetRows: string[][] = [];
  const breakdownRows: string[][] = [];
  for (const database of new Set(measurements.map((m) => m.database))) {
    for (const endpoint of options.endpoints) {
      const bare = find(database, endpoint, 'bare');
      const api = find(database, endpoint, 'api');
      if (!bare || !api) continue;
      const p95Applies = database === 'postgres';
      const measured = baselines.filter((server) => find(database, endpoint, server));
      for (const [index, server] of measured.entries()) {
        const baseline = find(database, endpoint, server) as LoadResult;
        const ratio = costUs(api) / costUs(baseline);
        const verdict = ratio <= targets.costRatio ? 'met' : 'MISSED';
        targetRows.push([
          database,
          endpoint,
          server,
          `${ratio.toFixed(2)}×`,
          `${(api.p50Ms / baseline.p50Ms).toFixed(2)}×`,
          index === 0 ? `≤ ${targets.costRatio}×: ${verdict}` : '(for reference)',
          `${ms(api.p95Ms)} ms`,
          !p95Applies
            ? '(PostgreSQL only)'
            : api.p95Ms <= targets.p95Ms
              ? `≤ ${targets.p95Ms} ms: met`
              : `≤ ${targets.p95Ms} ms: MISSED`,
        ]);
      }
      const tenant = find(database, endpoint, 'tenant');
      if (!tenant) continue;
      const audit = find(database, endpoint, 'audit');
      const beforeApi = audit ?? tenant;
      breakdownRows.push([
        database,
        endpoint,
        us(costUs(bare)),
        us(costUs(tenant) - costUs(bare)),
        audit ? us(costUs(audit) - costUs(tenant)) : '–',
        us(costUs(api) - costUs(beforeApi)),
        us(costUs(api)),
      ]);
    }
  }

  console.log(
    "\nAPI against the targets (cost = 1 ÷ req/s at saturation; p50 ratio beside it; the detail is judged against its SQL with the read's audit entry, decision 0208)\n",
  );
  console.log(
    markdownTable(
      ['database', 'endpoint', 'against', 'cost ratio', 'p50 ratio', 'cost target', 'API p95', 'p95 target'],
      targetRows,
    ),
  );
  printCpuCost(measurements, options.endpoints);
  if (breakdownRows.length > 0) {
    console.log(
      '\nWhere the time per request goes (from the diagnostic variants; differences of 1 ÷ req/s)\n',
    );
    console.log(
      markdownTable(
        [
          'database',
          'endpoint',
          'bare SQL',
          '+ tenant tx/RLS',
          '+ audit entry',
          '+ session check, HTTP layer',
          'API total',
        ],
        breakdownRows,
      ),
    );
  }
}

/**
 * CPU per request of each server (this process) and of the database's backends, and each against
 * the bare baseline: a cost that a loaded machine inflates far less than it does throughput.
 */
function printCpuCost(measurements: readonly CaseMeasurement[], endpoints: readonly string[]): void {
  const rows: string[][] = [];
  for (const endpoint of endpoints) {
    const of = (server: CaseServer) =>
      measurements.find((m) => m.endpoint === endpoint && m.server === server && m.database === 'postgres')
        ?.cpu;
    const bare = of('bare');
    if (!bare) continue;
    const totalOf = (cpu: CpuPerRequest) => cpu.serverUs + cpu.databaseUs;
    const bareAudited = of('bare-audited');
    for (const server of Object.keys(serverLabels) as CaseServer[]) {
      const cpu = of(server);
      if (!cpu) continue;
      const under = builtOn[server].find((before) => of(before));
      const underCpu = under && of(under);
      rows.push([
        endpoint,
        server,
        us(cpu.serverUs),
        us(cpu.databaseUs),
        us(totalOf(cpu)),
        underCpu ? `${us(totalOf(cpu) - totalOf(underCpu))} over ${under}` : '–',
        `${(totalOf(cpu) / totalOf(bare)).toFixed(2)}×`,
        bareAudited ? `${(totalOf(cpu) / totalOf(bareAudited)).toFixed(2)}×` : '–',
      ]);
    }
  }
  if (rows.length === 0) return;
  console.log(
    '\nCPU per request on PostgreSQL (least of the rounds; warm-up included; the load generator left out)\n',
  );
  console.log(
    markdownTable(
      [
        'endpoint',
        'server',
        'server process',
        'database backends',
        'together',
        'added',
        'against bare',
        'against bare-audited',
      ],
      rows,
    ),
  );
}
