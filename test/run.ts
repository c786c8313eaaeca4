import { type ChildProcess, spawn } from 'node:child_process';
import { globSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import {
  committedTimesFile,
  expectedSeconds,
  lastRunTimesFile,
  readFileTimes,
  writeFileTimes,
} from './support/file-times.ts';
import {
  formatFilesWithoutTests,
  formatFileTimes,
  parseFilesWithoutTests,
  parseFileTimes,
} from './support/file-times-reporter.ts';
import { globalSetup, globalTeardown } from './support/global-setup.ts';
import { SpecBlocks, splitIntoShards } from './support/shards.ts';

/*
 * `npm test` (`--checks`: lint and type-check beside the set-up, decision 0125): every test file,
 * split between two shards, each one `node --test --test-isolation=none` process running its
 * files one after the other (decision 0068). A process per file paid, for each of the ~250 files, Node's start, the TypeScript
 * stripper, the server's modules and PGlite's WebAssembly compilation again: about two thirds of
 * an int file's CPU. Each file still gets its own databases (PGlite from the image, a PostgreSQL
 * copy of the template), its own platform and its own browser contexts in the shard's one Chromium
 * (decision 0158).
 *
 * The shards are of about equal time by the files' times (test/support/file-times.ts: this
 * checkout's last whole run, else the list committed in test/file-times.json, else a guess by the
 * file's kind); each shard's expected seconds are printed before it starts. The global set-up
 * (test/support/global-setup.ts) runs once here, before the shards, and its teardown after them;
 * the shards find the templates through the environment they inherit. The spec output of each
 * shard is written a top-level suite at a time, then the files' times of both shards as one list,
 * each shard's sum of them, and the counts of both. The run fails when any shard fails.
 *
 *   node test/run.ts [--checks] [files…]   (default: src/**\/*.test.ts and test/**\/*.test.ts)
 *   --checks                    (`npm test`) also `npm run lint` and `npm run typecheck`, side by
 *                               side with the global set-up (decision 0125); the shards start
 *                               only when both passed
 *   LINDUNG_TEST_SHARDS=n       shards (default 2, this machine's cores)
 *   LINDUNG_TEST_ASYNC_HOOK=full  keep node:test's async hook whole, to name the test of an
 *                               error thrown outside every test's promises (decision 0198)
 *   npm run test:times          after a whole run: its times become test/file-times.json
 */

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
const shardCount = Math.max(1, Number(process.env.LINDUNG_TEST_SHARDS ?? 2));
const withChecks = process.argv.includes('--checks');
const fileArguments = process.argv.slice(2).filter((argument) => argument !== '--checks');

const files = fileArguments.length
  ? [...new Set(fileArguments.map((file) => path.relative(root, path.resolve(file))))]
  : globSync(['src/**/*.test.ts', 'test/**/*.test.ts']).sort();
const expected = expectedSeconds(readFileTimes(lastRunTimesFile), readFileTimes(committedTimesFile));
const shards = splitIntoShards(files, shardCount, expected);
for (const [i, shardFiles] of shards.entries())
  process.stdout.write(
    `# shard ${i + 1}: ${shardFiles.length} files, ${sumOf(shardFiles.map(expected)).toFixed(0)} s expected\n`,
  );

const started = Date.now();
const workDir = mkdtempSync(path.join(tmpdir(), 'lindung-test-run-'));
/*
 * Ctrl-C reaches the shards from the terminal (and is passed on to them here, for a signal sent to
 * this process alone); this process waits for them to end and then tears the set-up down. A shard
 * stopped so ends at once, without its files' `after` hooks: the teardown drops the PostgreSQL
 * databases its files left (named by its process id) besides the templates.
 */
const running = new Set<ChildProcess>();
let stopped = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    stopped = true;
    for (const child of running) child.kill(signal);
  });
}
const shardPids: number[] = [];
/*
 * The set-up keeps about one core busy (PGlite's images in this process, PostgreSQL's templates in
 * the server); lint and type-check, about 30 s of CPU, take the other instead of running before it.
 */
const failedChecks: string[] = [];
const results = await (async () => {
  try {
    // A set-up that fails (PostgreSQL unreachable in CI) is reported after what the checks found
    // (a check never rejects: its exit code says how it went).
    const [checks, setUp] = await Promise.all([
      Promise.all((withChecks ? ['lint', 'typecheck'] : []).map(runCheck)),
      globalSetup().then(
        () => ({ failed: false as const }),
        (error: unknown) => ({ failed: true as const, error }),
      ),
    ]);
    for (const check of checks) {
      process.stdout.write(check.output);
      if (check.code !== 0) failedChecks.push(check.script);
    }
    if (setUp.failed) throw setUp.error;
    // Stopped during the set-up, or a check failed: no shard starts, every file is "not run".
    if (stopped || failedChecks.length > 0) return [];
    return await Promise.all(shards.map((shardFiles, i) => runShard(shardFiles, i)));
  } finally {
    await globalTeardown(shardPids);
  }
})();

