import { detectScript, foldName, type Script } from './fold.ts';
import { joinedTokens, voicedJoin } from './joined.ts';
import { phoneticKeys, skeleton, tokenKeys } from './keys.ts';
import { burmeseSyllablesOf } from './romanise/burmese.ts';
import { romaniseName } from './romanise/index.ts';
import { filipinoAbbreviations } from './rules/filipino.ts';
import {
  alsoVietnameseNames,
  burmeseHonorifics,
  burmeseScriptHonorifics,
  hereditaryTitles,
  honorifics,
} from './rules/honorifics.ts';
import {
  joinedLeadingNames,
  joinedRestBeginning,
  minJoinedRest,
  notLeadingSpellings,
} from './rules/joined-leading.ts';
import { readMisreadDigits } from './rules/misread-digits.ts';
import { patronymicMarkers, weakPatronymicMarkers } from './rules/patronymics.ts';
import { burmeseJoinedNames, burmeseSyllables } from './rules/romanisation.ts';
import { canonicalVariants } from './rules/variants.ts';
import { vietnameseFamilyNames, vietnameseMiddleNames } from './rules/vietnamese.ts';
import { type BurmeseEncoding, burmeseAsUnicode, detectBurmeseEncoding } from './zawgyi.ts';

/** Longest name we look at: longer input is cut, never a reason to fail. */
export const maxNameLength = 300;

export interface NameToken {
  /** The token as written, folded (lower case, no accents). */
  readonly folded: string;
  /** The canonical spelling (Mohd → muhammad). */
  readonly canonical: string;
  /** Keys it matches on: canonical, modern Indonesian spellings, romanisation skeletons ("~…"). */
  readonly keys: readonly string[];
  /** Double-metaphone codes. */
  readonly phonetic: readonly string[];
}

export interface NormalisedName {
  /** What was written, trimmed and in NFC, for display. */
  readonly display: string;
  readonly folded: string;
  readonly script: Script;
  readonly burmeseEncoding: BurmeseEncoding | undefined;
  /**
   * The name in Unicode when it was typed in Zawgyi (what a page can offer beside what was typed,
   * which it shows as written); undefined for any other name.
   */
  readonly unicode: string | undefined;
  /**
   * Titles and honorifics peeled off (haji, datuk, daw…): evidence, never matched on. Those written
   * in Myanmar script are given in their Latin form (ဒေါ် daw).
   */
  readonly honorifics: readonly string[];
  /** The person's own name tokens, in the order written (given, middle, family as given). */
  readonly own: readonly NameToken[];
  /** The father's name after a patronymic marker (bin, binti, a/l…), kept apart. */
  readonly father: readonly NameToken[];
  readonly patronymic: 'son' | 'daughter' | 'child' | undefined;
  /** Vietnamese reading, when a Vietnamese family name is found: family, middle and given name. */
  readonly vietnamese: { family: string; middle: string[]; given: string } | undefined;
  /** Sex the name says (Văn/Thị, bin/binti), when it says one. */
  readonly impliedSex: 'male' | 'female' | undefined;
  /**
   * The same name in its usual Latin spelling, normalised, when it is written in another script
   * (ကျော်ဇင်ထက် → Kyaw Zin Htet, สมศักดิ์ → Somsak): an extra form to match on, never a
   * replacement — `display` and `own` keep what was written. Undefined for a Latin name, and for a
   * name whose reading has no word of two letters (never a match on nothing).
   */
  readonly latin: NormalisedName | undefined;
}

const multiWordHonorifics = honorifics.filter((h) => h.includes(' ')).map((h) => h.split(' '));
const singleHonorifics = new Set(honorifics.filter((h) => !h.includes(' ')).map((h) => h.replace(/\.$/, '')));
const titles = new Set(hereditaryTitles);
/**
 * The Burmese syllables' romanisation skeletons: a syllable written another way (Linn, Myatt, Thett,
 * Zinn, Soo, Pye) still marks a name as Burmese, so that Daw, U, Ma before it is the honorific.
 */
