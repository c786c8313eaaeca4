/**
 * Romanisation equivalences for Burmese, Thai and Khmer names, which have no single standard
 * romanisation. Each rule rewrites a spelling to a common skeleton; applied in order, in one
 * left-to-right pass per rule, on folded tokens. Two tokens with the same skeleton are the same
 * syllable written two ways (Kyaw/Chaw, Htun/Tun, Winn/Win, Chhay/Chay, Somchai/Somchay).
 */
export const romanisationRules: readonly (readonly [pattern: RegExp, replacement: string])[] = [
  // Burmese
  [/ky/g, 'ch'],
  [/gy/g, 'j'],
  [/ht/g, 't'],
  [/hl/g, 'l'],
  [/hm/g, 'm'],
  [/hn/g, 'n'],
  [/hny/g, 'ny'],
  [/aw/g, 'o'],
  [/ei/g, 'ay'],
  [/oo/g, 'u'],
  [/ou/g, 'u'],
  // Soe/So, Moe/Mo: ို with a high tone is written oe at a word's end
  [/oe$/g, 'o'],
  // Thai and Khmer aspirates and vowels; จ is written ch by the RTGS, j by most names (Jaidee/Chaidi)
  [/j/g, 'ch'],
  [/chh/g, 'ch'],
  [/th/g, 't'],
  [/ph/g, 'p'],
  [/kh/g, 'k'],
  [/ea/g, 'ia'],
  [/ai$/g, 'ay'],
  [/ee/g, 'i'],
  [/w/g, 'v'],
  // Doubled letters: Winn/Win, Myintt/Myint, Sokkha/Sokha
  [/([a-z])\1+/g, '$1'],
  // A silent final h: Sah/Sa, Chanthah
  [/([aeiou])h$/g, '$1'],
  // After doubled letters are one (Siriporrn, Vutthy):
  // A Thai final ร is written rn in names (Supaporn, Kornkanok), n by the RTGS (suphaphon): only at
  // a syllable's end, before a consonant or the word's end (Kurniawan, Sukarno keep their rn).
  [/rn(?![aeiouy])/g, 'n'],
  // Thai แ and Khmer ែ are written ae or e (Saengthong/Sengthong, Kaew/Kev), a final ว/វ after
  // it o, w or v (Keo, Kaew, Kaeo, Kev).
  [/ae/g, 'e'],
  [/eo$/g, 'ev'],
  // A final y after a consonant is an i (Vuthy/Vuthi, Rudy/Rudi, Hendry/Hendri).
  [/([^aeiou])y$/g, '$1i'],
];

/**
 * Syllables that mark a name as Burmese, so that a leading "Ma" or "Maung" is read as an
 * honorific rather than as part of the name.
 */
export const burmeseSyllables: ReadonlySet<string> = new Set([
  'aung',
  'kyaw',
  'myint',
  'win',
  'winn',
  'thein',
  'htun',
  'tun',
  'hla',
  'zaw',
  'soe',
  'khin',
  'thida',
  'nyein',
  'oo',
  'thu',
  'naing',
  'min',
  'lwin',
  'moe',
  'htet',
  'phyo',
  'thant',
  'swe',
  'nwe',
  'mya',
  'san',
  'myat',
  'thet',
  'hnin',
  'wai',
  'yin',
  'kyi',
  'chit',
  'htay',
  'khaing',
  'phyu',
  'nyunt',
  'shwe',
  'thaung',
  'htoo',
  'ye',
  'kyu',
  'than',
  'zin',
  'mar',
  'khine',
  'sandar',
  'cho',
  'ei',
  'yadanar',
  'su',
  'myo',
  'tin',
  'maw',
  'nay',
  'lin',
  'pyae',
  'sone',
  'zar',
  'hlaing',
  'sein',
  'thuzar',
  'wint',
]);
