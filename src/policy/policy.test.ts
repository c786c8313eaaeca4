import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ForbiddenError } from '../shared/errors.ts';
import { type Actor, allows, authorize, can, type Policy, Refusal } from './policy.ts';

const actor = (skipPolicyChecks = false): Actor => ({
  userId: '00000000-0000-4000-8000-000000000001',
  agencyId: '00000000-0000-4000-8000-000000000002',
  permissions: new Set(),
  via: 'session',
  skipPolicyChecks,
});

const notYours = new Refusal('not_yours', 'Only the owner may.');
const policy = {
  open: () => true,
  closed: () => false,
  owned: (who: Actor, subject: { ownerId: string }) => subject.ownerId === who.userId || notYours,
} satisfies Policy<{ ownerId: string }>;
const someoneElses = { ownerId: '00000000-0000-4000-8000-000000000009' };

describe('policies', () => {
  it('refuses with the rule’s named refusal, or the generic one for a plain no', () => {
    assert.throws(
      () => authorize(actor(), policy, 'owned', someoneElses),
      (error: unknown) => error instanceof ForbiddenError && error.code === 'not_yours',
    );
    assert.throws(
      () => authorize(actor(), policy, 'closed', someoneElses),
      (error: unknown) => error instanceof ForbiddenError && error.code === 'forbidden',
    );
    authorize(actor(), policy, 'open', someoneElses);
    authorize(actor(true), policy, 'owned', someoneElses);
  });

  it('answers a refusal as no when asked whether a rule allows (a Refusal is a truthy object)', () => {
    assert.equal(allows(actor(), policy, 'owned', someoneElses), false);
    assert.equal(allows(actor(), policy, 'owned', { ownerId: actor().userId }), true);
    assert.equal(allows(actor(), policy, 'closed', someoneElses), false);
  });

  it('names the permissions a refusing rule asked for and the user lacks, and none when it refused on the subject', () => {
    const reader: Actor = { ...actor(), permissions: new Set(['case:read']) };
    const cases = {
      write: (who: Actor, subject: { agencyId: string }) =>
        can(who, 'case:write') && subject.agencyId === who.agencyId,
      read: (who: Actor, subject: { agencyId: string }) =>
        can(who, 'case:read') && subject.agencyId === who.agencyId,
      report: (who: Actor) => can(who, 'statistics:read') || can(who, 'training:manage'),
    } satisfies Policy<{ agencyId: string }>;
    const missing = (action: keyof typeof cases, subject: { agencyId: string }) => {
      try {
        authorize(reader, cases, action, subject);
      } catch (error) {
        assert.ok(error instanceof ForbiddenError);
        return error.missingPermissions;
      }
      return 'allowed';
    };
    const own = { agencyId: reader.agencyId };
    assert.deepEqual(missing('write', own), ['case:write']);
    assert.deepEqual(missing('report', own), ['statistics:read', 'training:manage'], 'either would do');
    assert.deepEqual(missing('read', { agencyId: 'another' }), [], 'held, but refused on the subject');
    assert.equal(missing('read', own), 'allowed');
  });
});
