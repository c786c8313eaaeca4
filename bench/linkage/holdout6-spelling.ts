/**
 * How a clerk respells a name of the sixth held-out set (decision 0206): by ear, from an old
 * document, without the diacritics, with a slip of the keyboard. Written blind, from how such
 * names are known to drift between agencies, not from the project's name rules.
 */
export type Random = () => number;

export const pick = <T>(random: Random, values: readonly T[]): T =>
  values[Math.floor(random() * values.length)] as T;

/** Drops accents and marks, đ/Đ too (it has no decomposition), as a keyboard without them writes. */
export function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** One slip of the keyboard in a word: a letter dropped, doubled, swapped with the next or mistyped. */
export function typo(random: Random, word: string): string {
  if (word.length < 3) return word;
  const at = 1 + Math.floor(random() * (word.length - 1));
  const kind = random();
  if (kind < 0.3) return word.slice(0, at) + word.slice(at + 1);
  if (kind < 0.5) return word.slice(0, at) + word[at] + word.slice(at);
  if (kind < 0.75 && at < word.length - 1)
    return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  const near: Record<string, string> = {
    a: 's',
    e: 'r',
    i: 'o',
    o: 'i',
    u: 'y',
    n: 'm',
    m: 'n',
    h: 'j',
    t: 'r',
    r: 't',
    s: 'a',
    y: 'u',
  };
  const letter = word[at]?.toLowerCase() ?? '';
  return word.slice(0, at) + (near[letter] ?? letter) + word.slice(at + 1);
}

/** Rewrites one matching pattern (the first rule that applies of a shuffled few). */
function respellBy(random: Random, word: string, rules: readonly (readonly [RegExp, string])[]): string {
  const applicable = rules.filter(([pattern]) => pattern.test(word));
  if (applicable.length === 0) return word;
  const [pattern, replacement] = pick(random, applicable);
  const respelt = word.replace(pattern, replacement);
  // A word that began with a capital keeps it (Zarina → Darina, not darina).
  return /^\p{Lu}/u.test(word) ? respelt.charAt(0).toUpperCase() + respelt.slice(1) : respelt;
}

/** A Vietnamese syllable as a clerk hears it, marks already gone. */
const vietnameseByEar: readonly (readonly [RegExp, string])[] = [
  [/^Nguyen$/i, 'Nguyn'],
  [/^Nguyen$/i, 'Ngyuen'],
  [/^Nguyen$/i, 'Nguen'],
  [/^Nguyen$/i, 'Win'],
  [/^Tr/i, 'Ch'],
  [/^Ph/i, 'F'],
  [/uy/i, 'ui'],
  [/^Gi/i, 'Z'],
  [/^D(?=[aeiouy])/i, 'Z'],
  [/^D(?=[aeiouy])/i, 'Y'],
  [/ng$/i, 'n'],
  [/nh$/i, 'n'],
  [/uo/i, 'u'],
  [/^X/i, 'S'],
  [/^Th/i, 'T'],
  [/^Kh/i, 'K'],
  [/^Qu/i, 'Kw'],
  [/i$/i, 'y'],
  [/y$/i, 'i'],
  [/oa/i, 'wa'],
  [/^Hu/i, 'Hw'],
  [/^Ho/i, 'Hu'],
  [/^Van$/i, 'Vann'],
  [/^Thi$/i, 'Thy'],
  [/^Le$/i, 'Lee'],
  [/^Vu$/i, 'Voo'],
  [/^Vo$/i, 'Vu'],
  [/^Bui$/i, 'Buoi'],
  [/^Do$/i, 'Doh'],
];
export const vietnameseRespelt = (random: Random, word: string) => respellBy(random, word, vietnameseByEar);

/** The written forms of Muhammad in Malaysia and Indonesia, from the full to the initial. */
export const muhammadForms = [
  'Muhammad',
  'Mohammad',
  'Mohamad',
  'Mohamed',
  'Muhamad',
  'Mohammed',
  'Mohd',
  'Md',
  'Muhd',
  'M.',
];

/** A Malay word as spelt by another clerk (spellings current in Malaysia). */
const malayByEar: readonly (readonly [RegExp, string])[] = [
  [/^Nur$/i, 'Noor'],
  [/^Nur$/i, 'Nor'],
  [/^Nor$/i, 'Nur'],
  [/^Noor$/i, 'Nur'],
  [/^Siti$/i, 'Sity'],
  [/sy/i, 'sh'],
  [/sh/i, 'sy'],
  [/^Kh/i, 'Ch'],
  [/^Kh/i, 'K'],
  [/ah$/i, 'a'],
  [/isyah$/i, 'ishah'],
  [/of$/i, 'off'],
  [/uf$/i, 'of'],
  [/ss/i, 's'],
  [/usin$/i, 'ussein'],
  [/in$/i, 'ine'],
  [/i$/i, 'y'],
  [/z/i, 'd'],
  [/dz/i, 'z'],
  [/ai/i, 'ay'],
  [/ul$/i, 'ol'],
  [/ee/i, 'i'],
  [/ie/i, 'i'],
  [/q/i, 'k'],
  [/^Ab/i, 'Ap'],
  [/ph/i, 'f'],
  [/ff/i, 'f'],
];
export const malayRespelt = (random: Random, word: string) => respellBy(random, word, malayByEar);

/** Indonesian spelling before 1972 (and kept in many family names since): oe, dj, tj, j, nj, sj, ch. */
export function oldIndonesian(word: string): string {
  // j is first set aside (it becomes dj), so that the y → j below does not become dj too.
  return word
    .replaceAll('j', '\u0001')
    .replaceAll('J', '\u0002')
    .replaceAll('u', 'oe')
    .replaceAll('U', 'Oe')
    .replaceAll('c', 'tj')
    .replaceAll('C', 'Tj')
    .replaceAll('ny', 'nj')
    .replaceAll('sy', 'sj')
    .replaceAll('kh', 'ch')
    .replaceAll('Kh', 'Ch')
    .replaceAll('y', 'j')
    .replaceAll('Y', 'J')
    .replaceAll('\u0001', 'dj')
    .replaceAll('\u0002', 'Dj');
}

