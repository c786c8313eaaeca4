import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordReadBy } from './refused-reads.ts';

describe('what a route reads, from its path', () => {
  it('should name a case, person or screening and the part of it read', () => {
    assert.deepEqual(recordReadBy('/api/cases/:id'), { type: 'case', param: 'id' });
    assert.deepEqual(recordReadBy('/api/persons/:personId/consents'), {
      type: 'person',
      param: 'personId',
      part: 'consents',
    });
    assert.deepEqual(recordReadBy('/api/cases/:id/care-plan/versions'), {
      type: 'case',
      param: 'id',
      part: 'care_plan_versions',
    });
    assert.deepEqual(recordReadBy('/api/screenings/:id'), { type: 'screening', param: 'id' });
  });

  it("should name a case's attachment by its content, and a task, read by their own ids", () => {
    assert.deepEqual(recordReadBy('/api/attachments/:id/content'), {
      type: 'attachment',
      param: 'id',
      part: 'content',
    });
    assert.deepEqual(recordReadBy('/api/tasks/:id'), { type: 'task', param: 'id' });
    assert.equal(recordReadBy('/api/tasks/mine'), undefined);
  });

  it('should name nothing for lists, searches, other records or a second id', () => {
    for (const url of [
      '/api/cases',
      '/api/persons/matches',
      '/api/referrals/:id',
      '/api/cases/:id/workers/:userId',
    ]) {
      assert.equal(recordReadBy(url), undefined, url);
    }
  });
});
