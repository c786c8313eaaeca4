import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TruthRecord } from '../bench/linkage/data.ts';
import { bestThreshold } from '../bench/linkage/evaluate.ts';

describe('the best threshold by the truth (bench/linkage/evaluate.ts)', () => {
  // Records 0–2 one person, 3 and 4 another: four true pairs.
  const records = ['a', 'a', 'a', 'b', 'b'].map((truth, id) => ({ id: String(id), truth }) as TruthRecord);

  it('cuts where F1 is highest and says at which score', () => {
    const scored: [number, number, number][] = [
      [0, 1, 0.99],
      [3, 4, 0.9],
      [1, 3, 0.8], // a false pair
      [0, 2, 0.7],
      [2, 4, 0.1], // a false pair
    ];
    const best = bestThreshold(records, scored, 4);
    // At 0.7: 3 true of 4 taken, 1 false → P 0.75, R 0.75; at 0.9: P 1, R 0.5 (F1 0.667).
    assert.equal(best.threshold, 0.7);
    assert.equal(best.precision, 0.75);
    assert.equal(best.recall, 0.75);
  });

  it('never cuts between two pairs of the same score', () => {
    // A true and a false pair at 0.9: a threshold takes both or neither.
    const best = bestThreshold(
      records,
      [
        [1, 3, 0.9],
        [0, 1, 0.9],
      ],
      4,
    );
    assert.equal(best.threshold, 0.9);
    assert.equal(best.precision, 0.5);
  });

  it('gives F1 0 with no pair scored', () => {
    assert.equal(bestThreshold(records, [], 4).f1, 0);
  });
});