const times = results.flatMap((result) => parseFileTimes(result.times));
process.stdout.write(formatFileTimes(times));
for (const [i, result] of results.entries())
  process.stdout.write(
    `# shard ${i + 1}: ${sumOf(parseFileTimes(result.times).map(([, seconds]) => seconds)).toFixed(0)} s of file time\n`,
  );
// A partial run would forget the other files' times.
if (fileArguments.length === 0 && results.length > 0) writeFileTimes(lastRunTimesFile, times);
rmSync(workDir, { recursive: true, force: true });

const counts = new Map<string, number>();
for (const result of results)
  for (const [, name = '', value] of result.output.matchAll(/^ℹ (\w+) (\d+(?:\.\d+)?)$/gm))
    if (name !== 'duration_ms') counts.set(name, (counts.get(name) ?? 0) + Number(value));
// A file that ran no test (it failed to load, or declares none), or never reported (its shard died).
const withoutTests = results.flatMap((result) => parseFilesWithoutTests(result.times));
const reported = new Set(times.map(([file]) => file));
// After a failed check no file was meant to run: the check's output says why.
const notRun = failedChecks.length > 0 ? [] : files.filter((file) => !reported.has(file));
process.stdout.write(formatFilesWithoutTests(withoutTests));
for (const file of notRun) process.stdout.write(`# not run: ${file}\n`);
const failedShards = results.filter((result) => result.code !== 0).length;
const problems = [
  ...failedChecks.map((script) => `npm run ${script} failed`),
  ...(failedShards > 0 ? [`${failedShards} shard(s) failed`] : []),
  ...(withoutTests.length > 0 ? [`${withoutTests.length} file(s) ran no test`] : []),
  ...(notRun.length > 0 ? [`${notRun.length} file(s) not run`] : []),
];
process.stdout.write(
  `\n# all ${results.length} shards: ${[...counts].map(([name, value]) => `${name} ${value}`).join(', ')}; ` +
    `${((Date.now() - started) / 1000).toFixed(0)} s` +
    (problems.length > 0 ? `; ${problems.join('; ')}\n` : '\n'),
);
process.exitCode = problems.length > 0 ? 1 : 0;

interface ShardResult {
  code: number;
  /** The shard's spec output (for its counts). */
  output: string;
  /** The shard's file-times list. */
  times: string;
}

/** `npm run <script>` with its output kept, to be written whole once it ends. */
function runCheck(script: string): Promise<{ script: string; code: number; output: string }> {
  const child = spawn('npm', ['run', '--silent', script], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
  });
  running.add(child);
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      running.delete(child);
      resolve({ script, code: code ?? (signal ? 1 : 0), output });
    });
  });
}

function runShard(shardFiles: readonly string[], index: number): Promise<ShardResult> {
  const timesOut = path.join(workDir, `times-${index}.txt`);
  const child = spawn(
    process.execPath,
    [
      // Node's async hook of the runner, left on with LINDUNG_TEST_ASYNC_HOOK=full (decision 0198).
      ...(process.env.LINDUNG_TEST_ASYNC_HOOK === 'full'
        ? []
        : ['--expose-internals', '--test-global-setup=./test/support/runner-async-hook.ts']),
      '--test',
      '--test-isolation=none',
      '--test-timeout=300000',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./test/support/file-times-reporter.ts',
      `--test-reporter-destination=${timesOut}`,
      ...shardFiles,
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
    },
  );
  if (child.pid !== undefined) shardPids.push(child.pid);
  running.add(child);
  const blocks = new SpecBlocks();
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    output += stripVTControlCharacters(chunk);
    process.stdout.write(blocks.push(chunk));
  });
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      running.delete(child);
      process.stdout.write(blocks.end());
      let times = '';
      try {
        times = readFileSync(timesOut, 'utf8');
      } catch {
        // A shard that died before its end wrote no list; its failure is reported by its code.
      }
      resolve({ code: code ?? (signal ? 1 : 0), output, times });
    });
  });
}

function sumOf(seconds: readonly number[]): number {
  return seconds.reduce((sum, s) => sum + s, 0);
}
