import path from 'node:path';

/**
 * A test reporter (`npm test` runs it beside spec) that ends the run with its test files by wall
 * time, the slowest first: each file's process from its start to its exit, module loading, hooks
 * and a slow exit included, which no suite's own time shows. A run that grew is then read file by
 * file from its log, and two commits' logs compared line by line.
 */
export default async function* fileTimes(
  source: AsyncIterable<{ type: string; data?: unknown }>,
): AsyncGenerator<string> {
  const seconds = new Map<string, number>();
  for await (const event of source) {
    if (event.type !== 'test:complete') continue;
    const data = event.data as {
      name: string;
      nesting: number;
      file?: string;
      details: { duration_ms: number };
    };
    // A file's own entry: at the top level, named by the file's path (its suites are named otherwise).
    if (data.nesting === 0 && data.file !== undefined && isFileEntry(data.name, data.file)) {
      seconds.set(path.relative(process.cwd(), data.file), data.details.duration_ms / 1000);
    }
  }
  const files = [...seconds].sort(([, a], [, b]) => b - a);
  const total = files.reduce((sum, [, s]) => sum + s, 0);
  yield `\n# test files by wall time, the slowest first: ${files.length}, ${total.toFixed(0)} s in all\n`;
  for (const [file, s] of files) yield `# ${s.toFixed(1).padStart(7)} s  ${file}\n`;
}

function isFileEntry(name: string, file: string): boolean {
  return path.resolve(name) === path.resolve(file);
}
