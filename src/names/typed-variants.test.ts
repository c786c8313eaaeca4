import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { typedVariants } from './keys.ts';
import { compareNames } from './match.ts';
import { normalizeName } from './normalize.ts';

const search = (typed: string, stored: string) =>
  compareNames(normalizeName(typed), normalizeName(stored), 'search');

describe('a word still being typed reaches the canonical name its other spellings begin (issue 8 F4)', () => {
  it('maps the beginnings of known spellings to their canonical form', () => {
    assert.deepEqual(typedVariants('moh'), ['muhammad']);
    assert.deepEqual(typedVariants('muh'), ['muhammad']);
    assert.deepEqual(typedVariants('muha'), ['muhammad']);
    assert.deepEqual(typedVariants('moha'), ['muhammad']);
    assert.deepEqual(typedVariants('yuso'), ['yusuf']);
    assert.deepEqual(typedVariants('noo'), ['nur', 'nurul']);
  });

  it('maps no whole spelling (already canonical), nothing under three letters and no unknown beginning', () => {
    for (const token of ['mohd', 'muhd', 'mhd', 'md', 'nur', 'mo', 'mu', 'm', 'xyz', 'mohan'])
      assert.deepEqual(typedVariants(token), [], token);
  });

  it('finds Mohd, Mohamad and Muhammad from Muh, Moh, Mhd and Muhd typed as the last word', () => {
    for (const typed of ['Muh', 'Moh', 'Muha', 'Moha', 'Mhd', 'Muhd', 'Faizal Moh'])
      for (const stored of ['Mohd Faizal', 'Mohamad Faizal', 'Muhammad Faizal']) {
        const result = search(typed, stored);
        assert.ok(result.score > 0.5, `${typed} / ${stored}: ${result.score}`);
        assert.ok(!result.agreements.includes('none'), `${typed} / ${stored}: ${result.agreements}`);
      }
  });

  it('reads a beginning only in the word being typed, and only in a search', () => {
    assert.deepEqual(search('Moh Faizal', 'Mohd Faizal').agreements, ['none', 'exact']);
    assert.deepEqual(compareNames(normalizeName('Moh'), normalizeName('Mohd')).agreements, ['none']);
  });

  it('ranks a whole word typed above a name it only begins', () => {
    assert.ok(search('Moh', 'Moh Kim Seng').score > search('Moh', 'Mohd Faizal').score);
    assert.ok(search('Faizal Muh', 'Mohd Faizal').score > search('Muh', 'Mohd Faizal').score);
  });
});
