import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { calendarDay, calendarMoment, longestPeriodFrom, maxPeriodYears, periodProblems } from './period.ts';

const fields = { from: 'query.from', to: 'query.to' };

describe('periodProblems', () => {
  it('accepts a period of exactly twenty years, both days counted', () => {
    assert.equal(maxPeriodYears, 20);
    assert.deepEqual(periodProblems({ from: '2006-01-01', to: '2025-12-31' }, fields), []);
    assert.deepEqual(periodProblems({ from: '2025-03-01', to: '2025-03-01' }, fields), []);
  });

  it('refuses a period one day longer than twenty years, naming the end', () => {
    const [problem, ...rest] = periodProblems({ from: '2006-01-01', to: '2026-01-01' }, fields);
    assert.deepEqual(rest, []);
    assert.equal(problem?.field, 'query.to');
    assert.equal(problem?.code, 'period_too_long');
    assert.match(problem?.message ?? '', /20 years after query\.from/);
  });

  it('counts twenty years from 29 February as ending on the last day of February', () => {
    assert.deepEqual(periodProblems({ from: '2004-02-29', to: '2024-02-28' }, fields), []);
    assert.equal(periodProblems({ from: '2004-02-29', to: '2024-02-29' }, fields).length, 1);
  });

  it('refuses a date before 1900, which PostgreSQL may not even hold, naming each', () => {
    assert.deepEqual(
      periodProblems({ from: '0000-01-01', to: '0000-01-02' }, fields).map((p) => [p.field, p.code]),
      [
        ['query.from', 'date_too_early'],
        ['query.to', 'date_too_early'],
      ],
    );
    assert.equal(longestPeriodFrom('0000-01-01'), '1900-01-01');
    assert.equal(longestPeriodFrom('1910-06-30'), '1900-01-01');
    assert.equal(longestPeriodFrom('2026-06-30'), '2006-07-01');
  });

  it('refuses a period that ends before it starts, naming the start', () => {
    const problems = periodProblems(
      { from: '2025-12-01', to: '2025-01-01' },
      { from: 'body.from', to: 'body.to' },
    );
    assert.deepEqual(
      problems.map((problem) => [problem.field, problem.code]),
      [['body.from', 'ends_before_start']],
    );
  });
});

describe('calendarDay and calendarMoment', () => {
  /** What a day's check says: valid, its rule's code, or `format` for a day that is not one. */
  const codesOf = (schema: typeof calendarDay | typeof calendarMoment, value: string) => {
    const result = schema.safeParse(value);
    if (result.success) return 'valid';
    return result.error.issues
      .map((issue) => (issue.code === 'custom' ? String(issue.params?.code) : 'format'))
      .join();
  };

  it('take the days from 1900 to 2999, and refuse by code those outside', () => {
    assert.equal(codesOf(calendarDay, '1900-01-01'), 'valid');
    assert.equal(codesOf(calendarDay, '2999-12-31'), 'valid');
    assert.equal(codesOf(calendarDay, '0000-01-01'), 'date_too_early');
    assert.equal(codesOf(calendarDay, '9999-12-31'), 'date_too_late');
    assert.equal(codesOf(calendarDay, '2026-02-30'), 'format');
  });

  it('read a moment by its day as written, with its offset', () => {
    assert.equal(codesOf(calendarMoment, '2026-12-03T10:00:00+08:00'), 'valid');
    assert.equal(codesOf(calendarMoment, '0099-06-01T00:00:00Z'), 'date_too_early');
    assert.equal(codesOf(calendarMoment, '9999-12-31T23:00:00-08:00'), 'date_too_late');
  });
});

describe('one problem per day or moment sent', () => {
  const codes = (result: { error?: { issues: { code: string; params?: { code?: string } }[] } }) =>
    result.error?.issues.map((issue) => issue.params?.code ?? issue.code);

  it('should name a day that is no date by its format only, not also as too early', () => {
    assert.deepEqual(codes(calendarDay.safeParse('0000-13-01')), ['invalid_format']);
    assert.deepEqual(codes(calendarMoment.safeParse('0000-13-01T00:00:00Z')), ['invalid_format']);
  });

  it('should name a date before 1900 as too early, once', () => {
    assert.deepEqual(codes(calendarDay.safeParse('0000-01-01')), ['date_too_early']);
  });
});
