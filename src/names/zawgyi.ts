import rabbit from 'rabbit-node';

/**
 * Zawgyi vs Unicode for Burmese script. Zawgyi is a legacy font encoding that reuses Myanmar code
 * points in visual order; text in it looks right in a Zawgyi font and wrong anywhere else, and
 * never matches the same name typed in Unicode. The patterns below cannot occur in well-formed
 * Unicode Burmese (a vowel sign E or medial RA written before its consonant, the Zawgyi-only
 * stacked and alternate forms, U+1039 used as a visible killer); any of them means Zawgyi.
 * (Google's myanmar-tools detector is the statistical alternative; its npm 1.2.0 package ships
 * without its built code, so these rules stand in for it — see decision 0014.)
 */
const zawgyiPatterns: readonly RegExp[] = [
  /(^|[\s\u104a\u104b])\u1031/u, // vowel sign E first in a word (Unicode stores it after the consonant)
  /(^|[\s\u104a\u104b])[\u103b\u107e-\u1084]/u, // medial RA first in a word
  /[\u105a\u1060-\u1097]/u, // Zawgyi-only stacked consonants and alternate forms
  /\u1039(?![\u1000-\u1021])/u, // U+1039 not followed by a consonant: Zawgyi's asat
  /\u1031[\u103b\u107e-\u1084]/u, // E before medial RA: visual order
];

export type BurmeseEncoding = 'zawgyi' | 'unicode';

/** Whether Burmese-script text is in Zawgyi or Unicode; undefined when it holds no Burmese. */
export function detectBurmeseEncoding(value: string): BurmeseEncoding | undefined {
  if (!/[\u1000-\u109f]/u.test(value)) return undefined;
  return zawgyiPatterns.some((pattern) => pattern.test(value)) ? 'zawgyi' : 'unicode';
}

/**
 * Burmese-script text as Unicode: Zawgyi text converted (so that "ေအာင္ေက်ာ္ထက္" typed on a Zawgyi
 * keyboard is the same name as "အောင်ကျော်ထက်"), anything else returned as it is. The conversion is
 * Rabbit's rule table (npm rabbit-node, MIT, no dependencies, no install script), the converter most
 * Burmese sites and keyboards have used; ICU's "Zawgyi-my" transform is not in Node's ICU.
 * For matching only: what the person wrote is kept as written.
 */
export function burmeseAsUnicode(value: string): string {
  return detectBurmeseEncoding(value) === 'zawgyi' ? rabbit.zg2uni(value).normalize('NFC') : value;
}
