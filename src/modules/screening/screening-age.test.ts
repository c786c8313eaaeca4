import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ageBoundsOn, type BirthOnRecord, checkProfileForAge, profileReasonKept } from './screening-age.ts';

const exact = (date: string): BirthOnRecord => ({
  birth_precision: 'exact',
  birth_date: date,
  birth_year: null,
});
const year = (y: number): BirthOnRecord => ({ birth_precision: 'year', birth_date: null, birth_year: y });

describe('the age a recorded birth gives on a screening date', () => {
  it('turns 18 on the 18th birthday, not the day after', () => {
    assert.deepEqual(ageBoundsOn(exact('2007-06-15'), '2025-06-14'), { min: 17, max: 17 });
    assert.deepEqual(ageBoundsOn(exact('2007-06-15'), '2025-06-15'), { min: 18, max: 18 });
  });

  it('gives a year-only birth a range, closed only on 31 December', () => {
    assert.deepEqual(ageBoundsOn(year(2007), '2025-06-15'), { min: 17, max: 18 });
    assert.deepEqual(ageBoundsOn(year(2007), '2025-12-31'), { min: 18, max: 18 });
    assert.deepEqual(ageBoundsOn(year(2008), '2025-12-30'), { min: 16, max: 17 });
  });

  it('gives no bounds for an estimated or unknown age', () => {
    const estimated = { birth_precision: 'estimated', birth_date: null, birth_year: null };
    assert.equal(ageBoundsOn(estimated, '2025-06-15'), undefined);
  });
});

describe('a screening profile against the person’s age', () => {
  const check = (birth: BirthOnRecord, profile: string, profileReason: string | null = null) =>
    checkProfileForAge({ birth, profile, screenedOn: '2025-11-20', profileReason });

  it('refuses an adult profile for a child, naming profile', () => {
    assert.throws(
      () => check(exact('2014-03-01'), 'adult_labour'),
      (error: { code: string; fields: { field: string }[] }) =>
        error.code === 'profile_not_for_age' && error.fields[0]?.field === 'profile',
    );
    assert.throws(() => check(year(2008), 'adult_sexual'), { code: 'profile_not_for_age' });
  });

  it('allows either profile when a year-only birth straddles the 18th birthday', () => {
    check(year(2007), 'adult_labour');
    check(year(2007), 'child_labour');
  });

  it('asks a reason to screen an adult with a child profile, and takes one', () => {
    assert.throws(() => check(exact('1985-02-02'), 'child_labour'), { code: 'profile_reason_required' });
    check(exact('1985-02-02'), 'child_labour', 'Trafficked at 14 to a fishing boat; exploited as a child');
    check(exact('1985-02-02'), 'adult_labour');
  });
});

describe('the reason kept with a profile', () => {
  it('keeps it with a child profile and drops it with an adult one', () => {
    assert.equal(profileReasonKept('child_labour', 'exploited as a child'), 'exploited as a child');
    assert.equal(profileReasonKept('adult_labour', 'exploited as a child'), null);
  });
});
