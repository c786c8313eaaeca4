import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareNames } from './match.ts';
import { normalizeName } from './normalize.ts';

const read = (name: string) => {
  const n = normalizeName(name);
  return { own: n.own.map((t) => t.canonical), honorifics: [...n.honorifics] };
};

// UNCONFIRMED rule (rules/filipino.ts): not in the shared reference; Philippine records' usage.
describe('Ma. in a Filipino name (decision 0117)', () => {
  it('reads "Ma." as Maria', () => {
    assert.deepEqual(read('Ma. Cristina Santos Reyes').own, ['maria', 'cristina', 'santos', 'reyes']);
    assert.deepEqual(read('MA. THERESA VILLANUEVA').own, ['maria', 'theresa', 'villanueva']);
  });

  it('leaves a bare Ma alone (a Burmese syllable, the Vietnamese Mã)', () => {
    assert.deepEqual(read('Ma Cristina Santos').own, ['ma', 'cristina', 'santos']);
  });

  it('peels "Ma." before a Burmese name as the honorific Ma', () => {
    assert.deepEqual(read('Ma. Thida'), { own: ['thida'], honorifics: ['ma'] });
    assert.deepEqual(read('Ma. Khin Aye').honorifics, ['ma']);
  });

  it('lets "Ma. Cristina" and "Maria Cristina" meet as the same name', () => {
    const score = (a: string, b: string) => compareNames(normalizeName(a), normalizeName(b)).score;
    assert.equal(score('Ma. Cristina Reyes', 'Maria Cristina Reyes'), 1);
    assert.ok(score('Ma Cristina Reyes', 'Maria Cristina Reyes') < 1);
  });
});
