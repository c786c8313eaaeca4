import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowedActions, overdueBy } from '../web/src/features/referrals/referral-steps.ts';

/*
 * The web offers only the referral steps the server allows (src/modules/referrals:
 * referralSteps, reRefer, referralPolicy), and says how long a referral is overdue.
 */
type Facts = Parameters<typeof allowedActions>[0];
const referral = (facts: Partial<Facts>): Facts => ({
  direction: 'incoming',
  status: 'pending',
  caseClosed: false,
  consentState: 'in_force',
  ...facts,
});

describe('the referral steps the web offers', () => {
  it('should offer the receiving agency accept and decline while pending, complete and refer on once accepted', () => {
    assert.deepEqual(allowedActions(referral({}), true), ['accept', 'decline']);
    assert.deepEqual(allowedActions(referral({ status: 'accepted' }), true), ['complete', 'referOn']);
  });

  it('should offer only declining or completing when the case is closed or the consent not in force', () => {
    for (const facts of [{ caseClosed: true }, { consentState: 'withdrawn' as const }]) {
      assert.deepEqual(allowedActions(referral(facts), true), ['decline']);
      assert.deepEqual(allowedActions(referral({ ...facts, status: 'accepted' }), true), ['complete']);
    }
  });

  it('should offer the sending agency cancelling until the referral is finished', () => {
    const sent = (status: Facts['status']) =>
      allowedActions(referral({ direction: 'outgoing', status }), true);
    assert.deepEqual(sent('pending'), ['cancel']);
    assert.deepEqual(sent('accepted'), ['cancel']);
    for (const status of ['declined', 'completed', 'cancelled'] as const) assert.deepEqual(sent(status), []);
  });

  it('should offer nothing on a finished referral, nor to a user without referral:manage', () => {
    for (const status of ['declined', 'completed', 'cancelled'] as const) {
      assert.deepEqual(allowedActions(referral({ status }), true), []);
    }
    assert.deepEqual(allowedActions(referral({}), false), []);
    assert.deepEqual(allowedActions(referral({ direction: 'outgoing' }), false), []);
  });
});

describe('how long a referral is overdue', () => {
  const now = new Date('2026-12-02T12:00:00Z');
  it('should say it in the largest whole unit', () => {
    assert.deepEqual(overdueBy('2026-11-29T11:00:00Z', now), { value: 3, unit: 'day' });
    assert.deepEqual(overdueBy('2026-12-01T12:30:00Z', now), { value: 23, unit: 'hour' });
    assert.deepEqual(overdueBy('2026-12-02T11:15:00Z', now), { value: 45, unit: 'minute' });
    assert.deepEqual(overdueBy('2026-12-02T11:59:50Z', now), { value: 1, unit: 'minute' });
  });
});
