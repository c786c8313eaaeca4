import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ageBands, compareDimensionKeys } from './dimension-order.ts';

describe('compareDimensionKeys', () => {
  it('sorts age bands youngest first, not as text, with the unknown age last', () => {
    const shuffled = ['48+', 'unknown', '18-20', '9-17', '30-38', '0-8', '21-23', '39-47', '27-29', '24-26'];
    assert.deepEqual(
      shuffled.sort((a, b) => compareDimensionKeys('age_band', a, b)),
      ageBands,
    );
    assert.ok(compareDimensionKeys('age_band', '9-17', '18-20') < 0, '9-17 before 18-20');
  });

  it('sorts other dimensions as text, with unknown last', () => {
    assert.deepEqual(
      ['unknown', 'VN', 'ID', 'MY'].sort((a, b) => compareDimensionKeys('nationality', a, b)),
      ['ID', 'MY', 'VN', 'unknown'],
    );
  });
});
