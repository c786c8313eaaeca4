import { detectScript, foldName, type Script } from './fold.ts';
import { skeleton } from './keys.ts';
import { misreadUtf8 } from './mojibake.ts';
import { romaniseName } from './romanise/index.ts';
import { filipinoAbbreviations } from './rules/filipino.ts';
import { readMisreadDigits } from './rules/misread-digits.ts';
import { fathersTitles, patronymicMarkers, weakPatronymicMarkers } from './rules/patronymics.ts';
import { burmeseSyllables } from './rules/romanisation.ts';
import { vietnameseFamilyNames, vietnameseMiddleNames } from './rules/vietnamese.ts';
import { peelBurmeseScriptTitles, peelThaiScriptTitles, peelTitles } from './titles.ts';
import {
  canonicalOf,
  joinKnownNames,
  type NameToken,
  rewrittenWords,
  splitJoinedLeading,
  splitWords,
  toTokens,
  withWritten,
} from './tokens.ts';
import { readVietnamese } from './vietnamese-reading.ts';
import { type BurmeseEncoding, burmeseAsUnicode, detectBurmeseEncoding } from './zawgyi.ts';

/** Longest name we look at: longer input is cut, never a reason to fail. */
export const maxNameLength = 300;

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
   * in Myanmar or Thai script are given in their Latin form (ဒေါ် daw, นางสาว nangsao).
   */
  readonly honorifics: readonly string[];
  /** The person's own name tokens, in the order written (given, middle, family as given). */
  readonly own: readonly NameToken[];
  /**
   * Another name written in brackets after or within the name (a Thai nickname: Malee Srisook
   * (Noi), Ratana Sukprasert (Ploy)): kept apart, never matched on as part of the name — one
   * agency writes it and the next does not — but searched by (search-keys.ts).
   */
  readonly nicknames: readonly NameToken[];
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

/**
 * The Burmese syllables' romanisation skeletons: a syllable written another way (Linn, Myatt, Thett,
 * Zinn, Soo, Pye) still marks a name as Burmese, so that Daw, U, Ma before it is the honorific.
 */
const burmeseSyllableSkeletons = new Set([...burmeseSyllables].map(skeleton));
const burmeseSyllable = (token: string) =>
  burmeseSyllables.has(token) || (/^[a-z]+$/.test(token) && burmeseSyllableSkeletons.has(skeleton(token)));

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
 * Finds a father's title standing for the marker (`fathersTitles`: Ahmad Faizal Hj Ismail is
 * Ahmad Faizal bin Haji Ismail): between two names, in a name with no marker.
 */
function findFathersTitle(tokens: readonly string[]): number {
  for (let i = 1; i < tokens.length - 1; i++)
    if (fathersTitles.has((tokens[i] as string).replace(/\.+$/, ''))) return i;
  return -1;
}

/**
 * Normalises one written name for matching: folds case and accents, peels off honorifics and
 * titles, separates the father's name after bin/binti/a/l…, makes variant spellings canonical and
 * gives each token its matching keys and phonetic codes. `language` (ISO 639) is a hint only.
 */
