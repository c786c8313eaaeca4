import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameLinkageKeys } from '../linkage/persons.ts';
import { compareNames, matchTokens, normalizeName } from './index.ts';
import { burmeseAsUnicode } from './zawgyi.ts';

/** Burmese names as a Zawgyi keyboard writes them, and as Unicode. */
const names: [string, string, string][] = [
  ['Aung Kyaw Htet', 'ေအာင္ေက်ာ္ထက္', 'အောင်ကျော်ထက်'],
  ['Myint Myat Aye', 'ျမင့္ျမတ္ေအး', 'မြင့်မြတ်အေး'],
  ['Maung Maung', 'ေမာင္ေမာင္', 'မောင်မောင်'],
  ['Khin Maung Aye', 'ခင္ေမာင္ေအး', 'ခင်မောင်အေး'],
];
const unknownBirth = {
  birth_precision: 'unknown',
  birth_date: null,
  birth_year: null,
  estimated_age: null,
  estimated_on: null,
};

describe('Zawgyi Burmese is matched as the Unicode it stands for', () => {
  for (const [label, zawgyi, unicode] of names) {
    it(`converts ${label} from Zawgyi to Unicode, and leaves Unicode as it is`, () => {
      assert.equal(burmeseAsUnicode(zawgyi), unicode);
      assert.equal(burmeseAsUnicode(unicode), unicode);
    });

    it(`matches ${label} in Zawgyi with the Unicode name, keeping what was typed for display`, () => {
      const typed = normalizeName(zawgyi);
      assert.equal(typed.display, zawgyi);
      assert.equal(typed.burmeseEncoding, 'zawgyi');
      assert.deepEqual(
        matchTokens(typed).map((t) => t.keys),
        matchTokens(normalizeName(unicode)).map((t) => t.keys),
      );
      assert.equal(compareNames(typed, normalizeName(unicode)).score, 1);
    });

    it(`gives ${label} in Zawgyi the linkage blocks of the Unicode name, so that a scan pairs them`, () =>
      assert.deepEqual(nameLinkageKeys(zawgyi, unknownBirth), nameLinkageKeys(unicode, unknownBirth)));
  }

  it('leaves Latin and Thai names as they are', () => {
    assert.equal(burmeseAsUnicode('Aung Kyaw Htet'), 'Aung Kyaw Htet');
    assert.equal(burmeseAsUnicode('สมชาย'), 'สมชาย');
  });
});
