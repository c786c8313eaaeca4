import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endOfDay, localDate, nextDate, startOfDay } from './deadline-calendar.ts';

describe('deadline dates in agency time zones', () => {
  const instant = new Date('2026-01-31T16:30:00Z');

  it('dates one instant by where the agency is: Kuala Lumpur (+8), Jakarta and Ho Chi Minh (+7), UTC', () => {
    assert.equal(localDate(instant, 'Asia/Kuala_Lumpur'), '2026-02-01');
    assert.equal(localDate(instant, 'Asia/Jakarta'), '2026-01-31');
    assert.equal(localDate(instant, 'Asia/Ho_Chi_Minh'), '2026-01-31');
    assert.equal(localDate(instant, 'UTC'), '2026-01-31');
    assert.equal(localDate(new Date('2026-01-31T17:00:00Z'), 'Asia/Jakarta'), '2026-02-01');
  });

  it('begins a day at local midnight', () => {
    assert.equal(startOfDay('2026-03-22', 'Asia/Kuala_Lumpur').toISOString(), '2026-03-21T16:00:00.000Z');
    assert.equal(startOfDay('2026-03-22', 'Asia/Jakarta').toISOString(), '2026-03-21T17:00:00.000Z');
    assert.equal(startOfDay('2026-03-22', 'Asia/Ho_Chi_Minh').toISOString(), '2026-03-21T17:00:00.000Z');
    assert.equal(startOfDay('2026-03-22', 'UTC').toISOString(), '2026-03-22T00:00:00.000Z');
  });

  it('keeps a date due all day: overdue from the next local midnight, across month and year ends', () => {
    assert.equal(endOfDay('2026-01-31', 'Asia/Kuala_Lumpur').toISOString(), '2026-01-31T16:00:00.000Z');
    assert.equal(endOfDay('2026-12-31', 'Asia/Jakarta').toISOString(), '2026-12-31T17:00:00.000Z');
    assert.equal(endOfDay('2026-04-30', 'UTC').toISOString(), '2026-05-01T00:00:00.000Z');
  });

  it('knows 29 February in leap years only', () => {
    assert.equal(nextDate('2028-02-28'), '2028-02-29');
    assert.equal(nextDate('2028-02-29'), '2028-03-01');
    assert.equal(nextDate('2026-02-28'), '2026-03-01');
    assert.equal(endOfDay('2028-02-29', 'Asia/Ho_Chi_Minh').toISOString(), '2028-02-29T17:00:00.000Z');
  });

  it('finds local midnight across a change of clocks', () => {
    // Europe/London moves to summer time on 29 March 2026.
    assert.equal(startOfDay('2026-03-29', 'Europe/London').toISOString(), '2026-03-29T00:00:00.000Z');
    assert.equal(startOfDay('2026-03-30', 'Europe/London').toISOString(), '2026-03-29T23:00:00.000Z');
  });
});
