import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fatherComparison, missing, weighs } from './comparisons.ts';
import { prepareRecord } from './record.ts';

const levelOf = (a: string, b: string) => {
  const level = fatherComparison.compare(
    prepareRecord({ id: 'a', name: a }, 0),
    prepareRecord({ id: 'b', name: b }, 1),
  );
  return level === missing ? 'missing' : fatherComparison.levels[level];
};

describe("the father's name comparison", () => {
  const cases: [a: string, b: string, level: string][] = [
    // The new-user walk's two men (walk10 F3): one name, different fathers.
    ['Muhammad Hafiz bin Ismail', 'Muhammad Hafiz bin Abdullah', 'different'],
    ['Muhammad Hafiz bin Ismail', 'Hj. Mohamad Hafiz b. Abdullah', 'different'],
    ['Muhammad Hafiz bin Abdullah', 'Hj. Mohamad Hafiz b. Abdullah', 'exact or variant'],
    ['Nurul Aina binti Abdul Rahman', 'Nurul Aina bt Abd Rahman', 'exact or variant'],
    ['Kumar a/l Muthusamy', 'Kumar s/o Muthusamy', 'exact or variant'],
    // One father written another way: Abd left out, a slip in a word (decision 0106).
    ['NOR HIDAYAT BTE ABD AZIZ', 'Nur Hidayah bte Aziz', 'close'],
    ['Siti Aminah binti Ismail Hashim', 'Siti Aminah bt Ismial', 'close'],
    // A patronymic dropped on one side is no evidence, nor a name without one.
    ['Muhammad Hafiz bin Abdullah', 'Muhammad Hafiz', 'missing'],
    ['Muhammad Hafiz bin Abdullah', 'Muhammad Hafiz bin', 'missing'],
    ['Nguyen Van Duc', 'Nguyen Van Duc', 'missing'],
    // A father named as his son: his word is one token with the son's, read at the father's place
    // (his Ahmad is found in the other's own name: close, not different).
    ['Ahmad Faizal bin Ahmad', 'Ahmad Faizal bin Yusof', 'close'],
    ['Ahmad Faizal bin Ahmad', 'Ahmad Faizal b. Ahmad', 'exact or variant'],
  ];
  for (const [a, b, level] of cases)
    it(`reads ${a} and ${b} as "${level}"`, () => {
      assert.equal(levelOf(a, b), level);
      assert.equal(levelOf(b, a), level);
    });

  it('weighs only a disagreement: agreement is counted by the whole name already', () => {
    assert.deepEqual(
      fatherComparison.levels.map((_, level) => weighs(fatherComparison, level)),
      [false, false, true],
    );
    assert.equal(weighs(fatherComparison, missing), false);
  });
});