export function normalizeName(input: string, language?: string): NormalisedName {
  const cut = input.slice(0, maxNameLength);
  const display = cut.trim().normalize('NFC');
  // UTF-8 read as Windows-1252 (Nguyá»…n) is matched as the name it was, read before the trim (a
  // byte 0xA0 read as a space ends Ạ); the display keeps what was typed (decision 0141).
  const written = misreadUtf8(cut)?.trim().normalize('NFC') ?? display;
  // Zawgyi is matched as the Unicode it stands for; the display keeps what was typed.
  const burmeseEncoding = detectBurmeseEncoding(written);
  const unicode = burmeseEncoding === 'zawgyi' ? burmeseAsUnicode(written) : undefined;
  const folded = foldName(unicode ?? written);
  const burmeseTitled = peelBurmeseScriptTitles(folded);
  const { titles: thaiTitles, rest: titled } = peelThaiScriptTitles(burmeseTitled.rest);
  const scriptTitles = [...burmeseTitled.titles, ...thaiTitles];
  const { named, nicknames } = bracketsApart(titled);
  // A scanner's digits for letters (5ri, H0ELENG) read first: a name word holds no digit.
  const wordsWritten = splitWords(named);
  const readWords = wordsWritten.map((word) => splitJoinedLeading(readMisreadDigits(word)));
  const tokens = readWords.flat();
  const looksVietnamese =
    language === 'vi' ||
    tokens.some((t) => vietnameseMiddleNames[canonicalOf(t)] !== undefined) ||
    // Breve, horn, hook above and dot below are Vietnamese marks (đ has no decomposition).
    /đ|[\u0306\u031b\u0309\u0323]/iu.test(written.normalize('NFD'));
  const looksBurmese =
    language === 'my' ||
    (!looksVietnamese && tokens.slice(1).some((t) => burmeseSyllable(t) || /[\u1000-\u109f]/u.test(t)));
  // Ma. is María in a Filipino name, the honorific Ma in a Burmese one (rules/filipino.ts).
  const readAs = looksBurmese
    ? readWords
    : readWords.map((parts) => parts.map((t) => filipinoAbbreviations[t] ?? t));
  const read = readAs.flat();
  const rewritten = rewrittenWords(wordsWritten, readAs);
  const { titles: peeled, rest } = peelTitles(read, looksBurmese);
  const patronymicAt = findPatronymic(rest);
  const marker = patronymicAt === -1 ? findFathersTitle(rest) : patronymicAt;
  // A marker on its own ("Ahmad bin") is not a name: it never counts in matching.
  const ownRaw = (marker === -1 ? rest : rest.slice(0, marker)).filter(
    (t) => patronymicMarkers[t] === undefined,
  );
  // The father's titles are his, not his name (bin Haji Ismail, a/l Dr Kumar): one agency writes
  // them and the next does not, and Hj did not meet Haji.
  const fatherRaw = marker === -1 ? [] : peelTitles(rest.slice(marker + 1), looksBurmese).rest;
  const own = withWritten(joinKnownNames(toTokens(ownRaw)), rewritten);
  const father = withWritten(toTokens(fatherRaw), rewritten);
  const patronymic =
    marker === -1 ? undefined : (patronymicMarkers[rest[marker] as string] ?? ('child' as const));
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
    nicknames: toTokens(splitWords(nicknames)),
    father,
    patronymic,
    vietnamese,
    impliedSex,
  };
}

const bracketed = /[([{]([^)\]}]*)[)\]}]/gu;

/** Bracketed words holding a patronymic marker (Nur Aini (binti Ahmad), Ali [bin] Abu) are the father's name, not a nickname. */
const holdsPatronymic = (words: string) =>
  splitWords(words).some((word) => patronymicMarkers[word] !== undefined);

/**
 * The words in brackets (another name: a nickname, an alias) apart from the rest, when a name of
 * letters remains outside them; else the whole as the name, its brackets read as spaces. Brackets
 * holding a patronymic marker stay in the name, read as if unbracketed: the father's name in them
 * is compared, not lost as a nickname (decision 0134).
 * UNCONFIRMED: names.md says nothing of nicknames; Thai ones are usual (decision 0134).
 */
function bracketsApart(folded: string): { named: string; nicknames: string } {
  // Most names hold no bracket: told before the pattern's pass.
  if (!folded.includes('(') && !folded.includes('[') && !folded.includes('{'))
    return { named: folded, nicknames: '' };
  const nicknames: string[] = [];
  const outside = folded.replace(bracketed, (_whole, inner: string) => {
    if (holdsPatronymic(inner)) return ` ${inner} `;
    nicknames.push(inner);
    return ' ';
  });
  if (nicknames.length === 0 || !/\p{L}/u.test(outside)) return { named: folded, nicknames: '' };
  return { named: outside, nicknames: nicknames.join(' ') };
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
