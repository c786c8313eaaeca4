import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareNames } from './match.ts';
import { normalizeName } from './normalize.ts';
import { searchKeys } from './search-keys.ts';

const score = (a: string, b: string) => compareNames(normalizeName(a), normalizeName(b)).score;

/** Two spellings of one name by ear meet in a pair and share a search key. */
function sameName(a: string, b: string) {
  it(`${a} meets ${b}, in a pair and by a search key`, () => {
    assert.ok(score(a, b) >= 0.9);
    const keys = new Set(searchKeys(normalizeName(b)).keys);
    assert.ok(searchKeys(normalizeName(a)).keys.some((key) => keys.has(key)));
  });
}

describe('Tamil and Arabic aspirates written with or without the h (UNCONFIRMED, decision 0153)', () => {
  for (const [a, b] of [
    ['Sudharsan', 'Sudarsan'],
    ['Radha', 'Rada'],
    ['Bharathi', 'Barathi'],
    ['Subhash', 'Subash'],
    ['Ramadhan', 'Ramadan'],
    ['Ridhwan', 'Ridwan'],
  ] as const)
    sameName(a, b);
});

describe('a y gliding from i into a vowel, written or left out (UNCONFIRMED, decision 0153)', () => {
  for (const [a, b] of [
    ['Priya', 'Pria'],
    ['Preeya', 'Pria'],
    ['Riyanti', 'Rianti'],
    ['Diyana', 'Diana'],
  ] as const)
    sameName(a, b);
  it('keeps a y that begins a word or follows another vowel', () => {
    assert.ok(score('Yanti', 'Anti') < 0.9);
    assert.ok(score('Maya', 'Maa') < 0.9);
  });
});
