import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '../config.ts';
import { isSmallCell, suppressCount, suppressCounts } from './small-cells.ts';

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

  it('takes its threshold from LINDUNG_SMALL_CELL_THRESHOLD, 5 by default', () => {
    assert.equal(loadConfig({}).statistics.smallCellThreshold, 5);
    assert.equal(loadConfig({ LINDUNG_SMALL_CELL_THRESHOLD: '11' }).statistics.smallCellThreshold, 11);
    assert.throws(() => loadConfig({ LINDUNG_SMALL_CELL_THRESHOLD: '0' }));
  });
});
