import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { skeleton } from './keys.ts';

describe('spellings of one sound that share a skeleton (rules/romanisation.ts, decision 0147)', () => {
  const same: [string, string][] = [
    ['thura', 'thuya'], // a Burmese Pali ရ written r or y
    ['thurein', 'thuyein'],
    ['sokhom', 'sokhum'], // Khmer ុំ written om or um
    ['sokhoum', 'sokhum'],
    ['mao', 'mau'], // a final ao written au
    ['chao', 'chau'],
    ['sao', 'sau'],
  ];
  for (const [a, b] of same) it(`reads ${a} and ${b} alike`, () => assert.equal(skeleton(a), skeleton(b)));

  it('keeps r and y apart outside Burmese tu-, o and m apart before a vowel, and ao inside a word', () => {
    assert.notEqual(skeleton('maria'), skeleton('maya'));
    assert.notEqual(skeleton('soma'), skeleton('suma'));
    assert.notEqual(skeleton('liaon'), skeleton('liaun'));
  });
});
