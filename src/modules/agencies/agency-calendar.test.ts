import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { todayIn } from './agency-calendar.ts';

describe('today in an agency’s time zone', () => {
  it('is already the next day in Kuala Lumpur while it is still the evening before in UTC', () => {
    const evening = new Date('2026-03-01T23:30:00Z');
    assert.equal(todayIn('UTC', evening), '2026-03-01');
    assert.equal(todayIn('Asia/Kuala_Lumpur', evening), '2026-03-02');
  });
});
