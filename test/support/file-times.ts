import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { guessSeconds } from './shards.ts';

/**
 * The test files' times that `test/run.ts` splits its shards by, in seconds per file path:
 * this checkout's last whole run (`node_modules/.cache`, rewritten after every whole run), and the
 * list kept in the repository (`test/file-times.json`, a whole run's times, refreshed on purpose
 * with `npm run test:times`) for a clean clone, which has no run of its own yet.
 */
const root = path.resolve(import.meta.dirname, '../..');
export const lastRunTimesFile = path.join(root, 'node_modules/.cache/lindung-test-times.json');
export const committedTimesFile = path.join(root, 'test/file-times.json');

/** Reads a times list; a missing or unreadable list is an empty one (no run has timed the files). */
export function readFileTimes(file: string): Map<string, number> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>));
  } catch {
    return new Map();
  }
}

/** Writes a times list by file path, each time to a tenth of a second, as Biome formats JSON (a stable, diffable file). */
export function writeFileTimes(file: string, times: Iterable<readonly [string, number]>): void {
  const sorted = [...times]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, seconds]) => [name, Math.round(seconds * 10) / 10]);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(Object.fromEntries(sorted), null, 2)}\n`);
}

/**
 * A file's expected seconds: from the first list that timed it (the last run here before the
 * committed list), else the guess by the file's kind (a file added since either run).
 */
export function expectedSeconds(...lists: readonly ReadonlyMap<string, number>[]): (file: string) => number {
  return (file) => {
    for (const list of lists) {
      const seconds = list.get(file);
      if (seconds !== undefined) return seconds;
    }
    return guessSeconds(file);
  };
}
