import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate, formatDateTime, formatNumber, todayIn } from '../web/src/i18n/format.ts';

describe('dates and numbers in the web app', () => {
  it("should show a moment in the agency's time zone, not the browser's", () => {
    const moment = '2026-12-01T20:30:00Z';
    assert.match(formatDateTime(moment, 'en', 'Asia/Kuala_Lumpur'), /2 Dec 2026.*04:30/);
    assert.match(formatDateTime(moment, 'en', 'Asia/Jakarta'), /2 Dec 2026.*03:30/);
  });

  it('should write the date in the user’s language', () => {
    assert.match(formatDateTime('2026-12-01T04:00:00Z', 'ms', 'Asia/Kuala_Lumpur'), /Dis/);
    assert.match(formatDate('2026-08-17', 'id'), /Agu/);
    assert.match(formatDate('2026-08-17', 'vi'), /17/);
  });

  it('should never move a calendar date to another day', () => {
    for (const locale of ['en', 'ms', 'id', 'vi']) {
      assert.match(formatDate('2026-01-01', locale), /\b1\b|01/);
      assert.doesNotMatch(formatDate('2026-01-01', locale), /2025|31/);
    }
  });

  it('should group digits as the language does', () => {
    assert.equal(formatNumber(12345, 'en'), '12,345');
    assert.equal(formatNumber(12345, 'id'), '12.345');
  });

  it("should give today's date in the agency's time zone", () => {
    assert.match(todayIn('Asia/Kuala_Lumpur'), /^\d{4}-\d{2}-\d{2}$/);
  });
});
