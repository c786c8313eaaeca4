/**
 * Names coined from syllables, for the linkage scale run: the variant generator draws names from
 * pools of a few dozen, so at a million records thousands of different persons share one full name
 * and one year of birth, and candidate pairs grow with the square of the records. Real registers
 * have a few very common names and a long tail of rare ones; a coined name stands for the tail.
 * Syllables per naming tradition, written in the romanisation the pools use.
 */
type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

export type NameGroup = 'MY' | 'ID' | 'VN' | 'MM' | 'KH' | 'TH';

interface Syllables {
  readonly onsets: readonly string[];
  readonly vowels: readonly string[];
  readonly codas: readonly string[];
  /** Syllables in one name: the least and the most. */
  readonly length: readonly [number, number];
}

const malay: Syllables = {
  onsets: ['b', 'd', 'f', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'w', 'y', 'z', 'sy', 'kh'],
  vowels: ['a', 'i', 'u', 'e', 'o', 'ai', 'au'],
  codas: ['', '', 'n', 'm', 'r', 'l', 'h', 'd', 'k', 's', 'ng'],
  length: [2, 3],
};

const syllablesOf: Record<NameGroup, Syllables> = {
  MY: malay,
  ID: malay,
  VN: {
    onsets: [
      'b',
      'c',
      'd',
      'đ',
      'g',
      'h',
      'kh',
      'l',
      'm',
      'n',
      'ngh',
      'nh',
      'ph',
      'qu',
      's',
      't',
      'th',
      'tr',
      'v',
      'x',
    ],
    vowels: ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'oa', 'uy', 'ươ', 'iê'],
    codas: ['', 'n', 'ng', 'nh', 'm', 't', 'c', 'p', 'i', 'u'],
    length: [1, 1],
  },
  MM: {
    onsets: [
      'k',
      'ky',
      'g',
      'gy',
      'ng',
      's',
      'z',
      'ny',
      't',
      'ht',
      'd',
      'n',
      'p',
      'ph',
      'b',
      'm',
      'y',
      'l',
      'w',
      'th',
      'h',
      'aw',
    ],
    vowels: ['a', 'i', 'e', 'o', 'u', 'ei', 'ai', 'aw', 'ay', 'oo'],
    codas: ['', 'n', 'ng', 'nt', 't', 'k', 'in', 'ein'],
    length: [1, 1],
  },
  KH: {
    onsets: [
      'k',
      'kh',
      'ch',
      'chh',
      'd',
      't',
      'th',
      'n',
      'p',
      'ph',
      'm',
      'r',
      'l',
      'v',
      's',
      'h',
      'sr',
      'pr',
    ],
    vowels: ['a', 'e', 'i', 'o', 'u', 'ea', 'ou', 'ei', 'oeu', 'ia'],
    codas: ['', 'n', 'ng', 'm', 'k', 't', 'y', 'h'],
    length: [1, 2],
  },
  TH: {
    onsets: ['b', 'ch', 'd', 'k', 'kh', 'l', 'm', 'n', 'p', 'ph', 'r', 's', 't', 'th', 'w', 'y', 'pr', 'kr'],
    vowels: ['a', 'i', 'u', 'e', 'o', 'ai', 'ao', 'ee', 'oo', 'ua'],
    codas: ['', 'n', 'ng', 'm', 'k', 't', 'p', 'wat', 'sak', 'porn'],
    length: [2, 4],
  },
};

/** One coined name of the tradition, capitalised (e.g. "Kaisuran", "Thuyên", "Pravatsak"). */
export function coinName(random: Random, group: NameGroup): string {
  const { onsets, vowels, codas, length } = syllablesOf[group];
  const [least, most] = length;
  const count = least + Math.floor(random() * (most - least + 1));
  let name = '';
  for (let s = 0; s < count; s++) name += pick(random, onsets) + pick(random, vowels) + pick(random, codas);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * A name from `pool` (the common names) or, `rare` of the time, a coined one: picks from the pool
 * only when `rare` is 0, so the accuracy sets generated without coined names stay as they were.
 */
export function namePicker(random: Random, rare: number) {
  return (group: NameGroup, pool: readonly string[]): string =>
    rare > 0 && random() < rare ? coinName(random, group) : pick(random, pool);
}
