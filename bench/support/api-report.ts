import type { DatabaseKind } from '../../src/db/db.ts';
import type { BareVariant } from './bare-app.ts';
import type { LoadResult } from './load.ts';
import { markdownTable, printFigures } from './report.ts';

/** The servers bench/api-load.ts loads: the bare variants and the platform's API. */
export type Server = BareVariant | 'api';

const serverLabels: Record<Server, string> = {
  bare: 'baseline: bare Fastify, same SQL',
  tenant: 'diagnostic: + request transaction, role switch, RLS',
  session: 'diagnostic: + session cookie check',
  api: 'API (full platform)',
};

export interface Measurement {
  readonly database: DatabaseKind;
  readonly endpoint: string;
  readonly server: Server;
  readonly result: LoadResult;
}

/** Time per request at saturation, from throughput: what one request costs the server. */
const costUs = (result: LoadResult) => 1e6 / result.requestsPerSecond;

/** Prints the figures, the API ÷ baseline cost ratios against the target, and where the time goes. */
export function printReport(
  measurements: readonly Measurement[],
  options: { endpoints: readonly string[]; heading: string; costTarget: number },
): void {
  const { costTarget } = options;
  printFigures(options.heading, measurements, serverLabels);

  const find = (database: DatabaseKind, endpoint: string, server: Server) =>
    measurements.find((m) => m.database === database && m.endpoint === endpoint && m.server === server)
      ?.result;
  const ratioRows: string[][] = [];
  const breakdownRows: string[][] = [];
  for (const database of new Set(measurements.map((m) => m.database))) {
    for (const name of options.endpoints) {
      const bare = find(database, name, 'bare');
      const api = find(database, name, 'api');
      if (!bare || !api) continue;
      const ratio = costUs(api) / costUs(bare);
      ratioRows.push([
        database,
        name,
        `${ratio.toFixed(2)}×`,
        `${(api.p50Ms / bare.p50Ms).toFixed(2)}×`,
        ratio <= costTarget ? `≤ ${costTarget}×: met` : `≤ ${costTarget}×: MISSED`,
      ]);
      const tenant = find(database, name, 'tenant');
      const session = find(database, name, 'session');
      if (tenant && session) {
        const us = (value: number) => `${Math.round(value)} µs`;
        breakdownRows.push([
          database,
          name,
          us(costUs(bare)),
          us(costUs(tenant) - costUs(bare)),
          us(costUs(session) - costUs(tenant)),
          us(costUs(api) - costUs(session)),
          us(costUs(api)),
        ]);
      }
    }
  }

  console.log('\nAPI cost ÷ baseline cost (cost = 1 ÷ req/s at saturation; p50 ratio beside it)\n');
  console.log(markdownTable(['database', 'endpoint', 'cost ratio', 'p50 ratio', 'target'], ratioRows));
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
          '+ session check',
          '+ platform HTTP layer',
          'API total',
        ],
        breakdownRows,
      ),
    );
  }
}
