import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { refusalAuditedOn } from './refused-reads.ts';

describe('what a route’s refusal is audited as, from its method and path', () => {
  it('should name a read of a case, person or screening and the part of it read', () => {
    assert.deepEqual(refusalAuditedOn('GET', '/api/cases/:id'), {
      type: 'case',
      param: 'id',
      action: 'case.read',
    });
    assert.deepEqual(refusalAuditedOn('GET', '/api/persons/:personId/consents'), {
      type: 'person',
      param: 'personId',
      action: 'person.read_consents',
    });
    assert.deepEqual(refusalAuditedOn('GET', '/api/cases/:id/care-plan/versions'), {
      type: 'case',
      param: 'id',
      action: 'case.read_care_plan_versions',
    });
    assert.deepEqual(refusalAuditedOn('GET', '/api/screenings/:id'), {
      type: 'screening',
      param: 'id',
      action: 'screening.read',
    });
  });

  it("should name a case's attachment by its content, and a task, read by their own ids", () => {
    assert.deepEqual(refusalAuditedOn('GET', '/api/attachments/:id/content'), {
      type: 'attachment',
      param: 'id',
      action: 'attachment.read_content',
    });
    assert.deepEqual(refusalAuditedOn('GET', '/api/tasks/:id'), {
      type: 'task',
      param: 'id',
      action: 'task.read',
    });
    assert.equal(refusalAuditedOn('GET', '/api/tasks/mine'), undefined);
  });

  it('should name the read of a referral as its view, and each step taken on one as that step', () => {
    assert.deepEqual(refusalAuditedOn('GET', '/api/referrals/:id'), {
      type: 'referral',
      param: 'id',
      action: 'referral.view',
    });
    for (const step of ['accept', 'decline', 'complete', 'cancel']) {
      assert.deepEqual(refusalAuditedOn('POST', `/api/referrals/:id/${step}`), {
        type: 'referral',
        param: 'id',
        action: `referral.${step}`,
      });
    }
    assert.equal(
      refusalAuditedOn('POST', '/api/referrals/:id/re-referrals')?.action,
      'referral.create',
      'a re-referral refused is named as one done: a referral created (decision 0144)',
    );
  });

  it('should name nothing for lists, searches, other records, a second id or a write elsewhere', () => {
    for (const [method, url] of [
      ['GET', '/api/cases'],
      ['GET', '/api/persons/matches'],
      ['GET', '/api/referrals'],
      ['POST', '/api/referrals'],
      ['POST', '/api/referrals/:id'],
      ['GET', '/api/referrals/:id/accept'],
      ['POST', '/api/cases/:id/notes'],
      ['GET', '/api/cases/:id/workers/:userId'],
    ] as const) {
      assert.equal(refusalAuditedOn(method, url), undefined, `${method} ${url}`);
    }
  });
});
