import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { carvedInts } from './carved-ints.ts';

describe('small integer arrays carved from shared blocks', () => {
  it('gives zeroed arrays of the length asked that never overlap, across blocks', () => {
    const arrays = Array.from({ length: 5000 }, (_, i) => carvedInts(1 + (i % 9)));
    arrays.forEach((ints, i) => {
      assert.equal(ints.length, 1 + (i % 9));
      assert.ok(ints.every((value) => value === 0));
      ints.fill(i + 1);
    });
    // 5,000 arrays of 5 numbers on average fill more than one block of 16,384: none wrote over another.
    for (const [i, ints] of arrays.entries())
      assert.ok(
        ints.every((value) => value === i + 1),
        `array ${i}`,
      );
    assert.ok(new Set(arrays.map((ints) => ints.buffer)).size > 1);
  });

  it('makes a long array on its own, not in a block', () => {
    const long = carvedInts(1000);
    assert.equal(long.length, 1000);
    assert.equal(long.buffer.byteLength, 4000);
  });
});
