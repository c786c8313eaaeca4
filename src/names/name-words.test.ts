import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameWords, normalizeName } from './index.ts';

const words = (name: string) => nameWords(normalizeName(name)).map((token) => token.canonical);

describe('the words of a name', () => {
  for (const name of [
    'bin binti',
    'binti',
    'Haji',
    'Hj.',
    '-- ..',
    '\u200b\u200b',
    'Haji Encik',
    'a/l',
    'Daw',
    'U',
  ]) {
    it(`finds no word in ${JSON.stringify(name)}`, () => assert.deepEqual(words(name), []));
  }

  it('keeps Burmese syllables that are also honorifics, and a single letter', () => {
    assert.deepEqual(words('Tun Tun'), ['tun', 'tun']);
    assert.deepEqual(words('Ko Ko'), ['ko', 'ko']);
    assert.deepEqual(words('Maung'), ['maung']);
    assert.deepEqual(words('A'), ['a']);
  });

  it('leaves the titles out of a name that has words', () =>
    assert.deepEqual(words('Haji Ahmad bin Hassan'), ['ahmad', 'hassan']));

  it('makes one token of a word written alike, in one name or in two (a million records share them)', () => {
    const [siti, aminah] = normalizeName('Siti Aminah').own;
    const other = normalizeName('AMINAH binti Siti');
    assert.equal(other.own[0], aminah);
    assert.equal(other.father[0], siti);
    assert.notEqual(normalizeName('Mohd Aminah').own[0], siti);
  });
});
