import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { birthComparison, missing } from './comparisons.ts';
import { prepareRecord } from './record.ts';

const levelOf = (a: string | null, b: string | null) => {
  const level = birthComparison.compare(
    prepareRecord({ id: 'a', name: 'Aisyah', birth: a }, 0),
    prepareRecord({ id: 'b', name: 'Aisyah', birth: b }, 1),
  );
  return level === missing ? 'missing' : birthComparison.levels[level];
};

describe('the date-of-birth comparison levels', () => {
  const cases: [a: string | null, b: string | null, level: string][] = [
    ['1996-04-02', '1996-04-02', 'exact'],
    ['1996-04-02', '1996-02-04', 'typo or day/month swapped'],
    ['1996-04-02', '1996-04-03', 'typo or day/month swapped'],
    ['1996-04-02', '1996', 'same year'],
    ['1996-04-02', '1996-01-01', 'same year'],
    ['1996', '1997', 'a year apart, one a year only'],
    ['1983-07-14', '1984', 'a year apart, one a year only'],
    ['1996-12-30', '1997-01-01', 'a year apart, one a year only'],
    ['1996', '1998', 'within 2 years'],
    ['1999-04-02', '2001-04-02', 'within 2 years'],
    ['1996-04-02', '1997-09-20', 'full dates differ'],
    ['1996-04-02', '1996-09-20', 'full dates differ in the year'],
    ['1996-04-22', '1996-11-05', 'full dates differ in the year'],
    ['1996-04-02', '1999', 'different'],
    ['1996-01-01', '1999-09-20', 'different'],
    ['1996', '1999', 'different'],
    ['1996', null, 'missing'],
  ];
  for (const [a, b, level] of cases) {
    it(`reads ${a} and ${b} as "${level}"`, () => {
      assert.equal(levelOf(a, b), level);
      assert.equal(levelOf(b, a), level);
    });
  }
});
