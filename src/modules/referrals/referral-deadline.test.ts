import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPack } from '../../jurisdictions/index.ts';
import { responseDeadline } from './referral-deadline.ts';

describe('response deadlines of referrals', () => {
  const sentAt = new Date('2026-03-01T09:30:00Z');

  it("takes the hours from the receiving agency's pack: 24, 72 and 10 days in Malaysia's", () => {
    const my = getPack('my');
    assert.equal(responseDeadline('emergency', my, sentAt).toISOString(), '2026-03-02T09:30:00.000Z');
    assert.equal(responseDeadline('urgent', my, sentAt).toISOString(), '2026-03-04T09:30:00.000Z');
    assert.equal(responseDeadline('routine', my, sentAt).toISOString(), '2026-03-11T09:30:00.000Z');
  });

  it('follows a pack with other limits', () => {
    const pack = { referralResponseHours: { emergency: 12, urgent: 48, routine: 168 } };
    assert.equal(responseDeadline('emergency', pack, sentAt).toISOString(), '2026-03-01T21:30:00.000Z');
    assert.equal(responseDeadline('routine', pack, sentAt).toISOString(), '2026-03-08T09:30:00.000Z');
  });

  it('counts from now when no sending time is given', () => {
    const before = Date.now();
    const deadline = responseDeadline('emergency', getPack('generic')).getTime();
    assert.ok(deadline >= before + 24 * 3_600_000 && deadline <= Date.now() + 24 * 3_600_000);
  });
});
