/**
 * Start-up benchmark (`npm run bench:startup`): how long `npm start` takes from spawning Node to
 * GET /api/health answering 200, on an empty data folder (cold: creates the database, migrates,
 * generates a key, seeds the demo) and again on the same folder (warm restart).
 *
 * Baselines measured in the same run, the same way: Node 24 alone answering HTTP, and Node 24
 * opening bare PGlite (no extensions, no migrations) in an empty and then the same folder.
 * Targets (platform-foundation issue): cold ≤ 8 s, warm ≤ 2 s.
 *
 * Options: --runs <n> (default 3), --start-timeout <s> (how long one start may take before the run
 * gives up; default 60, more on a loaded machine).
 */
import { parseArgs } from 'node:util';
import {
  cleanEnvironment,
  freePort,
  type RunningChild,
  removeFolder,
  spawnNode,
  stopChild,
  temporaryFolder,
  waitUntilHealthy,
} from './support/processes.ts';
import { loadAverage, machineDescription, markdownTable, median } from './support/report.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, 'start-timeout': { type: 'string', default: '60' } },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs must be a whole number of at least 1');
  process.exit(1);
}
const startTimeoutSeconds = Number(values['start-timeout']);
if (!(startTimeoutSeconds > 0)) {
  console.error('--start-timeout must be a number of seconds above 0');
  process.exit(1);
}
const startTimeoutMs = startTimeoutSeconds * 1000;
const targets = { cold: 8000, warm: 2000 } as const;

/** What a start took: to the first 200 from /api/health, and the platform's own "ready in" figure. */
interface StartTiming {
  readonly ms: number;
  readonly readyInMs: number | undefined;
}

const running = new Set<RunningChild>();
const folders = new Set<string>();

async function cleanUp(): Promise<void> {
  await Promise.all([...running].map((child) => stopChild(child.process)));
  await Promise.all([...folders].map(removeFolder));
}

/** Set on Ctrl-C: everything is being stopped and removed, after which the process exits. */
let interruption: Promise<void> | undefined;
process.once('SIGINT', () => {
  console.log('\ninterrupted: stopping and removing the starts and their folders…');
  interruption = cleanUp().then(() => process.exit(130));
});

async function waitForOutput(child: RunningChild, pattern: RegExp, timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  let match = pattern.exec(child.output());
  while (!match && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    match = pattern.exec(child.output());
  }
  return match;
}

/**
 * Spawns `node <args>` and times it from the spawn to the first 200 from /api/health, then stops it.
 * The platform (`isPlatform`) also prints its own "ready in" figure, which is read from its output.
 */
async function timeStart(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  port: number,
  isPlatform: boolean,
): Promise<StartTiming> {
  const label = isPlatform ? 'The platform' : 'The baseline';
  const startedAt = performance.now();
  const child = spawnNode(args, env);
  running.add(child);
  try {
    const healthy = await waitUntilHealthy(
      `http://127.0.0.1:${port}/api/health`,
      child.process,
      startTimeoutMs,
    );
    const ms = performance.now() - startedAt;
    if (!healthy)
      throw new Error(
        child.process.exitCode === null
          ? `${label} did not answer /api/health with 200 within ${startTimeoutSeconds} s (${loadAverage()}); --start-timeout <s> waits longer. Its output:\n${child.output()}`
          : `${label} exited (code ${child.process.exitCode}) before answering /api/health. Its output:\n${child.output()}`,
      );
    // main.ts prints its figure (from after module loading to listening) just after listening.
    const readyIn = isPlatform ? await waitForOutput(child, /ready in (\d+) ms/, 2000) : null;
    return { ms, readyInMs: readyIn?.[1] ? Number(readyIn[1]) : undefined };
  } finally {
    await stopChild(child.process);
    running.delete(child);
  }
}

async function startPlatform(dataDir: string): Promise<StartTiming> {
  const port = await freePort();
  const env = cleanEnvironment({ LINDUNG_DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: String(port) });
  return timeStart(['src/main.ts'], env, port, true);
}

