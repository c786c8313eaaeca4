import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCalendarDate, readTypedDate, typedDateOf } from '../web/src/components/typed-date.ts';

describe('a date typed in a form of the web app', () => {
  it('should read day-first dates as the region writes them, and ISO dates', () => {
    assert.equal(readTypedDate('14/03/2026'), '2026-03-14');
    assert.equal(readTypedDate(' 4.3.2026 '), '2026-03-04');
    assert.equal(readTypedDate('14-03-2026'), '2026-03-14');
    assert.equal(readTypedDate('2026-03-14'), '2026-03-14');
  });

  it('should read no date from text the calendar has no day for', () => {
    for (const typed of ['31/02/2026', '14/13/2026', '00/03/2026', '2026', 'March 2026', '03/14/2026', '']) {
      assert.equal(readTypedDate(typed), undefined, typed);
    }
  });

  it('should show an ISO date day first, and text still being typed as it is', () => {
    assert.equal(typedDateOf('2026-03-14'), '14/03/2026');
    assert.equal(typedDateOf(''), '');
    assert.equal(typedDateOf('14/3'), '14/3');
    assert.equal(typedDateOf('2026-02-31'), '2026-02-31');
  });

  it('should tell a day of the calendar from a date-shaped text', () => {
    assert.equal(isCalendarDate('2024-02-29'), true);
    assert.equal(isCalendarDate('2026-02-29'), false);
    assert.equal(isCalendarDate('2026-3-14'), false);
  });
});
