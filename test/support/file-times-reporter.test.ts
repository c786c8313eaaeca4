import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import fileTimes, { formatFileTimes, parseFilesWithoutTests, parseFileTimes } from './file-times-reporter.ts';

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
      fileEvent('a test of b', 'test/b.test.ts', 0, 60_000),
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

  it('names the files that ran no test of their own (failed to load, or declare none), after the list', async () => {
    const text = await report([
      fileEvent('a suite', 'src/a.test.ts', 0, 1_500),
      fileEvent('src/b.test.ts', 'src/b.test.ts', 0, 20),
      fileEvent('a suite', 'src/c.test.ts', 0, 900),
      fileEvent('src/c.test.ts', 'src/c.test.ts', 0, 3_000),
    ]);
    assert.deepEqual(text.trim().split('\n'), [
      '# test files by wall time, the slowest first: 3, 5 s in all',
      '#     3.0 s  src/c.test.ts',
      '#     1.5 s  src/a.test.ts',
      '#     0.0 s  src/b.test.ts',
      '# no test ran in src/b.test.ts',
    ]);
    assert.deepEqual(parseFilesWithoutTests(text), ['src/b.test.ts']);
    assert.deepEqual(parseFileTimes(text).length, 3);
  });

  it('reads back its own list, so the lists of shards run apart can be joined', () => {
    const times: [string, number][] = [
      ['test/e2e/web.e2e.test.ts', 123.4],
      ['src/a b.test.ts', 0.1],
    ];
    assert.deepEqual(parseFileTimes(`spec output\n${formatFileTimes(times)}`), times);
  });
});
