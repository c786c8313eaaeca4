import { stripVTControlCharacters } from 'node:util';

/**
 * How `test/run.ts` splits the test files between its shards (one process each, the files run one
 * after the other in it) and keeps their spec output readable when two shards write at once.
 */

/**
 * What a file is expected to take when no earlier run timed it: a browser walk holds Chromium and
 * a server for a minute or more, a database file opens PGlite and PostgreSQL, a unit file is quick.
 */
export function guessSeconds(file: string): number {
  if (file.endsWith('.e2e.test.ts')) return 60;
  if (file.endsWith('.int.test.ts')) return 10;
  return 1;
}

/**
 * Splits the files into `count` lists of about equal time, the longest file first into the list
 * with the least so far. Each list keeps the files in path order, so a shard's order is the same
 * from run to run for the same split (no test may depend on it, but a failure is redone exactly).
 */
export function splitIntoShards(
  files: readonly string[],
  count: number,
  seconds: (file: string) => number,
): string[][] {
  const shards = Array.from({ length: count }, () => ({ files: [] as string[], seconds: 0 }));
  const longestFirst = [...files].sort((a, b) => seconds(b) - seconds(a) || a.localeCompare(b));
  for (const file of longestFirst) {
    const shortest = shards.reduce((least, shard) => (shard.seconds < least.seconds ? shard : least));
    shortest.files.push(file);
    shortest.seconds += seconds(file);
  }
  return shards.map((shard) => shard.files.sort()).filter((list) => list.length > 0);
}

/**
 * Cuts a shard's spec output into blocks that are written whole: a top-level suite's lines from
 * its heading (`▶ name`) to its result at the left margin. Lines that arrive in between belong to
 * that block, so the two shards' suites never interleave line by line.
 */
export class SpecBlocks {
  #pending = '';
  #block: string[] = [];

  /** Takes a chunk of output; returns the blocks it completed, as text to write. */
  push(chunk: string): string {
    this.#pending += chunk;
    const lines = this.#pending.split('\n');
    this.#pending = lines.pop() ?? '';
    let done = '';
    for (const line of lines) {
      this.#block.push(line);
      if (isTopLevelEnd(line)) {
        done += `${this.#block.join('\n')}\n`;
        this.#block = [];
      }
    }
    return done;
  }

  /** What is left when the shard's output ends. */
  end(): string {
    const rest = [...this.#block, ...(this.#pending ? [this.#pending] : [])];
    this.#block = [];
    this.#pending = '';
    return rest.length > 0 ? `${rest.join('\n')}\n` : '';
  }
}

/** A line at the left margin that is not a suite's heading ends a block (a result, a summary). */
function isTopLevelEnd(line: string): boolean {
  const plain = stripVTControlCharacters(line);
  return plain.length > 0 && !/^\s/.test(plain) && !plain.startsWith('▶');
}
