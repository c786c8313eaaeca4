import path from 'node:path';

/**
 * A test reporter (`npm test` runs it beside spec) that ends the run with its test files by wall
 * time, the slowest first. With a process per file (`--test-isolation=process`) a file's time is
 * its process from start to exit, module loading, hooks and a slow exit included, which no suite's
 * own time shows. With the files in one process (`--test-isolation=none`, how `test/run.ts` runs
 * them) there is no entry per file: its time is the sum of its top-level suites and tests, hooks
 * included (the modules are loaded once for all files). A run that grew is then read file by file
 * from its log, and two commits' logs compared line by line.
 *
 * A file that ran no test of its own (it failed to load, or declares none) has nothing but its own
 * entry; the list ends with a line for each such file, which `test/run.ts` counts as a failure.
 */
export default async function* fileTimes(
  source: AsyncIterable<{ type: string; data?: unknown }>,
): AsyncGenerator<string> {
  const ownEntries = new Map<string, number>();
  const topLevelSums = new Map<string, number>();
  const withTests = new Set<string>();
  for await (const event of source) {
    if (event.type !== 'test:complete') continue;
    const data = event.data as {
      name: string;
      nesting: number;
      file?: string;
      details: { duration_ms: number };
    };
    if (data.nesting !== 0 || data.file === undefined) continue;
    const file = path.relative(process.cwd(), data.file);
    const seconds = data.details.duration_ms / 1000;
    // A file's own entry is named by the file's path (its suites are named otherwise).
    if (isFileEntry(data.name, data.file)) ownEntries.set(file, seconds);
    else {
      topLevelSums.set(file, (topLevelSums.get(file) ?? 0) + seconds);
      withTests.add(file);
    }
  }
  const times = new Map(topLevelSums);
  for (const [file, seconds] of ownEntries) times.set(file, seconds);
  yield formatFileTimes([...times]) +
    formatFilesWithoutTests([...times.keys()].filter((file) => !withTests.has(file)));
}

/** The lines naming the files that ran no test (empty when every file ran some). */
export function formatFilesWithoutTests(files: readonly string[]): string {
  return [...files]
    .sort()
    .map((file) => `# no test ran in ${file}\n`)
    .join('');
}

/** Reads back the files of `formatFilesWithoutTests`. */
export function parseFilesWithoutTests(text: string): string[] {
  return [...text.matchAll(/^# no test ran in (.+)$/gm)].map((match) => match[1] ?? '');
}

/** The reporter's summary: a heading, then one line per file, the slowest first. */
export function formatFileTimes(times: readonly (readonly [string, number])[]): string {
  const files = [...times].sort(([, a], [, b]) => b - a);
  const total = files.reduce((sum, [, s]) => sum + s, 0);
  let text = `\n# test files by wall time, the slowest first: ${files.length}, ${total.toFixed(0)} s in all\n`;
  for (const [file, s] of files) text += `# ${s.toFixed(1).padStart(7)} s  ${file}\n`;
  return text;
}

/** Reads back the file lines of `formatFileTimes` (how `test/run.ts` joins its shards' lists). */
export function parseFileTimes(text: string): [string, number][] {
  return [...text.matchAll(/^# +(\d+\.\d) s {2}(.+)$/gm)].map((match) => [match[2] ?? '', Number(match[1])]);
}

function isFileEntry(name: string, file: string): boolean {
  return path.resolve(name) === path.resolve(file);
}
