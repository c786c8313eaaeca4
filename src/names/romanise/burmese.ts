/**
 * Burmese script to the Latin spelling Burmese names are usually written in (Kyaw Zin Htet, Aung
 * San Suu Kyi, Min Aung Hlaing), syllable by syllable. Why our own: any-ascii reads letter by
 * letter ("kyeajnthk" for ကျော်ဇင်ထက်), and no npm package romanises Burmese; the usual name
 * spellings follow the syllable — onset, medials ျ ြ ွ ှ, then the rhyme (vowel signs and a final
 * consonant killed by ်), which decides the vowel (ော် aw, ိုင် aing, က် et). The tables below are
 * that convention; the skeleton rules of src/names (ky/ch, ht/t, aw/o, doubled letters) then
 * absorb the spellings it leaves open. Input is Unicode (Zawgyi is converted before).
 */

/** Consonants as an onset. ရ is written y in names (Yadanar), ဆ s (San, Hsan → San). */
const onsets: Readonly<Record<string, string>> = {
  က: 'k',
  ခ: 'kh',
  ဂ: 'g',
  ဃ: 'g',
  င: 'ng',
  စ: 's',
  ဆ: 's',
  ဇ: 'z',
  ဈ: 'z',
  ဉ: 'ny',
  ည: 'ny',
  ဋ: 't',
  ဌ: 'ht',
  ဍ: 'd',
  ဎ: 'd',
  ဏ: 'n',
  တ: 't',
  ထ: 'ht',
  ဒ: 'd',
  ဓ: 'd',
  န: 'n',
  ပ: 'p',
  ဖ: 'ph',
  ဗ: 'b',
  ဘ: 'b',
  မ: 'm',
  ယ: 'y',
  ရ: 'y',
  လ: 'l',
  ဝ: 'w',
  သ: 'th',
  ဟ: 'h',
  ဠ: 'l',
  အ: '',
  ဥ: 'u',
  // The syllable ဦး is written Oo in a name (Thiri Oo); the honorific ဦး "U" in front of a name is
  // peeled off before (rules/honorifics.ts). The skeleton rules make oo and u agree.
  ဦ: 'oo',
  ဧ: 'e',
  ဣ: 'i',
  ဤ: 'i',
  ဩ: 'aw',
  ဪ: 'aw',
};

/** An onset with medial ျ or ြ (ya, ra): ky, ch, gy, my… ငြ is ny (Nyein). */
const withMedialY: Readonly<Record<string, string>> = { k: 'ky', kh: 'ch', g: 'gy', ng: 'ny', h: 'sh' };

/** An onset with medial ှ (ha): hl, hm, hn; ရှ and ယှ are sh (Shwe). */
const withMedialH: Readonly<Record<string, string>> = { y: 'sh', ly: 'sh', ky: 'ch' };

/**
 * The rhyme: the vowel signs in storage order (ေ ာ, ိ ု…) and the final consonant killed by ်,
 * written `vowels|final`. Tone marks (့ း) are not part of it.
 */
const rhymes: Readonly<Record<string, string>> = {
  '|': 'a',
  'ာ|': 'a',
  'ါ|': 'a',
  'ိ|': 'i',
  'ီ|': 'i',
  'ု|': 'u',
  'ူ|': 'u',
  // ေ open is written ay, ei or e (Nay, Htay, Nei: နေ, ထေ); ay meets the other two in the
  // skeletons (ei → ay), e meets neither.
  'ေ|': 'ay',
  'ဲ|': 'e',
  'ော|': 'aw',
  'ေါ|': 'aw',
  'ို|': 'o',
  'ံ|': 'an',
  'ိံ|': 'ein',
  'ုံ|': 'on',
  '|က': 'et',
  'ို|က': 'aik',
  'ော|က': 'auk',
  'ေါ|က': 'auk',
  'ု|က': 'ok',
  '|င': 'in',
  'ို|င': 'aing',
  'ော|င': 'aung',
  'ေါ|င': 'aung',
  'ု|င': 'ung',
  '|စ': 'it',
  '|ည': 'i',
  '|ဉ': 'in',
  '|တ': 'at',
  'ိ|တ': 'eik',
  'ု|တ': 'ok',
  '|န': 'an',
  'ိ|န': 'ein',
  'ု|န': 'on',
  '|ပ': 'at',
  'ိ|ပ': 'eik',
  'ု|ပ': 'ok',
  '|မ': 'an',
  'ိ|မ': 'ein',
  'ု|မ': 'on',
  '|ယ': 'e',
  '|ဏ': 'an',
  'ို|လ': 'o',
  '|လ': 'an',
};

