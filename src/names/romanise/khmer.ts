import anyAscii from 'any-ascii';

/**
 * Khmer script to the Latin spelling Khmer names are usually written in (Hun Sen, Sok Dara, Chan
 * Sokha), close to the UNGEGN romanisation. Measured on names, any-ascii's letter-by-letter
 * reading is already near it (សុខ ដារ៉ា "sokh dara"; the skeleton rules of src/names make sokh
 * Sok), so it does the letters; the rules here fix what names need and it misses: the marks that
 * only shift a consonant's series or shorten a vowel (់ ៉ ៊) are not letters ("chana" for ចាន់),
 * ុ after a consonant shifted by ៉ or ៊ is u (ហ៊ុន Hun, ប៊ុន Bun), ែ is written e (សែន Sen),
 * and a word that begins with two consonants has the first's inherent vowel between them (សម Sam).
 */

/** Rewrites in Khmer script before reading the letters. */
const before: readonly (readonly [RegExp, string])[] = [
  [/[\u17c9\u17ca]\u17bb/gu, '\u17bc'], // ៊ុ, ៉ុ: u (any-ascii reads ូ "ou", the skeleton makes it u)
  [/[\u17c9-\u17d1\u17d3\u17dd]/gu, ''], // series shifters, bantoc, other marks: no letter
  [/\u17d2[\u1780-\u17a2]$/u, ''], // a subscript consonant ending the word is silent: ពេជ្រ Pech
];

/** Rewrites of the Latin reading. */
const after: readonly (readonly [RegExp, string])[] = [[/ae/g, 'e']];

/** Second-series consonants, whose inherent vowel is o (the first series': a). */
const secondSeries = new Set([...'គឃងជឈញឌឍណទធនពភមយរលវ']);
const khmerConsonant = /^[\u1780-\u17a2]$/u;

/** A Khmer-script word in Latin letters. */
export function romaniseKhmer(word: string): string {
  let text = word;
  for (const [pattern, replacement] of before) text = text.replace(pattern, replacement);
  const chars = [...text];
  const [first = '', second = ''] = chars;
  let latin =
    khmerConsonant.test(first) && khmerConsonant.test(second)
      ? `${anyAscii(first)}${secondSeries.has(first) ? 'o' : 'a'}${anyAscii(chars.slice(1).join(''))}`
      : anyAscii(text);
  for (const [pattern, replacement] of after) latin = latin.replace(pattern, replacement);
  return latin.toLowerCase();
}
