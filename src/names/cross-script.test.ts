import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameLinkageKeys } from '../linkage/index.ts';
import { compareNames } from './match.ts';
import { nameWords } from './name-words.ts';
import { normalizeName } from './normalize.ts';
import { searchKeys } from './search-keys.ts';

/** Real public figures' and common names, in their script and their usual Latin spelling. */
const sameName: [group: string, script: string, latin: string][] = [
  ['Burmese', 'ကျော်ဇင်ထက်', 'Kyaw Zin Htet'],
  ['Burmese', 'အောင်ဆန်းစုကြည်', 'Aung San Suu Kyi'],
  ['Burmese', 'သန်းရွှေ', 'Than Shwe'],
  ['Burmese', 'မင်းအောင်လှိုင်', 'Min Aung Hlaing'],
  ['Burmese', 'ဦးသိန်းစိန်', 'U Thein Sein'],
  ['Burmese', 'ဒေါ်ခင်ညွန့်', 'Daw Khin Nyunt'],
  ['Burmese', 'ထွန်းထွန်း', 'Tun Tun'],
  ['Burmese', 'စိုးမင်း', 'Soe Min'],
  ['Thai', 'ประยุทธ์ จันทร์โอชา', 'Prayut Chan-o-cha'],
  ['Thai', 'สมชาย', 'Somchai'],
  ['Thai', 'สมศักดิ์ ใจดี', 'Somsak Jaidee'],
  ['Thai', 'ประวิตร วงษ์สุวรรณ', 'Prawit Wongsuwan'],
  ['Thai', 'บุญมี แก้ว', 'Bunmi Kaew'],
  ['Thai', 'ทักษิณ ชินวัตร', 'Thaksin Shinawatra'], // an etymological family name (exceptions data)
  ['Thai', 'รัฐพล ศรีสุข', 'Ratthaphon Srisuk'], // ฐ read again as the next syllable's onset
  ['Thai', 'ศิริพร วัฒนา', 'Siriporn Watthana'],
  ['Thai', 'กัลยา รัตนพันธ์', 'Kanlaya Rattanaphan'], // ต and ล read again (decision 0170)
  ['Thai', 'รัชนี ศรีสุข', 'Ratchanee Srisuk'],
  ['Burmese', 'ဒေါ်အေးအေးခိုင်', 'Daw Aye Aye Khaing'], // the honorific in script, the vowel alone
  ['Khmer', 'ពេជ្រ សុភា', 'Pech Sophea'], // a last subscript consonant is silent
  ['Khmer', 'ហ៊ុន សែន', 'Hun Sen'],
  ['Khmer', 'សុខ ដារ៉ា', 'Sok Dara'],
  ['Khmer', 'ចាន់ សុខា', 'Chan Sokha'],
  ['Khmer', 'ហ៊ុន ម៉ាណែត', 'Hun Manet'],
];

const birth = {
  birth_precision: 'exact',
  birth_date: '1993-12-03',
  birth_year: null,
  estimated_age: null,
  estimated_on: null,
};

describe('a name in its script and in Latin', () => {
  for (const [group, script, latin] of sameName) {
    it(`${group}: ${script} and ${latin} share a search key and match both ways`, () => {
      const a = normalizeName(script);
      const b = normalizeName(latin);
      const keys = new Set(searchKeys(b).keys);
      assert.ok(
        searchKeys(a).keys.some((key) => keys.has(key)),
        'no shared search key',
      );
      for (const [query, candidate] of [
        [a, b],
        [b, a],
      ] as const) {
        const found = compareNames(query, candidate, 'search');
        assert.ok(found.score >= 0.9 && found.meaningful, `search score ${found.score}`);
      }
      assert.ok(compareNames(a, b).score >= 0.9);
    });

    it(`${group}: ${script} and ${latin} share a linkage block`, () => {
      const blocks = new Set(nameLinkageKeys(latin, birth).linkageKeys);
      assert.ok(nameLinkageKeys(script, birth).linkageKeys.some((key) => blocks.has(key)));
    });
  }

  it('keeps the name as written for display and its own tokens, the Latin reading apart', () => {
    const name = normalizeName('ကျော်ဇင်ထက်');
    assert.equal(name.display, 'ကျော်ဇင်ထက်');
    assert.deepEqual(
      name.own.map((t) => t.canonical),
      ['ကျော်ဇင်ထက်'],
    );
    assert.deepEqual(
      name.latin?.own.map((t) => t.canonical),
      ['kyaw', 'zin', 'htet'],
    );
  });

  it('does not match different names across scripts', () => {
    assert.ok(compareNames(normalizeName('สมชาย'), normalizeName('Somsak'), 'search').score < 0.5);
    assert.ok(compareNames(normalizeName('ហ៊ុន សែន'), normalizeName('Sok Dara')).score < 0.5);
    assert.ok(compareNames(normalizeName('သန်းရွှေ'), normalizeName('Kyaw Zin Htet')).score < 0.5);
  });
});

describe('never a match on nothing across scripts', () => {
  // ဥ reads "u", ก alone "ka" is two letters but Thai marks alone read nothing.
  for (const script of ['\u0e48\u0e49', '\u17cb', 'ဥ', '\u200b\u0e4c']) {
    it(`gives ${JSON.stringify(script)} no Latin reading and no key shared with a one-letter name`, () => {
      const name = normalizeName(script);
      assert.equal(name.latin, undefined);
      const initial = searchKeys(normalizeName('U')).keys;
      assert.ok(!searchKeys(name).keys.some((key) => initial.includes(key)));
      assert.equal(compareNames(name, normalizeName('U'), 'search').score, 0);
    });
  }

  it('a script name without words stays without words', () =>
    assert.equal(nameWords(normalizeName('\u0e48\u0e49')).length, 0));
});
