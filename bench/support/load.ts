/**
 * The load generator of bench/api-load.ts, run as its own process so that it does not share an
 * event loop (or a core) with the server it measures. Runs autocannon against one URL and prints
 * one line of JSON (`LoadResult`) with every latency percentile computed from all responses.
 *
 * Usage: node bench/support/load.ts --url <url> [--header "name: value"]… --duration <s>
 *          --connections <n> --warmup <s> [--suffixes <JSON file>]
 *
 * With --suffixes (a JSON array of strings), each request appends the next suffix to the URL's path,
 * in turn across all connections (e.g. `/api/cases/` + a rotating set of case ids).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { percentile } from './report.ts';

/** The part of autocannon's programmatic interface used here (the package ships no types). */
interface AutocannonRequest {
  path?: string;
  setupRequest?: (request: AutocannonRequest) => AutocannonRequest;
}
interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  headers: Record<string, string>;
  warmup?: { connections: number; duration: number };
  requests?: AutocannonRequest[];
}
interface AutocannonResult {
  duration: number;
  errors: number;
  non2xx: number;
  requests: { total: number; average: number };
  throughput: { total: number };
}
interface AutocannonRun extends PromiseLike<AutocannonResult> {
  on(
    event: 'response',
    listener: (client: unknown, statusCode: number, bytes: number, ms: number) => void,
  ): void;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (
  options: AutocannonOptions,
) => AutocannonRun;

export interface LoadResult {
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** Connection errors, timeouts included. */
  readonly errors: number;
  /** Responses other than 2xx. */
  readonly non2xx: number;
  readonly bytesPerResponse: number;
}

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    header: { type: 'string', multiple: true, default: [] },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    suffixes: { type: 'string' },
  },
});
if (!values.url) throw new Error('--url is required');

const headers: Record<string, string> = {};
for (const header of values.header) {
  const colon = header.indexOf(':');
  headers[header.slice(0, colon).trim().toLowerCase()] = header.slice(colon + 1).trim();
}
const connections = Number(values.connections);
const warmup = Number(values.warmup);

/** One request whose path takes the next suffix each time it is built (once per request sent). */
function rotatingRequests(file: string, url: string): AutocannonRequest[] {
  const suffixes = JSON.parse(readFileSync(file, 'utf8')) as string[];
  if (suffixes.length === 0) throw new Error(`${file} holds no suffixes`);
  const { pathname } = new URL(url);
  let next = 0;
  return [
    {
      setupRequest: (request) => ({ ...request, path: `${pathname}${suffixes[next++ % suffixes.length]}` }),
    },
  ];
}

const latencies: number[] = [];
const run = autocannon({
  url: values.url,
  connections,
  duration: Number(values.duration),
  headers,
  ...(warmup > 0 && { warmup: { connections, duration: warmup } }),
  ...(values.suffixes && { requests: rotatingRequests(values.suffixes, values.url) }),
});
// Only the measured run reports here; the warm-up has its own tracker.
run.on('response', (_client, _statusCode, _bytes, ms) => {
  latencies.push(ms);
});
const result = await run;
latencies.sort((a, b) => a - b);

const output: LoadResult = {
  requests: result.requests.total,
  requestsPerSecond: result.requests.total / result.duration,
  p50Ms: percentile(latencies, 0.5),
  p95Ms: percentile(latencies, 0.95),
  p99Ms: percentile(latencies, 0.99),
  maxMs: latencies.at(-1) ?? Number.NaN,
  errors: result.errors,
  non2xx: result.non2xx,
  bytesPerResponse: result.requests.total > 0 ? result.throughput.total / result.requests.total : 0,
};
console.log(JSON.stringify(output));