async function startBare(dataDir?: string): Promise<StartTiming> {
  const port = await freePort();
  const args = ['bench/support/bare-start.ts', String(port), ...(dataDir ? [dataDir] : [])];
  return timeStart(args, cleanEnvironment({}), port, false);
}

/** Runs `work` with a new empty folder that is removed afterwards. */
async function withFolder<T>(label: string, work: (folder: string) => Promise<T>): Promise<T> {
  const folder = await temporaryFolder(label);
  folders.add(folder);
  try {
    return await work(folder);
  } finally {
    await removeFolder(folder);
    folders.delete(folder);
  }
}

const results = {
  node: [] as StartTiming[],
  pgliteCold: [] as StartTiming[],
  pgliteWarm: [] as StartTiming[],
  platformCold: [] as StartTiming[],
  platformWarm: [] as StartTiming[],
};

console.log(`Lindung start-up benchmark: ${runs} run(s) of each start`);
console.log(machineDescription());
try {
  // One unrecorded start first, so that every measured start finds the files in the OS cache
  // (as a start right after `npm install` would).
  process.stdout.write('priming the file cache… ');
  await withFolder('prime', startPlatform);
  console.log('done');

  // Interleaved, so that a slow spell of the machine touches every kind of start alike.
  for (let run = 1; run <= runs; run++) {
    process.stdout.write(`run ${run}/${runs}: node… `);
    results.node.push(await startBare());
    process.stdout.write('PGlite… ');
    await withFolder('pglite', async (folder) => {
      results.pgliteCold.push(await startBare(folder));
      results.pgliteWarm.push(await startBare(folder));
    });
    process.stdout.write('platform… ');
    await withFolder('platform', async (folder) => {
      results.platformCold.push(await startPlatform(folder));
      results.platformWarm.push(await startPlatform(folder));
    });
    console.log('done');
  }
} catch (error) {
  if (interruption) await interruption;
  console.error(`\n${(error as Error).message}`);
  await cleanUp();
  process.exit(1);
}

const ms = (value: number) => `${Math.round(value)} ms`;
const summary = (timings: readonly StartTiming[]) => {
  const times = timings.map((timing) => timing.ms);
  return [ms(Math.min(...times)), ms(median(times)), ms(Math.max(...times))];
};
const verdict = (timings: readonly StartTiming[], target: number) =>
  median(timings.map((timing) => timing.ms)) <= target ? `≤ ${target} ms: met` : `≤ ${target} ms: MISSED`;

console.log(`\nSpawn → first 200 from GET /api/health (${runs} runs each)\n`);
console.log(
  markdownTable(
    ['start', 'min', 'median', 'max', 'target (median)'],
    [
      ['baseline: Node 24 + HTTP server', ...summary(results.node), ''],
      ['baseline: Node 24 + PGlite, empty folder', ...summary(results.pgliteCold), ''],
      ['baseline: Node 24 + PGlite, same folder again', ...summary(results.pgliteWarm), ''],
      [
        'platform cold (`npm start`, empty data folder)',
        ...summary(results.platformCold),
        verdict(results.platformCold, targets.cold),
      ],
      [
        'platform warm (restart on the same folder)',
        ...summary(results.platformWarm),
        verdict(results.platformWarm, targets.warm),
      ],
    ],
  ),
);

const medianOf = (timings: readonly StartTiming[]) => median(timings.map((timing) => timing.ms));
const readyIn = (timings: readonly StartTiming[]) =>
  median(timings.flatMap((timing) => (timing.readyInMs === undefined ? [] : [timing.readyInMs])));
console.log(`
The platform's own share (median platform − median PGlite baseline):
  cold: ${ms(medianOf(results.platformCold) - medianOf(results.pgliteCold))} of ${ms(medianOf(results.platformCold))}
  warm: ${ms(medianOf(results.platformWarm) - medianOf(results.pgliteWarm))} of ${ms(medianOf(results.platformWarm))}
main.ts's own "ready in" (startPlatform + listen, after module loading), median:
  cold: ${ms(readyIn(results.platformCold))}, warm: ${ms(readyIn(results.platformWarm))}

At the end: ${loadAverage()}`);
