import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import fileTimes, { formatFileTimes, parseFileTimes } from './file-times-reporter.ts';

const fileEvent = (name: string, file: string, nesting: number, ms: number) => ({
  type: 'test:complete',
  data: { name, nesting, file: path.resolve(file), details: { duration_ms: ms } },
});

async function report(events: { type: string; data?: unknown }[]): Promise<string> {
  async function* source() {
    yield* events;
  }
  let text = '';
  for await (const line of fileTimes(source())) text += line;
  return text;
}

describe('the file times reporter', () => {
  it("lists each file's own time, the slowest first, and leaves out its suites and tests", async () => {
    const text = await report([
      fileEvent('a suite', 'src/a.test.ts', 0, 900_000),
      fileEvent('a test', 'src/a.test.ts', 1, 800_000),
      fileEvent('src/a.test.ts', 'src/a.test.ts', 0, 2_500),
      { type: 'test:pass', data: { name: 'src/b.test.ts', nesting: 0 } },
      fileEvent('test/b.test.ts', 'test/b.test.ts', 0, 61_000),
    ]);
    assert.deepEqual(text.trim().split('\n'), [
      '# test files by wall time, the slowest first: 2, 64 s in all',
      '#    61.0 s  test/b.test.ts',
      '#     2.5 s  src/a.test.ts',
    ]);
  });

  it("sums a file's top-level suites and tests when the files share one process (no entry per file)", async () => {
    const text = await report([
      fileEvent('a suite', 'src/a.test.ts', 0, 1_500),
      fileEvent('a test in it', 'src/a.test.ts', 1, 1_400),
      fileEvent('another suite', 'src/a.test.ts', 0, 2_000),
      fileEvent('the only suite', 'test/b.test.ts', 0, 500),
    ]);
    assert.deepEqual(text.trim().split('\n'), [
      '# test files by wall time, the slowest first: 2, 4 s in all',
      '#     3.5 s  src/a.test.ts',
      '#     0.5 s  test/b.test.ts',
    ]);
  });

  it('reads back its own list, so the lists of shards run apart can be joined', () => {
    const times: [string, number][] = [
      ['test/e2e/web.e2e.test.ts', 123.4],
      ['src/a b.test.ts', 0.1],
    ];
    assert.deepEqual(parseFileTimes(`spec output\n${formatFileTimes(times)}`), times);
  });
});
