import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinsMayMeet } from '../names/index.ts';
import { missing, nameComparison } from './comparisons.ts';
import { prepareRecord } from './record.ts';

const prepared = (name: string) => prepareRecord({ id: name, name }, 0);
const levelOf = (a: string, b: string) => {
  const level = nameComparison.compare(prepared(a), prepared(b));
  return level === missing ? 'missing' : nameComparison.levels[level];
};

describe('the name comparison of words written apart and joined', () => {
  const pairs: [apart: string, joined: string][] = [
    ['Thi Da', 'Thida'],
    ['Thi Da Win', 'Thida Win'],
    ['Aung Kyaw Min', 'Aungkyaw Min'],
    ['သီတာ', 'Thida'],
    ['Ya Da Na', 'Yadana'],
    ['Srey Mom', 'Sreymom'],
  ];
  for (const [apart, joined] of pairs)
    it(`compares ${apart} and ${joined} as agreeing names`, () => {
      // Known Burmese names written in syllables are one word already (decision 0090): exact.
      for (const level of [levelOf(apart, joined), levelOf(joined, apart)])
        assert.ok(level === 'exact' || level === 'strong', level);
    });

  it('does not join Nguyen Van on both sides into one rare word (Nguyen Van / Nguyen Van Thanh)', () => {
    assert.equal(levelOf('Nguyen Van', 'Nguyen Van Thanh'), 'different');
  });

  it('tells from the records alone whether a join could meet the other name', () => {
    assert.ok(joinsMayMeet(prepared('Srey Mom').joinSignature, prepared('Sreymom').joinSignature));
    assert.ok(joinsMayMeet(prepared('Sreymom').joinSignature, prepared('Srey Mom').joinSignature));
    // Words both names share never make a join of the one meet a word of the other.
    assert.ok(
      !joinsMayMeet(prepared('Nguyen Van Duc').joinSignature, prepared('Nguyen Thi Lan Anh').joinSignature),
    );
  });
});
