import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseBirth } from './birth-text.ts';
import { shareLinksWithoutFullDate } from './one-person-at-most.ts';

// Records 0 and 1: one person born 1980 (linked together); 2: a namesake born 1975; 3: no date;
// 5: a year alone (a namesake born 1980-09-02 is 6).
const records = [
  { birth: parseBirth('1980-04-17') },
  { birth: parseBirth('1980-04-17') },
  { birth: parseBirth('1975-02-03') },
  { birth: undefined },
  { birth: undefined },
  { birth: parseBirth('1980') },
  { birth: parseBirth('1980-09-02') },
];

/** Scored pairs from [left, right, probability] rows. */
function scoredOf(rows: readonly (readonly [number, number, number])[]) {
  return {
    left: Int32Array.from(rows.map((r) => r[0])),
    right: Int32Array.from(rows.map((r) => r[1])),
    probability: Float64Array.from(rows.map((r) => r[2])),
    count: rows.length,
  };
}

describe('a record without a full date is one person at most (decision 0156)', () => {
  it('shares its links between two persons the dates keep apart: neither link stands alone', () => {
    const scored = scoredOf([
      [0, 1, 0.99],
      [0, 2, 0.01],
      [3, 0, 0.6],
      [1, 3, 0.6],
      [3, 2, 0.6],
    ]);
    shareLinksWithoutFullDate(records, scored, 0.5);
    const [, , toFirst, toSecond, toNamesake] = scored.probability;
    assert.ok((toFirst as number) < 0.5 && (toSecond as number) < 0.5 && (toNamesake as number) < 0.5);
    assert.ok(Math.abs((toFirst as number) - 1.5 / 4) < 1e-9, String(toFirst));
  });

  it('keeps the link to the person it agrees with far better', () => {
    const scored = scoredOf([
      [3, 0, 0.999],
      [3, 2, 0.6],
    ]);
    shareLinksWithoutFullDate(records, scored, 0.5);
    assert.ok((scored.probability[0] as number) > 0.5);
    assert.ok((scored.probability[1] as number) < 0.01);
  });

  it('leaves the links to one person alone, and pairs below the threshold', () => {
    const scored = scoredOf([
      [0, 1, 0.99],
      [3, 0, 0.6],
      [3, 1, 0.7],
      [3, 2, 0.3],
    ]);
    shareLinksWithoutFullDate(records, scored, 0.5);
    assert.deepEqual([...scored.probability], [0.99, 0.6, 0.7, 0.3]);
  });

  it('leaves a link between two records without a date alone', () => {
    const scored = scoredOf([
      [3, 4, 0.8],
      [3, 0, 0.6],
    ]);
    shareLinksWithoutFullDate(records, scored, 0.5);
    assert.deepEqual([...scored.probability], [0.8, 0.6]);
  });

  it('reads a year alone as no full date: two persons born that year share its links', () => {
    const scored = scoredOf([
      [5, 0, 0.7],
      [5, 6, 0.7],
      [3, 5, 0.9],
    ]);
    shareLinksWithoutFullDate(records, scored, 0.5);
    const [toFirst, toNamesake, toDateless] = scored.probability;
    assert.ok((toFirst as number) < 0.5 && (toNamesake as number) < 0.5, String([toFirst, toNamesake]));
    assert.equal(toDateless, 0.9);
  });

  it('shares the links of a record without a date between two records of a year the model keeps apart (decision 0172)', () => {
    // 3 has no date; 5 (1980) and 7 (1987-01-01, a default) are namesakes' records of other years.
    const withDefault = [...records, { birth: parseBirth('1987-01-01') }];
    const scored = scoredOf([
      [3, 5, 0.8],
      [7, 3, 0.8],
    ]);
    shareLinksWithoutFullDate(withDefault, scored, 0.5, () => false);
    const [toYear, toDefault] = scored.probability;
    assert.ok(Math.abs((toYear as number) - 4 / 9) < 1e-9, String(toYear));
    assert.equal(toDefault, toYear);
  });

  it('keeps the links of a record without a date to records of a year the model links (decision 0172)', () => {
    const scored = scoredOf([
      [3, 5, 0.8],
      [3, 6, 0.7],
    ]);
    shareLinksWithoutFullDate(records, scored, 0.5, () => true);
    assert.deepEqual([...scored.probability], [0.8, 0.7]);
  });

  it('reads two linked records the model links when scored together as one person (decision 0163)', () => {
    // 0 and 6 were never a candidate pair (say, a year mistyped); the model links them when asked.
    const scored = scoredOf([
      [3, 0, 0.6],
      [3, 6, 0.7],
    ]);
    const asked: [number, number][] = [];
    shareLinksWithoutFullDate(records, scored, 0.5, (a, b) => {
      asked.push([a, b]);
      return true;
    });
    assert.deepEqual([...scored.probability], [0.6, 0.7]);
    assert.deepEqual(asked, [[6, 0]]);
  });

  it('still shares the links when the model keeps the two persons apart', () => {
    const scored = scoredOf([
      [3, 0, 0.6],
      [3, 6, 0.7],
    ]);
    shareLinksWithoutFullDate(records, scored, 0.5, () => false);
    assert.ok((scored.probability[0] as number) < 0.5 && (scored.probability[1] as number) < 0.5);
  });

  it('asks nothing when the linked records are already one person', () => {
    const scored = scoredOf([
      [0, 1, 0.99],
      [3, 0, 0.6],
      [3, 1, 0.7],
    ]);
    shareLinksWithoutFullDate(records, scored, 0.5, () => assert.fail('asked'));
    assert.deepEqual([...scored.probability], [0.99, 0.6, 0.7]);
  });

  /** The model's probability for two records scored together, from [a, b, probability] rows; 0 otherwise. */
  const together =
    (rows: readonly (readonly [number, number, number])[]) =>
    (a: number, b: number): number =>
      rows.find(([x, y]) => (x === a && y === b) || (x === b && y === a))?.[2] ?? 0;

  it("raises a weak pair with its person's other record through the person (decision 0169)", () => {
    // 3 has no date: linked to 0; its pair with 1, 0's other record, is weak alone.
    const scored = scoredOf([
      [0, 1, 0.99],
      [3, 0, 0.9],
      [3, 1, 0.2],
    ]);
    shareLinksWithoutFullDate(records, scored, 0.5, undefined, {
      floor: 0.001,
      probability: together([[0, 1, 0.99]]),
    });
    const [, , raised] = scored.probability;
    assert.ok(Math.abs((raised as number) - 0.9 * 0.99) < 1e-12, String(raised));
  });

  it('leaves a weak pair whose record no link joins to the person: the model is not asked (at 200,000 records, 800,000 pairs)', () => {
    // 0 and 6 were never a candidate pair; the model would link them, but is not asked.
    const scored = scoredOf([
      [3, 0, 0.9],
      [3, 6, 0.2],
    ]);
    shareLinksWithoutFullDate(records, scored, 0.5, () => true, { floor: 0.001, probability: () => 0.8 });
    assert.deepEqual([...scored.probability], [0.9, 0.2]);
  });

  it('carries no link along a chain: the raised record must be one person with each record linked by', () => {
    // 3 is linked to 0 and 1 (one person); 6 is one person with 1 (a slip) but not with 0.
    const scored = scoredOf([
      [0, 1, 0.99],
      [3, 0, 0.9],
      [3, 1, 0.9],
      [3, 6, 0.2],
    ]);
    const model = together([
      [0, 1, 0.99],
      [1, 6, 0.9],
      [0, 6, 0.1],
    ]);
    shareLinksWithoutFullDate(records, scored, 0.5, undefined, { floor: 0.001, probability: model });
    assert.equal(scored.probability[3], 0.2);
  });

  it('leaves a pair with evidence against one person (below the floor), and one with another person', () => {
    const scored = scoredOf([
      [0, 1, 0.99],
      [3, 0, 0.9],
      [3, 1, 0.0005],
      [3, 2, 0.3],
    ]);
    const model = together([[0, 1, 0.99]]);
    shareLinksWithoutFullDate(records, scored, 0.5, () => false, { floor: 0.001, probability: model });
    assert.deepEqual([...scored.probability], [0.99, 0.9, 0.0005, 0.3]);
  });

  it('links a dateless record to no namesake when two persons share it, however its weak pairs are raised', () => {
    // 3 is linked to 0's person and to 2, a namesake born 1975; its weak pair with 1 takes at most 0's share.
    const scored = scoredOf([
      [0, 1, 0.99],
      [3, 0, 0.8],
      [3, 2, 0.8],
      [3, 1, 0.2],
    ]);
    shareLinksWithoutFullDate(records, scored, 0.5, () => false, { floor: 0.001, probability: () => 1 });
    const [, toFirst, toNamesake, toSecond] = scored.probability;
    // Odds 4 each over 1 + 4 + 4.
    assert.ok(Math.abs((toFirst as number) - 4 / 9) < 1e-12, String(toFirst));
    assert.equal(toNamesake, toFirst);
    assert.equal(toSecond, toFirst);
  });
});
