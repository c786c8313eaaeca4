import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { distinctList } from './distinct-list.ts';

const purposes = distinctList(z.enum(['repatriation', 'legal_aid', 'shelter']), 3);
const problems = (value: unknown) =>
  (purposes.safeParse(value).error?.issues ?? []).map((issue) => [
    issue.code,
    (issue as { params?: { code?: string } }).params?.code,
  ]);

describe('a list in which each value may appear once', () => {
  it('should keep a list of distinct values as given', () => {
    assert.deepEqual(purposes.parse(['legal_aid', 'repatriation']), ['legal_aid', 'repatriation']);
    assert.deepEqual(purposes.parse([]), []);
  });

  it('should refuse a value given twice with given_twice, not fold it', () => {
    assert.deepEqual(problems(['legal_aid', 'shelter', 'legal_aid']), [['custom', 'given_twice']]);
  });

  it('should still refuse unknown values and too many', () => {
    assert.equal(problems(['piracy'])[0]?.[0], 'invalid_value');
    assert.equal(problems(['legal_aid', 'shelter', 'repatriation', 'legal_aid'])[0]?.[0], 'too_big');
  });
});
