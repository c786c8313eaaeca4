import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { responseDeadline } from './referral-deadline.ts';

describe('response deadlines of referrals', () => {
  const sentAt = new Date('2026-03-01T09:30:00Z');

  it('gives an emergency 24 hours, an urgent referral 72 and a routine one 10 days', () => {
    assert.equal(responseDeadline('emergency', sentAt).toISOString(), '2026-03-02T09:30:00.000Z');
    assert.equal(responseDeadline('urgent', sentAt).toISOString(), '2026-03-04T09:30:00.000Z');
    assert.equal(responseDeadline('routine', sentAt).toISOString(), '2026-03-11T09:30:00.000Z');
  });

  it('counts from now when no sending time is given', () => {
    const before = Date.now();
    const deadline = responseDeadline('emergency').getTime();
    assert.ok(deadline >= before + 24 * 3_600_000 && deadline <= Date.now() + 24 * 3_600_000);
  });
});
