import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { oneSlipApart } from './slips.ts';

describe('one typing slip apart', () => {
  it('tells a letter changed, left out, added or two swapped', () => {
    for (const [a, b] of [
      ['muhammad', 'muhammsd'],
      ['muhammad', 'muhmmad'],
      ['muhammad', 'muhammaad'],
      ['muhammad', 'muhamamd'],
      ['muhammad', 'umhammad'],
    ])
      assert.ok(oneSlipApart(a, b) && oneSlipApart(b, a), `${a} / ${b}`);
  });

  it('does not call the same word, or two slips, one slip', () => {
    for (const [a, b] of [
      ['muhammad', 'muhammad'],
      ['muhammad', 'muhmmd'],
      ['muhammad', 'mhumamad'],
      ['muhammad', 'muhammadaa'],
      ['', 'ab'],
    ])
      assert.ok(!oneSlipApart(a, b), `${a} / ${b}`);
    assert.ok(oneSlipApart('', 'a'));
  });
});
