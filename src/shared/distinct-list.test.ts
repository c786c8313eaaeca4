import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { distinctList } from './distinct-list.ts';

const purposes = distinctList(z.enum(['repatriation', 'legal_aid', 'shelter']), 3);
const problemCodes = (value: unknown) =>
  (purposes.safeParse(value).error?.issues ?? []).map((issue) => issue.code);

describe('a list in which each value counts once', () => {
  it('should keep a list of distinct values as given', () => {
    assert.deepEqual(purposes.parse(['legal_aid', 'repatriation']), ['legal_aid', 'repatriation']);
    assert.deepEqual(purposes.parse([]), []);
  });

  it('should fold a value given twice into its first place', () => {
    assert.deepEqual(purposes.parse(['shelter', 'legal_aid', 'shelter', 'legal_aid']), [
      'shelter',
      'legal_aid',
    ]);
  });

  it('should still refuse unknown values and too many', () => {
    assert.deepEqual(problemCodes(['piracy']), ['invalid_value']);
    const names = distinctList(z.string(), 2);
    assert.deepEqual(
      names.parse(['Ani', 'Ani', 'Budi']),
      ['Ani', 'Budi'],
      'the bound counts distinct values',
    );
    assert.equal(names.safeParse(['Ani', 'Budi', 'Citra']).error?.issues[0]?.code, 'too_big');
  });
});