/** An Indonesian word as heard or half-modernised by another clerk. */
const indonesianByEar: readonly (readonly [RegExp, string])[] = [
  [/i$/i, 'y'],
  [/y$/i, 'i'],
  [/^Sri$/i, 'Sry'],
  [/^Siti$/i, 'Sity'],
  [/oe/i, 'u'],
  [/dj/i, 'j'],
  [/tj/i, 'c'],
  [/u/i, 'oe'],
  [/o$/i, 'oe'],
  [/w/i, 'uw'],
  [/ah$/i, 'a'],
  [/mm/i, 'm'],
  [/t$/i, 'd'],
  [/^Su/i, 'Soe'],
  [/^Nur/i, 'Noer'],
  [/ya/i, 'ia'],
  [/e/i, 'i'],
];
export const indonesianRespelt = (random: Random, word: string) => respellBy(random, word, indonesianByEar);

/** Romanisations of Burmese syllables in use (there is no standard one). */
const burmeseForms: Record<string, readonly string[]> = {
  Htun: ['Tun', 'Htoon', 'Tunn', 'Htunn'],
  Kyaw: ['Kyao', 'Chaw', 'Kyaww', 'Kyo'],
  Myint: ['Myintt', 'Mynt', 'Myin'],
  Win: ['Winn', 'Wynn', 'Wyn'],
  Aung: ['Aong', 'Ong', 'Aungg'],
  Thein: ['Thane', 'Tain', 'Thien'],
  Soe: ['So', 'Soh', 'Sou'],
  Oo: ['U', 'Ooo', 'Uu'],
  Hlaing: ['Hlyne', 'Laing', 'Hlaig'],
  Thant: ['Than', 'Thantt'],
  Naing: ['Nai', 'Naig', 'Nine'],
  Phyu: ['Pyu', 'Phu', 'Phyuu'],
  Nwe: ['Nway', 'Nue', 'Nwai'],
  Aye: ['Ay', 'Eaye', 'Aie'],
  Khin: ['Khinn', 'Kin', 'Khine'],
  Zin: ['Zinn', 'Zinh'],
  Mya: ['Myar', 'Miya'],
  Hnin: ['Nhin', 'Nin', 'Hnínn'],
  Ei: ['Ey', 'Eii', 'Aye'],
  Moe: ['Mo', 'Moh'],
  Htet: ['Htat', 'Tet', 'Htett'],
  Phyo: ['Pyo', 'Phyoe'],
  Myo: ['Myoe', 'Myoh'],
  Thu: ['Thuu', 'Htu', 'Thu'],
  Zaw: ['Zaww', 'Zo', 'Zaw'],
  Lwin: ['Lwinn', 'Lwyn'],
  Htay: ['Tay', 'Htey', 'Htae'],
  Htwe: ['Htway', 'Twe'],
  Nyi: ['Nyee', 'Nyii'],
  Yin: ['Yinn', 'Yein'],
  Sandar: ['Sanda', 'Sandah'],
  Thandar: ['Thanda', 'Tandar'],
  Thida: ['Thidar', 'Theida'],
  Hein: ['Hain', 'Heinn'],
  Maung: ['Mg', 'Maungg', 'Mong'],
  Nay: ['Nei', 'Ne'],
  Tin: ['Tinn', 'Htin'],
  Than: ['Thann', 'Tan'],
  San: ['Sann', 'Sarn'],
  Cho: ['Cho', 'Kyo', 'Chyo'],
  Khaing: ['Khine', 'Khaig'],
  Myat: ['Myet', 'Myatt'],
  Pwint: ['Pwintt', 'Pwin'],
  Mon: ['Mone', 'Mun'],
  Zar: ['Za', 'Zarr'],
  Kyi: ['Kyee', 'Chi', 'Kyii'],
  Lay: ['Lei', 'Le'],
  Mar: ['Mar', 'Mah'],
  Yan: ['Yann', 'Yarn'],
  Wai: ['Wie', 'Way'],
  Paing: ['Paig', 'Pine'],
  Sein: ['Sane', 'Sain'],
};
export function burmeseRespelt(random: Random, syllable: string): string {
  const forms = burmeseForms[syllable];
  return forms && forms.length > 0 ? pick(random, forms) : syllable;
}

/** Khmer romanisation drift: Chh/Ch, Kh/K, ea/ia, oeu/eu, ou/o, a final y/i, a doubled final. */
const khmerByEar: readonly (readonly [RegExp, string])[] = [
  [/^Chh/i, 'Ch'],
  [/^Ch(?!h)/i, 'Chh'],
  [/^Kh/i, 'K'],
  [/ea/i, 'ia'],
  [/ea/i, 'ie'],
  [/oeu/i, 'eu'],
  [/oeu/i, 'oe'],
  [/ou/i, 'o'],
  [/y$/i, 'i'],
  [/i$/i, 'y'],
  [/n$/i, 'nn'],
  [/nn$/i, 'n'],
  [/ph/i, 'p'],
  [/^Sok$/i, 'Sokh'],
  [/^Srey/i, 'Sray'],
  [/eng$/i, 'ang'],
  [/^Keo$/i, 'Kev'],
  [/th/i, 't'],
  [/v$/i, 'w'],
];
export const khmerRespelt = (random: Random, word: string) => respellBy(random, word, khmerByEar);
