import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type LinkageResult, linkRecords, maxUSamples, sampleIndexes, uSampleSize } from './index.ts';
import { KeyNumbers } from './key-numbers.ts';
import { generatedPersons, personOptions as options } from './test-fixture.ts';

/** 3,000 persons recorded 2–4 times each (9,016 records; the bench's generator, fixed seed). */
const records = generatedPersons(3000);

/** Pairwise F1 against the generator's persons, and the pairs called matches. */
function scoreOf(result: LinkageResult) {
  const sizes = Map.groupBy(records, (r) => r.truth);
  const truePairs = [...sizes.values()].reduce((s, g) => s + (g.length * (g.length - 1)) / 2, 0);
  const matched = new Set<number>();
  let truePositives = 0;
  const { scored } = result;
  for (let p = 0; p < scored.count; p++) {
    if ((scored.probability[p] as number) < result.threshold) continue;
    matched.add(p);
    if (records[scored.left[p] as number]?.truth === records[scored.right[p] as number]?.truth)
      truePositives++;
  }
  const precision = truePositives / matched.size;
  const recall = truePositives / truePairs;
  return { f1: (2 * precision * recall) / (precision + recall), matched };
}

describe('learning on a sample', () => {
  it('calls the same pairs matches as learning on every record, within a tight tolerance', () => {
    const full = linkRecords(records, options);
    const sampled = linkRecords(records, { ...options, sampleRecords: 5000 });
    const a = scoreOf(full);
    const b = scoreOf(sampled);
    assert.ok(a.f1 > 0.9, `F1 on every record ${a.f1}`);
    assert.ok(Math.abs(a.f1 - b.f1) < 0.005, `F1 ${a.f1} on every record, ${b.f1} on a sample`);
    const changed =
      [...a.matched].filter((p) => !b.matched.has(p)).length +
      [...b.matched].filter((p) => !a.matched.has(p)).length;
    assert.ok(changed < 0.02 * a.matched.size, `${changed} of ${a.matched.size} decisions changed`);
    // Term frequencies stay the whole population's: only m, u and the prior come from the sample.
    assert.deepEqual(sampled.model.frequencies, full.model.frequencies);
    assert.equal(sampled.model.recordCount, records.length);
    assert.notEqual(sampled.model.prior, full.model.prior, 'the sample was used');
  });

  it('draws the same sample for the same seed, without repeats, in the records’ order', () => {
    const sample = sampleIndexes(1000, 100, 7);
    assert.deepEqual(sample, sampleIndexes(1000, 100, 7));
    assert.notDeepEqual(sample, sampleIndexes(1000, 100, 8));
    assert.equal(new Set(sample).size, 100);
    assert.ok(sample.every((x, i) => x >= 0 && x < 1000 && (i === 0 || x > (sample[i - 1] as number))));
    assert.deepEqual(sampleIndexes(5, 10, 1), Int32Array.from([0, 1, 2, 3, 4]));
  });
});

describe('random pairs for u (decision 0098)', () => {
  it('draws four per possible partner of a record, at most 50,000', () => {
    // FEBRL 3: 5,000 records, each could pair with 4,999 others.
    assert.equal(uSampleSize(5000, (5000 * 4999) / 2), 4 * 4999);
    // FEBRL 4, link mode: each record could pair with the 5,000 of the other source.
    assert.equal(uSampleSize(10_000, 5000 * 5000), 20_000);
    // From 12,501 records (each with 12,500 partners) on, 50,000 as before: the scale runs' u is unchanged.
    assert.equal(uSampleSize(12_501, (12_501 * 12_500) / 2), maxUSamples);
    assert.equal(uSampleSize(100_000, (100_000 * 99_999) / 2), maxUSamples);
    assert.equal(uSampleSize(2, 1), 4);
    assert.equal(uSampleSize(0, 0), 1);
  });

  it('lets an explicit number of pairs win', () => {
    const few = generatedPersons(100);
    const defaulted = linkRecords(few, options);
    assert.deepEqual(
      linkRecords(few, { ...options, uSamples: 4 * (few.length - 1) }).model.u,
      defaulted.model.u,
    );
    assert.notDeepEqual(linkRecords(few, { ...options, uSamples: 50_000 }).model.u, defaulted.model.u);
  });
});

describe('block key numbers', () => {
  it('numbers keys densely in order of first sight, past their first capacity', () => {
    const numbers = new KeyNumbers();
    for (let i = 0; i < 300_000; i++) assert.equal(numbers.numberOf(`key ${i}`), i);
    for (let i = 0; i < 300_000; i += 997) assert.equal(numbers.numberOf(`key ${i}`), i);
    assert.equal(numbers.size, 300_000);
  });
});
