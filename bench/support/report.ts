import { cpus, loadavg, totalmem } from 'node:os';
import type { LoadResult } from './load.ts';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The value below which `fraction` of the sorted values fall (nearest rank). */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] as number;
}

/** A Markdown table, so that a run's output can go into RESULTS.md as it is. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** The machine and runtime a run was made on, printed above its figures. */
export function machineDescription(): string {
  const processors = cpus();
  const model = processors[0]?.model.trim() ?? 'unknown CPU';
  const memory = `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`;
  return `Node ${process.version}, ${processors.length} × ${model}, ${memory} RAM, ${new Date().toISOString()}, ${loadAverage()}`;
}

/** Other work on the machine skews every figure: printed before and after a run so the reader can judge. */
export function loadAverage(): string {
  const [one, five] = loadavg();
  return `load average ${one?.toFixed(2)} (1 min), ${five?.toFixed(2)} (5 min)`;
}

/** Milliseconds as the tables print them. */
export const ms = (value: number) => value.toFixed(2);

/** One measured run of one server on one endpoint, as both API benchmarks record it. */
export interface FigureRow<Server extends string> {
  readonly database: string;
  readonly endpoint: string;
  readonly server: Server;
  readonly result: LoadResult;
}

/** The table of raw figures every load benchmark prints first. */
export function printFigures<Server extends string>(
  heading: string,
  measurements: readonly FigureRow<Server>[],
  serverLabels: Readonly<Record<Server, string>>,
): void {
  console.log(`\nFigures (${heading}; latency in ms)\n`);
  console.log(
    markdownTable(
      ['database', 'endpoint', 'server', 'req/s', 'p50', 'p95', 'p99', 'errors', 'non-2xx', 'bytes/resp'],
      measurements.map(({ database, endpoint, server, result }) => [
        database,
        endpoint,
        serverLabels[server],
        String(Math.round(result.requestsPerSecond)),
        ms(result.p50Ms),
        ms(result.p95Ms),
        ms(result.p99Ms),
        String(result.errors),
        String(result.non2xx),
        String(Math.round(result.bytesPerResponse)),
      ]),
    ),
  );
}
