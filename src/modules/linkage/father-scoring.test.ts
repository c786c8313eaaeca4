import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { personRecords, prepareRecord, scorePair } from '../../linkage/index.ts';
import { personModel } from './person-model.ts';
import { type LinkablePerson, likelyThreshold } from './person-scoring.ts';

const man = (name: string): LinkablePerson => ({
  id: name,
  names: [name],
  sex: 'male',
  birth_precision: 'exact',
  birth_date: '1992-05-14',
  birth_year: null,
  estimated_age: null,
  estimated_on: null,
  nationality: 'MY',
});

/** Two men's probability and the father's weight, with the reference parameters (a small agency). */
function scored(a: string, b: string) {
  const [x, y] = [man(a), man(b)].flatMap(personRecords).map(prepareRecord) as [
    ReturnType<typeof prepareRecord>,
    ReturnType<typeof prepareRecord>,
  ];
  const score = scorePair(personModel([x, y], 2), x, y, true);
  return { probability: score.probability, father: score.evidence.find((e) => e.field === 'father') };
}

describe("the father's name in a small agency's pair scores (walk10 F3)", () => {
  it('does not take two men of one name and birth date with different fathers for likely the same', () => {
    for (const other of ['Muhammad Hafiz bin Abdullah', 'Hj. Mohamad Hafiz b. Abdullah']) {
      const { probability, father } = scored('Muhammad Hafiz bin Ismail', other);
      assert.ok(probability < likelyThreshold, `${other}: ${probability}`);
      assert.equal(father?.level, 'different');
      assert.ok((father?.weight ?? 0) < 0);
    }
  });

  it('still links the same man with his patronymic spelt otherwise or dropped', () => {
    for (const other of ['Hj. Mohamad Hafiz b. Abdullah', 'Muhammad Hafiz', 'Mohd Hafiz']) {
      const { probability, father } = scored('Muhammad Hafiz bin Abdullah', other);
      assert.ok(probability >= likelyThreshold, `${other}: ${probability}`);
      assert.equal(father?.weight, 0);
    }
  });
});
