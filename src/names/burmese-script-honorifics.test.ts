import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import rabbit from 'rabbit-node';
import { nameLinkageKeys } from '../linkage/persons.ts';
import { compareNames, matchTokens, nameWords, normalizeName, searchKeys } from './index.ts';

const own = (name: string) => normalizeName(name).own.map((t) => t.canonical);
const unknownBirth = {
  birth_precision: 'unknown',
  birth_date: null,
  birth_year: null,
  estimated_age: null,
  estimated_on: null,
};

/** A name with an honorific in Myanmar script, the honorific's Latin word, and the name without it. */
const titled: [string, string, string][] = [
  ['ဦးကျော်ဇင်ထက်', 'u', 'ကျော်ဇင်ထက်'],
  ['ဒေါ်ခင်မြ', 'daw', 'ခင်မြ'],
  ['ကိုအောင်ကျော်', 'ko', 'အောင်ကျော်'],
  ['မမြင့်မြတ်', 'ma', 'မြင့်မြတ်'],
  ['မောင်ထွန်းဝင်း', 'maung', 'ထွန်းဝင်း'],
  ['စောထွန်း', 'saw', 'ထွန်း'],
  ['နော်ဆွေ', 'naw', 'ဆွေ'],
  ['နန်းခင်', 'nang', 'ခင်'],
  ['စိုင်းမင်း', 'sai', 'မင်း'],
  ['ဆရာမခင်မြ', 'sayama', 'ခင်မြ'],
];

describe('Burmese honorifics written in Myanmar script', () => {
  for (const [name, title, rest] of titled) {
    it(`peels ${title} off ${name}, keeping the name to match on`, () => {
      const normalised = normalizeName(name);
      assert.deepEqual(normalised.honorifics, [title]);
      assert.deepEqual(own(name), [rest]);
      assert.equal(normalised.display, name);
      assert.deepEqual(searchKeys(normalised), searchKeys(normalizeName(rest)));
    });

    it(`peels ${title} the same when the name was typed in Zawgyi`, () => {
      const zawgyi = rabbit.uni2zg(name);
      assert.notEqual(zawgyi, name);
      const normalised = normalizeName(zawgyi);
      assert.equal(normalised.burmeseEncoding, 'zawgyi');
      assert.deepEqual(normalised.honorifics, [title]);
      assert.deepEqual(
        matchTokens(normalised).map((t) => t.keys),
        matchTokens(normalizeName(rest)).map((t) => t.keys),
      );
      assert.deepEqual(nameLinkageKeys(zawgyi, unknownBirth), nameLinkageKeys(rest, unknownBirth));
    });
  }

  it('peels an honorific written apart, and one before a Latin name', () => {
    assert.deepEqual(own('ဦး ကျော် ဇင် ထက်'), ['ကျော်', 'ဇင်', 'ထက်']);
    assert.deepEqual(normalizeName('ဦး Kyaw Zin').honorifics, ['u']);
    assert.deepEqual(normalizeName('U ကျော်ဇင်').honorifics, ['u']);
  });

  it('takes whole syllables only: မြ (Mya) and မင်း (Min) begin with the letter of မ (Ma) but are names', () => {
    assert.deepEqual(own('မြင့်မြတ်'), ['မြင့်မြတ်']);
    assert.deepEqual(own('မင်းအောင်'), ['မင်းအောင်']);
    assert.deepEqual(own('ကိုယ်'), ['ကိုယ်']);
  });

  it('keeps an honorific that is the whole name, or doubled as a name (Ko Ko, Ma Ma, Maung Maung)', () => {
    for (const name of ['မ', 'ကို', 'ကိုကို', 'မမ', 'မမအေး', 'မောင်မောင်'])
      assert.deepEqual(normalizeName(name).honorifics, [], name);
  });

  it('matches a titled name with the same name untitled, in script and in Latin', () => {
    assert.equal(compareNames(normalizeName('ဒေါ်ခင်မြ'), normalizeName('ခင်မြ')).score, 1);
    assert.equal(compareNames(normalizeName('ဒေါ်ခင်မြ'), normalizeName('Daw Khin Mya')).score, 1);
    assert.equal(compareNames(normalizeName('ဦးကျော်ဇင်ထက်'), normalizeName('Kyaw Zin Htet')).score, 1);
  });

  it('does not let two different names agree on the honorific they share', () => {
    const comparison = compareNames(normalizeName('ဦး ကျော်'), normalizeName('ဦး မြ'));
    assert.equal(comparison.meaningful, false);
    assert.ok(comparison.score < 0.5);
  });

  it('gives U or Daw alone in Myanmar script no words, as in Latin', () => {
    assert.equal(nameWords(normalizeName('ဦး')).length, 0);
    assert.equal(nameWords(normalizeName('ဒေါ်')).length, 0);
  });

  it('offers the Unicode form of a name typed in Zawgyi, and shows what was typed', () => {
    const zawgyi = rabbit.uni2zg('ဒေါ်ခင်မြ');
    const normalised = normalizeName(zawgyi);
    assert.equal(normalised.display, zawgyi);
    assert.equal(normalised.unicode, 'ဒေါ်ခင်မြ');
    assert.equal(normalizeName('ဒေါ်ခင်မြ').unicode, undefined);
    assert.equal(normalizeName('Khin Mya').unicode, undefined);
  });
});
