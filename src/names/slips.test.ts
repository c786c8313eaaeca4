import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { oneSlipApart } from './slips.ts';

describe('one typing slip apart', () => {
  it('tells a letter changed, left out, added or two swapped', () => {
    const oneSlip: [string, string][] = [
      ['muhammad', 'muhammsd'],
      ['muhammad', 'muhmmad'],
      ['muhammad', 'muhammaad'],
      ['muhammad', 'muhamamd'],
      ['muhammad', 'umhammad'],
      ['', 'a'],
    ];
    for (const [a, b] of oneSlip) assert.ok(oneSlipApart(a, b) && oneSlipApart(b, a), `${a} / ${b}`);
  });

  it('does not call the same word, or two slips, one slip', () => {
    const notOne: [string, string][] = [
      ['muhammad', 'muhammad'],
      ['muhammad', 'muhmmd'],
      ['muhammad', 'mhumamad'],
      ['muhammad', 'muhammadaa'],
      ['', 'ab'],
    ];
    for (const [a, b] of notOne) assert.ok(!oneSlipApart(a, b), `${a} / ${b}`);
  });
});
