import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiProblem } from '../web/src/api/client.ts';
import { isMissingRecord } from '../web/src/app/forms.ts';

describe('an address that leads to no record', () => {
  it('should be missing when the record is not there or not the reader’s (404)', () => {
    assert.equal(isMissingRecord(new ApiProblem(404, { code: 'case_not_found' })), true);
  });

  it('should be missing when the address holds no id at all (400 on the path alone)', () => {
    const noId = new ApiProblem(400, {
      code: 'validation_failed',
      errors: [{ field: 'params.id', message: 'Invalid UUID', code: 'invalid_format' }],
    });
    assert.equal(isMissingRecord(noId), true);
  });

  it('should not be missing when the request itself or the server went wrong', () => {
    const badQuery = new ApiProblem(400, {
      code: 'validation_failed',
      errors: [{ field: 'query.limit', message: 'Too big', code: 'too_big' }],
    });
    assert.equal(isMissingRecord(badQuery), false);
    assert.equal(isMissingRecord(new ApiProblem(400, { code: 'bad_request' })), false);
    assert.equal(isMissingRecord(new ApiProblem(500, {})), false);
    assert.equal(isMissingRecord(new ApiProblem(0, {})), false);
    assert.equal(isMissingRecord(new Error('offline')), false);
  });
});
