import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toUnicodeBurmese, toZawgyiBurmese } from './burmese.ts';

describe('Zawgyi to Unicode', () => {
  it('converts words typed in Zawgyi (visual order, Zawgyi medials and killer) to Unicode', () => {
    // "Myanmar" and "thank you" as a Zawgyi keyboard stores them.
    assert.deepEqual(toUnicodeBurmese('\u103b\u1019\u1014\u1039\u1019\u102c'), {
      text: 'မြန်မာ',
      encoding: 'zawgyi',
    });
    assert.equal(toUnicodeBurmese('\u1031\u1000\u103a\u1038\u1007\u1030\u1038').text, 'ကျေးဇူး');
  });

  it('leaves Unicode Burmese and other scripts as they are', () => {
    assert.deepEqual(toUnicodeBurmese('လစာကောင်း'), { text: 'လစာကောင်း', encoding: 'unicode' });
    assert.deepEqual(toUnicodeBurmese('high salary'), { text: 'high salary', encoding: undefined });
  });

  it('turns the generator’s Zawgyi back into the Unicode it came from', () => {
    for (const text of [
      'လစာကောင်း အတွေ့အကြုံမလို ကမ္ဘောဒီးယား',
      'ချက်ချင်း ထွက်ခွာ မြဝတီ ပြည်ပ အလုပ်',
      'ကျောင်းသား ရှာဖွေ',
      'လစာ ဒေါ်လာ ၁၂၀၀ ဒေတာထည့်သွင်း',
    ]) {
      const zawgyi = toZawgyiBurmese(text);
      assert.notEqual(zawgyi, text);
      assert.equal(toUnicodeBurmese(zawgyi).text, text);
    }
  });
});
