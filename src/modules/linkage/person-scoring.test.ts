import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fingerprintOf, type LinkablePerson, likelyThreshold, scorePersons } from './person-scoring.ts';

let next = 0;
const person = (
  names: string[],
  birth: Partial<LinkablePerson> = {},
  nationality = 'VN',
): LinkablePerson => ({
  id: `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`,
  names,
  sex: 'female',
  birth_precision: 'unknown',
  birth_date: null,
  birth_year: null,
  estimated_age: null,
  estimated_on: null,
  nationality,
  ...birth,
});
const exact = (date: string) => ({ birth_precision: 'exact', birth_date: date });

describe('scoring the persons of an agency', () => {
  it('pairs two records of one person written differently, with an alias, as a likely match', () => {
    const a = person(['Nguyễn Thị Ánh'], exact('1998-02-03'));
    const b = person(['Lan', 'NGUYEN THI ANH'], { birth_precision: 'year', birth_year: 1998 });
    const c = person(['Trần Văn Bình'], exact('1980-11-20'));
    const pairs = scorePersons([a, b, c]);
    assert.equal(pairs.length, 1);
    assert.ok((pairs[0]?.probability ?? 0) >= likelyThreshold);
    assert.deepEqual([pairs[0]?.personA, pairs[0]?.personB].sort(), [a.id, b.id].sort());
  });

  it('reads an estimated age as a birth year', () => {
    const a = person(['Siti Aminah binti Abdullah'], exact('1995-06-01'), 'MY');
    const b = person(
      ['Siti Aminah bt Abdullah'],
      { birth_precision: 'estimated', estimated_age: 30, estimated_on: '2025-08-01' },
      'MY',
    );
    const [pair] = scorePersons([a, b]);
    assert.equal(pair?.evidence.find((e) => e.field === 'birth')?.level, 'same year');
  });

  it('never matches on nothing: no names, single letters, 10k-character names', () => {
    const pairs = scorePersons([
      person([]),
      person([]),
      person(['A']),
      person(['A']),
      person(['x'.repeat(10_000)]),
      person(['x'.repeat(10_000)]),
    ]);
    assert.ok(
      pairs.every((p) => p.probability < likelyThreshold),
      JSON.stringify(pairs),
    );
  });

  it('changes the fingerprint when a compared field changes, not otherwise', () => {
    const a = person(['Nguyễn Thị Ánh'], exact('1998-02-03'));
    assert.equal(fingerprintOf(a), fingerprintOf({ ...a }));
    assert.notEqual(fingerprintOf(a), fingerprintOf({ ...a, names: ['Nguyễn Thị Ánh Hồng'] }));
    assert.notEqual(fingerprintOf(a), fingerprintOf({ ...a, birth_date: '1998-02-04' }));
  });
});