const burmeseSyllableSkeletons = new Set([...burmeseSyllables].map(skeleton));
const burmeseSyllable = (token: string) =>
  burmeseSyllables.has(token) || (/^[a-z]+$/.test(token) && burmeseSyllableSkeletons.has(skeleton(token)));
const burmeseTitles = new Set(burmeseHonorifics);

function split(folded: string): string[] {
  return (
    folded
      .replace(/(\p{L})-(?=\p{L})/gu, '$1')
      // A dot with no space after it still ends a word (M.Amirul, Mohd.Nabil, Hj.Ahmad): the next
      // word begins after it. Not inside dotted letters (a.l., a.p.), which are one marker.
      .replace(/(\p{L})\.(?=\p{L}{2})/gu, '$1. ')
      .replace(/[\s,;:()[\]{}"_|+*#!?<>=~\\-]+/gu, ' ')
      .split(' ')
      .map((token) => token.replace(/^[.'/]+/, ''))
      .filter((token) => token.length > 0 && /[\p{L}\p{N}]/u.test(token))
  );
}

/** The leading words longest first, so that Nurulhajar is read nurul + hajar, not nur + ulhajar. */
const leadingWords = [...canonicalVariants]
  .filter(([form, canonical]) => joinedLeadingNames.includes(canonical) && !notLeadingSpellings.has(form))
  .map(([form]) => form)
  .filter((form) => /^[a-z]+$/.test(form))
  .sort((a, b) => b.length - a.length);

/**
 * A word written joined from a leading Malay name word and a name (Mohdfirdaus, Norsuraya,
 * Sitinurhaliza) as its words (rules/joined-leading.ts); any other word as it is.
 */
function splitJoinedLeading(token: string): string[] {
  if (!/^[a-z]+$/.test(token)) return [token];
  const lead = leadingWords.find((word) => token.startsWith(word));
  if (lead === undefined) return [token];
  const rest = token.slice(lead.length);
  if (rest.length < minJoinedRest || !joinedRestBeginning.test(rest)) return [token];
  return [lead, ...splitJoinedLeading(rest)];
}

/**
 * Whether a name of the person's own follows the first `n` tokens: a token that is no patronymic
 * marker ("Wan bin Ahmad": after Wan comes only the father's name, so Wan is the given name).
 */
const ownNameAfter = (tokens: readonly string[], n: number): boolean =>
  tokens.length > n && patronymicMarkers[tokens[n] as string] === undefined;

/**
 * Peels titles off the front while a name of the person's own remains after them: a title word
 * that is the whole given name (Wan, Nik, Che, Awang, Haji in "Wan bin Ahmad", "Nik binti Hassan")
 * is the name, as it is when written alone.
 */
function peelTitles(tokens: string[], looksBurmese: boolean): { titles: string[]; rest: string[] } {
  const peeled: string[] = [];
  let rest = tokens;
  for (;;) {
    if (!ownNameAfter(rest, 1)) break;
    const multi = multiWordHonorifics.find(
      (words) =>
        ownNameAfter(rest, words.length) && words.every((w, i) => rest[i]?.replace(/[.']$/, '') === w),
    );
    if (multi) {
      peeled.push(multi.join(' '));
      rest = rest.slice(multi.length);
      continue;
    }
    const head = (rest[0] as string).replace(/[.']+$/, '');
    // A doubled word is a name, not a title twice (Maung Maung, Mg Mg, Ko Ko), as in Myanmar script.
    if (canonicalOf(head) === canonicalOf(rest[1] as string)) break;
    // Tuan Nguyen is Tuấn Nguyễn, not Mr Nguyen.
    if (alsoVietnameseNames.has(head) && rest.some((t) => vietnameseFamilyNames.has(canonicalOf(t)))) break;
    if (singleHonorifics.has(head) || titles.has(head) || (looksBurmese && burmeseTitles.has(head))) {
      peeled.push(head);
      rest = rest.slice(1);
      continue;
    }
    break;
  }
  return { titles: peeled, rest };
}

/**
 * Peels Burmese honorifics written in Myanmar script (ဦး U, ဒေါ် Daw, မ Ma…) off the front of a
 * folded name, whole syllables only (မြ Mya is not မ Ma), while more of a name follows them: the
 * script has no spaces between a name's syllables, so this cannot be done on words as in Latin.
 */
function peelBurmeseScriptTitles(folded: string): { titles: string[]; rest: string } {
  const titles: string[] = [];
  let rest = folded;
  for (;;) {
    const word = /^[\u1000-\u109f]+/u.exec(rest)?.[0];
    if (word === undefined) break;
    const parts = burmeseSyllablesOf(word);
    // Marks before the first consonant: not well-formed, left as written.
    if (parts.join('') !== word) break;
    const size = [3, 2, 1].find(
      (n) => n <= parts.length && burmeseScriptHonorifics[parts.slice(0, n).join('')] !== undefined,
    );
    if (size === undefined) break;
    const head = parts.slice(0, size).join('');
    const after = rest.slice(head.length).replace(/^[\s,.\u104a\u104b]+/u, '');
    const next = burmeseSyllablesOf(/^[\u1000-\u109f]*/u.exec(after)?.[0] ?? '')
      .slice(0, size)
      .join('');
    // A doubled syllable is a name (ကိုကို Ko Ko, မမ Ma Ma, မောင်မောင် Maung Maung), as in Latin.
    if (!/\p{L}/u.test(after) || next === head) break;
    titles.push(burmeseScriptHonorifics[head] as string);
    rest = after;
  }
  return { titles, rest };
}

function canonicalOf(token: string): string {
  const bare = token.replace(/[.']+$/g, '').replace(/'/g, '');
  return canonicalVariants.get(bare) ?? bare;
}

function toTokens(raw: readonly string[]): NameToken[] {
  const canon = raw.map(canonicalOf).filter((t) => t.length > 0);
  // Abdul + name is one unit: Abdul Rahman = Abdulrahman = Abd Rahman.
  const joined: string[] = [];
  const written: string[] = [];
  for (let i = 0; i < canon.length; i++) {
    const token = canon[i] as string;
    const next = canon[i + 1];
    if (token === 'abdul' && next !== undefined) {
      joined.push(`abdul${next}`);
      written.push(`${raw[i]} ${raw[i + 1]}`);
      i++;
    } else {
      joined.push(
        token.startsWith('abd') && !token.startsWith('abdul') && token.length > 5
          ? `abdul${token.slice(3)}`
          : token,
      );
      written.push(raw[i] ?? token);
    }
  }
  return joined.map((canonical, i) => ({
    folded: written[i] ?? canonical,
    canonical,
    keys: tokenKeys(canonical),
    phonetic: phoneticKeys(canonical),
  }));
}

const isVietnameseWord = (token: NameToken): boolean =>
  vietnameseFamilyNames.has(token.canonical) || vietnameseMiddleNames[token.canonical] !== undefined;

/**
 * The syllables of a known Burmese name written apart read as that one word (Thi Da, Thi Ta →
 * thida; Ya Da Nar → yadanar: burmeseJoinedNames), so that names split in different places meet
 * word for word, in search keys and linkage blocks alike. Not in a name that also holds a
 * Vietnamese family or middle name outside the syllables (Tran Thi Da: Thị is a middle name).
 */
function joinKnownNames(tokens: readonly NameToken[]): readonly NameToken[] {
  const out: NameToken[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const size = ([3, 2] as const).find((n) => knownJoinAt(tokens, at, n) !== undefined);
    if (size === undefined) {
      out.push(tokens[at] as NameToken);
      continue;
    }
    const parts = tokens.slice(at, at + size);
    if (tokens.some((token, i) => (i < at || i >= at + size) && isVietnameseWord(token))) return tokens;
    const canonical = knownJoinAt(tokens, at, size) as string;
    out.push({
      folded: parts.map((part) => part.folded).join(' '),
      canonical,
      keys: tokenKeys(canonical),
      phonetic: phoneticKeys(canonical),
    });
    at += size - 1;
  }
  return out;
}

/** The known Burmese name `size` syllables from `at` make, as written or voiced; else undefined. */
function knownJoinAt(tokens: readonly NameToken[], at: number, size: number): string | undefined {
  const parts = tokens.slice(at, at + size).map((token) => token.canonical);
  if (parts.length < size || !parts.every((part) => /^[a-z]{2,}$/.test(part))) return undefined;
  return [parts.join(''), voicedJoin(parts)].find((joined) => burmeseJoinedNames.has(joined));
}

/** Finds the patronymic marker: between two names, and a bare "b" only when it is not the last word. */
function findPatronymic(tokens: readonly string[]): number {
  for (let i = 1; i < tokens.length - 1; i++) {
    const token = tokens[i] as string;
    if (patronymicMarkers[token] === undefined) continue;
    if (weakPatronymicMarkers.has(token) && i === tokens.length - 1) continue;
    return i;
  }
  return -1;
}

/**
 * Normalises one written name for matching: folds case and accents, peels off honorifics and
 * titles, separates the father's name after bin/binti/a/l…, makes variant spellings canonical and
 * gives each token its matching keys and phonetic codes. `language` (ISO 639) is a hint only.
 */
export function normalizeName(input: string, language?: string): NormalisedName {
  const display = input.slice(0, maxNameLength).trim().normalize('NFC');
  // Zawgyi is matched as the Unicode it stands for; the display keeps what was typed.
  const burmeseEncoding = detectBurmeseEncoding(display);
  const unicode = burmeseEncoding === 'zawgyi' ? burmeseAsUnicode(display) : undefined;
  const folded = foldName(unicode ?? display);
  const { titles: scriptTitles, rest: named } = peelBurmeseScriptTitles(folded);
  // A scanner's digits for letters (5ri, H0ELENG) read first: a name word holds no digit.
  const tokens = split(named).map(readMisreadDigits).flatMap(splitJoinedLeading);
  const looksVietnamese =
    language === 'vi' ||
    tokens.some((t) => vietnameseMiddleNames[canonicalOf(t)] !== undefined) ||
    // Breve, horn, hook above and dot below are Vietnamese marks (đ has no decomposition).
    /đ|[\u0306\u031b\u0309\u0323]/iu.test(display.normalize('NFD'));
  const looksBurmese =
    language === 'my' ||
    (!looksVietnamese && tokens.slice(1).some((t) => burmeseSyllable(t) || /[\u1000-\u109f]/u.test(t)));
  // Ma. is María in a Filipino name, the honorific Ma in a Burmese one (rules/filipino.ts).
  const read = looksBurmese ? tokens : tokens.map((t) => filipinoAbbreviations[t] ?? t);
  const { titles: peeled, rest } = peelTitles(read, looksBurmese);
  const marker = findPatronymic(rest);
  // A marker on its own ("Ahmad bin") is not a name: it never counts in matching.
  const ownRaw = (marker === -1 ? rest : rest.slice(0, marker)).filter(
    (t) => patronymicMarkers[t] === undefined,
  );
  const fatherRaw = marker === -1 ? [] : rest.slice(marker + 1);
  const own = joinKnownNames(toTokens(ownRaw));
  const father = toTokens(fatherRaw);
  const patronymic = marker === -1 ? undefined : patronymicMarkers[rest[marker] as string];
  const familyAt = own.findIndex((t) => vietnameseFamilyNames.has(t.canonical));
  // A known family name first or last is read as one without other marks (Tran Van Nam, Trung Huu Tran).
  const vietnamese =
    own.length >= 2 && familyAt !== -1 && (looksVietnamese || familyAt === 0 || familyAt === own.length - 1)
      ? readVietnamese(own, familyAt)
      : undefined;
  const middleSex = own.map((t) => vietnameseMiddleNames[t.canonical]).find((sex) => sex !== undefined);
  const impliedSex =
    patronymic === 'son'
      ? 'male'
      : patronymic === 'daughter'
        ? 'female'
        : looksVietnamese
          ? middleSex
          : undefined;
  return {
    display,
    folded,
    latin: latinReading(named, language),
    script: detectScript(display),
    burmeseEncoding,
    unicode,
    honorifics: [...scriptTitles, ...peeled],
    own,
    father,
    patronymic,
    vietnamese,
    impliedSex,
  };
}

/** The romanised form of a name in another script; one-letter words of it are no evidence. */
function latinReading(folded: string, language: string | undefined): NormalisedName | undefined {
  const romanised = romaniseName(folded);
  if (romanised === undefined) return undefined;
  const words = romanised.split(' ').filter((word) => word.length > 1);
  if (words.length === 0) return undefined;
  return normalizeName(words.join(' '), language);
}

/** The form a name is compared in across scripts: its Latin reading, or itself when written in Latin. */
export const latinForm = (name: NormalisedName): NormalisedName => name.latin ?? name;

/**
 * Vietnamese order is Family Middle Given; foreign documents often write Given Family Middle or
 * Given Middle Family, or keep the middle name with the given name in the first-name box (Thi Lan
 * Nguyen: Middle Given Family). The family name is the known family name found first; the given
 * name is the last token in Vietnamese order, else the first — or the last when the name begins
 * with a middle name (Văn, Thị), which is never a given name.
 */
function readVietnamese(own: readonly NameToken[], familyAt: number) {
  const names = own.map((t) => t.canonical);
  const family = names[familyAt] as string;
  if (familyAt === 0) {
    return { family, middle: names.slice(1, -1), given: names[names.length - 1] as string };
  }
  const others = names.filter((_, i) => i !== familyAt);
  if (vietnameseMiddleNames[others[0] as string] !== undefined)
    return { family, middle: others.slice(0, -1), given: others[others.length - 1] as string };
  return { family, middle: others.slice(1), given: others[0] as string };
}

/** All tokens of a name that count in matching (own name, then father's). */
export function matchTokens(name: NormalisedName): readonly NameToken[] {
  return [...name.own, ...name.father];
}

/** The keys stored per person name for search: every token key, and every phonetic code. */
export function searchKeys(name: NormalisedName): { keys: string[]; phonetic: string[] } {
  // The Latin reading's keys too, so that a Latin spelling finds the name written in its script.
  const written = [...matchTokens(name), ...(name.latin ? matchTokens(name.latin) : [])];
  // Adjacent words joined too, so that "Thida" finds "Thi Da" and the reverse (joined.ts).
  const tokens = [
    ...written,
    ...[name, name.latin].flatMap((form) =>
      form ? joinedTokens(matchTokens(form)).map(({ token }) => token) : [],
    ),
  ];
  return {
    keys: [...new Set(tokens.flatMap((t) => t.keys))].slice(0, 64),
    phonetic: [...new Set(tokens.flatMap((t) => t.phonetic))].slice(0, 64),
  };
}

/**
 * Words that are never a name on their own: titles and honorifics ("Haji", "Encik", "Dr") and the
 * Burmese U and Daw (in Latin and in Myanmar script). Tun and the other Burmese honorifics (Ko, Maung, Ma, Saw, Sai, Mi…) are also
 * name syllables ("Tun Tun", "Ko Ko"), so they count as words.
 */
const notNamesAlone = new Set([
  ...honorifics
    .flatMap((h) => h.split(' '))
    .map((h) => h.replace(/[.']$/, ''))
    .filter((h) => h !== 'tun'),
  'u',
  'daw',
  'ဦး',
  'ဒေါ်',
]);

/**
 * The tokens that name someone: the matching tokens less titles and honorifics left in because
 * nothing else was written. Empty for "bin binti", "Haji", "-- ..", zero-width spaces: a name
 * that says nothing, which is never recorded and never searched on (issue 8: never a match on
 * nothing).
 */
export function nameWords(name: NormalisedName): readonly NameToken[] {
  // Digits alone ("00/00", a date typed in the name box) are no name either.
  return matchTokens(name).filter(
    (token) => !notNamesAlone.has(token.canonical) && /\p{L}/u.test(token.canonical),
  );
}
