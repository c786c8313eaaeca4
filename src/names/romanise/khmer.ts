import anyAscii from 'any-ascii';

/**
 * Khmer script to the Latin spelling Khmer names are usually written in (Hun Sen, Sok Dara, Chan
 * Sokha), close to the UNGEGN romanisation. Measured on names, any-ascii's letter-by-letter
 * reading is already near it (សុខ ដារ៉ា "sokh dara"; the skeleton rules of src/names make sokh
 * Sok), so it does the letters; the rules here fix what names need and it misses: the marks that
 * only shift a consonant's series or shorten a vowel (់ ៉ ៊) are not letters ("chana" for ចាន់),
 * ុ after a consonant shifted by ៉ or ៊ is u (ហ៊ុន Hun, ប៊ុន Bun), ែ is written e (សែន Sen),
 * ុំ is om (អ៊ុំ Um), and a word that begins with two consonants has the first's inherent vowel
 * between them (សម Sam).
 */

/** Rewrites in Khmer script before reading the letters. */
const before: readonly (readonly [RegExp, string])[] = [
  // ុំ is om, or um after a second-series or shifted consonant (សុំ Som, ឈុំ Chhum, អ៊ុំ Um): om,
  // which the skeleton reads um. any-ascii reads it "oam" ("ouam" after ៊), which no name writes
  // (decision 0180).
  [/[\u17c9\u17ca]?\u17bb\u17c6/gu, 'om'],
  [/[\u17c9\u17ca]\u17bb/gu, '\u17bc'], // ៊ុ, ៉ុ: u (any-ascii reads ូ "ou", the skeleton makes it u)
  [/[\u17c9-\u17d1\u17d3\u17dd]/gu, ''], // series shifters, bantoc, other marks: no letter
  [/\u17d2[\u1780-\u17a2]$/u, ''], // a subscript consonant ending the word is silent: ពេជ្រ Pech
  // A consonant doubled under itself is written once (កញ្ញា Kanha, not "kanhnha"; វណ្ណា Vanna).
  [/([\u1780-\u17a2])\u17d2\1/gu, '$1'],
];

/** Rewrites of the Latin reading. */
const after: readonly (readonly [RegExp, string])[] = [[/ae/g, 'e']];

/** Second-series consonants, whose inherent vowel is o (the first series': a). */
const secondSeries = new Set([...'គឃងជឈញឌឍណទធនពភមយរលវ']);
const khmerConsonant = /^[\u1780-\u17a2]$/u;

const coeng = '\u17d2';

/**
 * Vowels read by the series of the consonant that carries them (a subscript's main consonant):
 * any-ascii reads every vowel as after a first-series consonant, but ុ and ី after a
 * second-series one are u and i (វុទ្ធី Vuthy, នវី Navy, មុនី Mony); ុំ is read as written.
 */
const secondSeriesVowels: Readonly<Record<string, string>> = { '\u17bb': 'u', '\u17b8': 'i' };

function seriesVowels(chars: readonly string[]): string[] {
  return chars.map((char, i) => {
    const reading = secondSeriesVowels[char];
    if (reading === undefined || chars[i + 1] === '\u17c6') return char;
    const main = chars[i - 2] === coeng ? chars[i - 3] : chars[i - 1];
    return main !== undefined && secondSeries.has(main) ? reading : char;
  });
}

/**
 * The inherent vowels of the consonants a word begins with that carry no vowel sign. Two
 * consonants closing a syllable (the word's end, or a subscript after them): the first's inherent
 * vowel by its series (សម Sam, គន្ធា Kon-thea). Consonants opening one another's syllables, as in
 * Pali words (រតនា Ra-ta-na, រតនៈ Ra-ta-nak, នវី Na-vy): a, as names write it (Rathana, Rattanak).
 */
function inherentVowels(chars: readonly string[]): string[] {
  let run = 0;
  while (run < chars.length && khmerConsonant.test(chars[run] as string)) run++;
  if (run < 2) return [...chars];
  const closed = run === 2 && (chars[2] === undefined || chars[2] === coeng);
  const out: string[] = [];
  chars.forEach((char, i) => {
    out.push(char);
    if (i >= run - 1) return;
    out.push(closed ? (secondSeries.has(char) ? 'o' : 'a') : 'a');
  });
  return out;
}

/** A Khmer-script word in Latin letters. */
export function romaniseKhmer(word: string): string {
  let text = word;
  for (const [pattern, replacement] of before) text = text.replace(pattern, replacement);
  let latin = anyAscii(inherentVowels(seriesVowels([...text])).join(''));
  for (const [pattern, replacement] of after) latin = latin.replace(pattern, replacement);
  return latin.toLowerCase();
}