/**
 * A vowel alone (on the silent အ) is written as names write it, never one bare letter: အိ Ei,
 * အေး Aye, အူ Oo (Ei Ei Khaing, Khin Mar Aye); the rhymes above would give i, e, u.
 */
const rhymesAlone: Readonly<Record<string, string>> = {
  'ိ|': 'ei',
  'ီ|': 'ei',
  'ေ|': 'aye',
  'ု|': 'oo',
  'ူ|': 'oo',
};

/** With medial ွ (wa) the rhyme may swallow the w: ထွန်း Htun, ညွန့် Nyunt, ဝွတ် wut. */
const rhymesAfterW: Readonly<Record<string, string>> = {
  '|န': 'un',
  '|မ': 'un',
  '|တ': 'ut',
  '|ပ': 'ut',
  // ွေ is we (ရွှေ Shwe, နွေ Nwe, စွေ Swe), not "way".
  'ေ|': 'we',
};

/** Nasal finals with the creaky tone ့ are written with a t: မြင့် Myint, သန့် Thant, ညွန့် Nyunt. */
const nasalFinals = new Set(['င', 'န', 'မ', 'ဉ', 'ဏ']);

const consonant = /[\u1000-\u102a]/u;
const asat = '\u103a';
const virama = '\u1039';
const dotBelow = '\u1037';
const medials = new Set(['\u103b', '\u103c', '\u103d', '\u103e']);

/** Whether the consonant at `i` closes a syllable: killed by ် (a ့ may stand between) or stacked by ္. */
function isFinal(chars: readonly string[], i: number): boolean {
  let next = i + 1;
  if (chars[next] === dotBelow) next++;
  return chars[next] === asat || chars[next] === virama;
}

interface Syllable {
  /** The syllable as written. */
  text: string;
  onset: string;
  medials: string;
  vowels: string;
  final: string;
  creaky: boolean;
}

/**
 * Splits a run of Burmese script into syllables: a new one starts at each consonant that is no
 * final (a consonant stacked under ္ is the next syllable's onset: စန္ဒာ San-da).
 */
function syllables(word: string): Syllable[] {
  const chars = [...word];
  const out: Syllable[] = [];
  let current: Syllable | undefined;
  chars.forEach((char, i) => {
    if (consonant.test(char) && !(current && isFinal(chars, i))) {
      current = { text: char, onset: char, medials: '', vowels: '', final: '', creaky: false };
      out.push(current);
      return;
    }
    if (!current) return;
    current.text += char;
    if (consonant.test(char)) current.final = current.final || char;
    else if (medials.has(char)) current.medials += char;
    else if (char === dotBelow) current.creaky = true;
    else if (/[\u102b-\u1036]/u.test(char) && !current.final) current.vowels += char;
  });
  return out;
}

function onsetOf(syllable: Syllable): string {
  let onset = onsets[syllable.onset] ?? '';
  if (/[\u103b\u103c]/u.test(syllable.medials)) onset = withMedialY[onset] ?? `${onset}y`;
  if (syllable.medials.includes('\u103e')) onset = withMedialH[onset] ?? `h${onset}`;
  return onset;
}

function romaniseSyllable(syllable: Syllable): string {
  const onset = onsetOf(syllable);
  const key = `${syllable.vowels}|${syllable.final}`;
  const wa = syllable.medials.includes('\u103d');
  const afterW = wa ? rhymesAfterW[key] : undefined;
  const alone = syllable.onset === 'အ' && syllable.medials === '' ? rhymesAlone[key] : undefined;
  const rhyme = alone ?? afterW ?? `${wa ? 'w' : ''}${rhymes[key] ?? rhymes[`${syllable.vowels}|`] ?? 'a'}`;
  const t = syllable.creaky && nasalFinals.has(syllable.final) ? 't' : '';
  // An independent vowel (ဥ, ဦ) is the whole syllable.
  if (/[\u1023-\u102a]/u.test(syllable.onset)) return onset;
  return `${onset}${rhyme}${t}`;
}

/** A Burmese-script word as its syllables' usual Latin spellings, one word per syllable. */
export function romaniseBurmese(word: string): string {
  return syllables(word).map(romaniseSyllable).join(' ');
}

/**
 * A Burmese-script word's syllables as written (ဦးကျော်ဇင် → ဦး, ကျော်, ဇင်): letters before the
 * first consonant, if any, are left out.
 */
export const burmeseSyllablesOf = (word: string): string[] => syllables(word).map((s) => s.text);
