import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { committedTimesFile, expectedSeconds, readFileTimes, writeFileTimes } from './file-times.ts';
import { guessSeconds } from './shards.ts';

describe("the test files' times the shards are split by", () => {
  it("takes a file's time from the last run here, else from the committed list, else guesses by its kind", () => {
    const lastRun = new Map([['src/a.int.test.ts', 3]]);
    const committed = new Map([
      ['src/a.int.test.ts', 30],
      ['test/e2e/b.e2e.test.ts', 150],
    ]);
    const seconds = expectedSeconds(lastRun, committed);
    assert.equal(seconds('src/a.int.test.ts'), 3);
    assert.equal(seconds('test/e2e/b.e2e.test.ts'), 150);
    assert.equal(seconds('test/e2e/new.e2e.test.ts'), guessSeconds('test/e2e/new.e2e.test.ts'));
  });

  it('writes a list by file path to a tenth of a second, and reads it back', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'lindung-file-times-'));
    try {
      const file = path.join(folder, 'times.json');
      writeFileTimes(file, [
        ['test/z.test.ts', 1.04],
        ['src/a.test.ts', 12.36],
      ]);
      assert.deepEqual(Object.keys(JSON.parse(readFileSync(file, 'utf8'))), [
        'src/a.test.ts',
        'test/z.test.ts',
      ]);
      assert.deepEqual(
        [...readFileTimes(file)],
        [
          ['src/a.test.ts', 12.4],
          ['test/z.test.ts', 1],
        ],
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reads a missing list as empty', () => {
    assert.equal(readFileTimes(path.join(tmpdir(), 'lindung-no-such-times.json')).size, 0);
  });

  it('has a committed list that names only test files of the repository, each with a time', () => {
    const committed = readFileTimes(committedTimesFile);
    assert.ok(committed.size > 0, `${committedTimesFile} is empty`);
    for (const [file, seconds] of committed) {
      assert.match(file, /^(src|test)\/.+\.test\.ts$/);
      assert.ok(seconds >= 0, `${file}: ${seconds}`);
    }
  });
});
