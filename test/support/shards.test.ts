import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guessSeconds, SpecBlocks, splitIntoShards } from './shards.ts';

describe('splitting the test files into shards', () => {
  it('gives each shard about the same time, the longest files first to the emptiest shard', () => {
    const seconds = new Map([
      ['a', 10],
      ['b', 9],
      ['c', 6],
      ['d', 4],
      ['e', 1],
    ]);
    const shards = splitIntoShards([...seconds.keys()], 2, (file) => seconds.get(file) ?? 0);
    assert.deepEqual(shards, [
      ['a', 'd', 'e'],
      ['b', 'c'],
    ]);
  });

  it('puts every file in exactly one shard, and makes no empty shard', () => {
    const files = ['src/x.test.ts', 'test/e2e/y.e2e.test.ts', 'src/z.int.test.ts'];
    const shards = splitIntoShards(files, 5, guessSeconds);
    assert.equal(shards.length, 3);
    assert.deepEqual(shards.flat().sort(), [...files].sort());
  });

  it('expects a browser walk to take longest and a unit file least when no run timed them', () => {
    assert.ok(guessSeconds('test/e2e/web.e2e.test.ts') > guessSeconds('src/db/migrate.int.test.ts'));
    assert.ok(guessSeconds('src/db/migrate.int.test.ts') > guessSeconds('src/db/tenant.test.ts'));
  });
});

describe("a shard's spec output", () => {
  it('is let through a top-level suite at a time, however its chunks were cut', () => {
    const blocks = new SpecBlocks();
    assert.equal(blocks.push('▶ cases\n  ✔ opens a ca'), '');
    assert.equal(blocks.push('se (2ms)\n'), '');
    assert.equal(blocks.push('✔ cases (5ms)\n▶ refer'), '▶ cases\n  ✔ opens a case (2ms)\n✔ cases (5ms)\n');
    assert.equal(blocks.push('rals\n'), '');
    assert.equal(blocks.end(), '▶ referrals\n');
  });

  it('lets a summary line through at once, coloured or not', () => {
    const blocks = new SpecBlocks();
    assert.equal(
      blocks.push('ℹ tests 3\n\u001b[34mℹ pass 3\u001b[39m\n'),
      'ℹ tests 3\n\u001b[34mℹ pass 3\u001b[39m\n',
    );
    assert.equal(blocks.end(), '');
  });
});
