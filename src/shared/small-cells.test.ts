import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '../config.ts';
import { hiddenCells, isSmallCell, suppressCount, suppressCounts, suppressPartition } from './small-cells.ts';

describe('small-cell suppression', () => {
  it('nulls counts from 1 to one below the threshold, and shows zero and the threshold itself', () => {
    assert.deepEqual(
      [0, 1, 4, 5, 12].map((n) => suppressCount(n, 5)),
      [0, null, null, 5, 12],
    );
    assert.equal(isSmallCell(1, 1), false, 'a threshold of 1 suppresses nothing');
  });

  it('marks a group with any suppressed count, and leaves an agency’s own figures whole', () => {
    assert.deepEqual(suppressCounts({ category: 'x', a: 3, b: 7, c: 0 }, 5), {
      category: 'x',
      a: null,
      b: 7,
      c: 0,
      suppressed: true,
    });
    assert.deepEqual(suppressCounts({ a: 7 }, 5), { a: 7 }, 'no marker when nothing is hidden');
    assert.deepEqual(suppressCounts({ a: 3 }, undefined), { a: 3 });
  });

  it('hides more cells of a partition until the total cannot give a small one back', () => {
    // 7 followed up: 6 good, 1 poor. Hiding only the 1 would leave 7 - 6 = 1 in plain sight.
    assert.deepEqual(suppressPartition({ good: 6, poor: 1, fair: 0 }, 5), {
      counts: { good: null, poor: null, fair: 0 },
      suppressed: true,
    });
    // 2 + 1 hidden (3) is below 5: the next smallest, 8, goes too; 20 stays.
    assert.deepEqual(suppressPartition({ a: 20, b: 8, c: 2, d: 1 }, 5), {
      counts: { a: 20, b: null, c: null, d: null },
      suppressed: true,
    });
    assert.deepEqual(suppressPartition({ a: 3, b: 4, c: 9 }, 5), {
      counts: { a: null, b: null, c: 9 },
      suppressed: true,
    });
    assert.deepEqual(suppressPartition({ a: 5, b: 9 }, 5), { counts: { a: 5, b: 9 }, suppressed: false });
    assert.deepEqual(suppressPartition({ a: 1 }, undefined), { counts: { a: 1 }, suppressed: false });
  });

  it('never leaves one cell of a measure hidden alone under its total, overlapping or not', () => {
    // Issue 7: convictions 22 = trafficking 14 + smuggling 2 + forced labour 6 + related 0.
    // Hiding only the 2 gives it back as 22 - 14 - 6 - 0; the next smallest, 6, goes with it.
    const rows = [
      { convictions: 14, arrests: 9 },
      { convictions: 2, arrests: 9 },
      { convictions: 6, arrests: 0 },
      { convictions: 0, arrests: 0 },
    ];
    assert.deepEqual(
      hiddenCells(rows, ['convictions', 'arrests'], 5).map((hidden) => [...hidden]),
      [[], ['convictions'], ['convictions'], []],
    );
    assert.deepEqual(
      hiddenCells(rows, ['convictions'], undefined).map((hidden) => hidden.size),
      [0, 0, 0, 0],
      "an agency's own figures stay exact",
    );
    // Types of exploitation overlap (7 cases, one with two types: 6 + 2 = 8): 2 is still not alone.
    assert.deepEqual(suppressPartition({ forced_labour: 6, other: 2 }, 5).counts, {
      forced_labour: null,
      other: null,
    });
  });

  it('takes its threshold from LINDUNG_SMALL_CELL_THRESHOLD, 5 by default', () => {
    assert.equal(loadConfig({}).statistics.smallCellThreshold, 5);
    assert.equal(loadConfig({ LINDUNG_SMALL_CELL_THRESHOLD: '11' }).statistics.smallCellThreshold, 11);
    assert.throws(() => loadConfig({ LINDUNG_SMALL_CELL_THRESHOLD: '0' }));
  });
});
