import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareNames } from './match.ts';
import { normalizeName } from './normalize.ts';
import { spelledTogetherAlike, togetherSkeleton } from './together.ts';

const own = (name: string) => normalizeName(name).own;
const compare = (a: string, b: string) => compareNames(normalizeName(a), normalizeName(b), 'pair');

describe('a name split into words in other places (decision 0134)', () => {
  const same: [string, string][] = [
    ['Min Thura Soe', 'MIN THU RASOE'], // Burmese syllables joined differently on both sides
    ['Hlathant Thet', 'Maung Hla Thantthet'], // the title peeled first
    ['Thantnaing Naing', 'Mg Thantt Naiing Naing'], // doubled letters read once
    ['Daw Nay Yinthant', 'Nayyinn Thant'],
    ['Ong Yi-wai', 'Ong Yee Wai'], // a Chinese given name hyphened, joined or apart
  ];
  for (const [a, b] of same)
    it(`meets ${a} and ${b} as one name`, () => {
      assert.ok(spelledTogetherAlike(own(a), own(b)));
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const) {
        const comparison = compare(x, y);
        assert.ok(comparison.score >= 0.9, `${x} / ${y}: ${comparison.score}`);
        assert.ok(comparison.meaningful);
      }
    });

  it('costs a father written by one side only a little, and gives way to fathers that differ', () => {
    assert.ok(compare('Nur Azura bt Mohd Zain', 'Nurazura').score >= 0.9);
    assert.ok(compare('Siti Nurhaliza binti Ahmad', 'Sitinur Haliza binti Ahmad').score >= 0.9);
    assert.ok(compare('Siti Nurhaliza binti Ahmad', 'Sitinur Haliza binti Hassan').score < 0.9);
  });

  it('keeps letters in their order: another order is no such match', () => {
    assert.ok(!spelledTogetherAlike(own('Thura Min Soe'), own('Min Thu Rasoe')));
  });

  it('reads nothing together for a short name, or one with a word that is no Latin letters', () => {
    assert.equal(togetherSkeleton(own('Ah Ko')), '');
    assert.equal(togetherSkeleton(own('Aung 00 Min')), '');
  });

  it('is no name match on common words alone (Nguyen Van)', () => {
    assert.ok(compare('Nguyen Van', 'Nguy Envan').score <= 0.5);
  });

  it("scores the same whichever name comes first, by the more cautious side's words", () => {
    for (const [a, b] of [
      ['Sit In Ur', 'Siti Nur'],
      ['Nguyen Van', 'Nguy Envan'],
    ] as const)
      assert.deepEqual(
        [compare(a, b).score, compare(a, b).meaningful],
        [compare(b, a).score, compare(b, a).meaningful],
        `${a} / ${b}`,
      );
    assert.ok(compare('Sit In Ur', 'Siti Nur').score <= 0.5);
  });
});
