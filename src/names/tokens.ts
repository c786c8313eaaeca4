/*
 * The words of a written name as tokens: split where a word ends, joined leading Malay words taken
 * apart, variant spellings made canonical, Abdul joined to its name, known Burmese names written
 * apart joined — each token with its keys and phonetic codes.
 */
import { voicedJoin } from './joined.ts';
import { phoneticKeys, tokenKeys } from './keys.ts';
import {
  joinedLeadingNames,
  joinedRestBeginning,
  minJoinedRest,
  minSlippedLeading,
  notLeadingSpellings,
  slippedLeadingNames,
} from './rules/joined-leading.ts';
import { burmeseJoinedNames } from './rules/romanisation.ts';
import { canonicalVariants } from './rules/variants.ts';
import { vietnameseFamilyNames, vietnameseMiddleNames } from './rules/vietnamese.ts';
import { oneSlipApart } from './slips.ts';

export interface NameToken {
  /** The token as written, folded (lower case, no accents). */
  readonly folded: string;
  /** The canonical spelling (Mohd → muhammad). */
  readonly canonical: string;
  /** Keys it matches on: canonical, modern Indonesian spellings, romanisation skeletons ("~…"). */
  readonly keys: readonly string[];
  /** Double-metaphone codes. */
  readonly phonetic: readonly string[];
  /**
   * The word as written when a rule read it otherwise (5ri read Sri, Nurhaliza read Nur and Haliza,
   * Ma. read María); undefined when it is read as written (`folded`). A token agrees as written
   * only with the same written word (issue 8).
   */
  readonly written?: string;
}

/** A folded name's words: hyphens joined, a dot or punctuation ending a word, leading marks dropped. */
export function splitWords(folded: string): string[] {
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
export function splitJoinedLeading(token: string): string[] {
  if (!/^[a-z]+$/.test(token)) return [token];
  const lead = leadingWords.find((word) => token.startsWith(word));
  if (lead === undefined) return splitSlippedLeading(token);
  const rest = token.slice(lead.length);
  if (!isJoinedRest(rest)) return [token];
  return [lead, ...splitJoinedLeading(rest)];
}

const isJoinedRest = (rest: string): boolean =>
  rest.length >= minJoinedRest && joinedRestBeginning.test(rest);

/** The long spellings of the leading words read apart when typed with a slip (rules/joined-leading.ts). */
const slippedLeadingWords = [...canonicalVariants]
  .filter(([form, canonical]) => slippedLeadingNames.includes(canonical) && form.length >= minSlippedLeading)
  .map(([form]) => form);

/**
 * A word beginning with a long leading word typed with a slip (slips.ts) as that word's canonical
 * spelling and the name after it (Muhmmadrasydan: muhammad + rasydan); any other word as it is.
 * The longest beginning one slip off is taken, as the longest leading word is: Muhammaadrizal is
 * muhammad + rizal, not muhamma + adrizal. A slip in the first letter is not looked for: a word
 * beginning otherwise is another name.
 */
function splitSlippedLeading(token: string): string[] {
  let lead: string | undefined;
  let length = 0;
  for (const form of slippedLeadingWords) {
    if (token[0] !== form[0]) continue;
    for (let at = form.length + 1; at >= form.length - 1 && at > length; at--)
      if (isJoinedRest(token.slice(at)) && oneSlipApart(token.slice(0, at), form)) {
        lead = form;
        length = at;
      }
  }
  return lead === undefined ? [token] : [canonicalOf(lead), ...splitJoinedLeading(token.slice(length))];
}

/** A word's canonical spelling (Mohd → muhammad), without trailing dots and apostrophes. */
export function canonicalOf(token: string): string {
  const bare = token.replace(/[.']+$/g, '').replace(/'/g, '');
  return canonicalVariants.get(bare) ?? bare;
}

/** A word without its dots and apostrophes, as a token is told written alike (Mohd. / Mohd). */
export const bareWord = (word: string): string => word.replace(/[.']/g, '');

const noneRewritten: ReadonlyMap<string, string> = new Map();

/**
 * The words a rule read otherwise than written (5ri read sri, nurhaliza read nur and haliza, ma.
 * read maria), each to the word written: `read` holds each written word's reading. Empty for most
 * names, whose words are read as written; a reading that is also a word written stays as written.
 */
export function rewrittenWords(
  written: readonly string[],
  read: readonly (readonly string[])[],
): ReadonlyMap<string, string> {
  if (read.every((parts, i) => parts.length === 1 && parts[0] === written[i])) return noneRewritten;
  const from = new Map<string, string>();
  const asWritten = new Set(written);
  read.forEach((parts, i) => {
    const word = written[i] as string;
    for (const part of parts) if (!asWritten.has(part) && !from.has(part)) from.set(part, word);
  });
  return from;
}

/** `tokens` with the written word of those a rule read otherwise (`rewrittenWords`). */
export function withWritten(
  tokens: readonly NameToken[],
  from: ReadonlyMap<string, string>,
): readonly NameToken[] {
  if (from.size === 0) return tokens;
  return tokens.map((token) => {
    const parts = token.folded.split(' ');
    if (!parts.some((part) => from.has(part))) return token;
    return { ...token, written: parts.map((part) => from.get(part) ?? part).join(' ') };
  });
}

/** Words as tokens with their keys: canonical, and Abdul joined to the name it goes with. */
export function toTokens(raw: readonly string[]): NameToken[] {
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
  return joined.map((canonical, i) => nameToken(written[i] ?? canonical, canonical));
}

/**
 * Tokens kept by spelling as written, up to a bound, and emptied when full (as the skeletons are): a
 * million persons write a few hundred thousand different words (83 % of the words of the scale
 * run's million names repeat one before them), and each token kept with a prepared record is an
 * object and a string the collector walks on every full collection. Shared tokens are read-only;
 * nothing tells two tokens apart by identity but a name's own positions (name-parts.ts).
 */
const maxTokens = 1 << 19;
const tokensByWord = new Map<string, NameToken>();

/** The token of a word written `folded` and read `canonical`: the one made before for that word when there is one. */
function nameToken(folded: string, canonical: string): NameToken {
  const made = tokensByWord.get(folded);
  if (made !== undefined && made.canonical === canonical) return made;
  const token = { folded, canonical, keys: tokenKeys(canonical), phonetic: phoneticKeys(canonical) };
  if (made === undefined) {
    if (tokensByWord.size >= maxTokens) tokensByWord.clear();
    tokensByWord.set(folded, token);
  }
  return token;
}

const isVietnameseWord = (token: NameToken): boolean =>
  vietnameseFamilyNames.has(token.canonical) || vietnameseMiddleNames[token.canonical] !== undefined;

/**
 * The syllables of a known Burmese name written apart read as that one word (Thi Da, Thi Ta →
 * thida; Ya Da Nar → yadanar: burmeseJoinedNames), so that names split in different places meet
 * word for word, in search keys and linkage blocks alike. Not in a name that also holds a
 * Vietnamese family or middle name outside the syllables (Tran Thi Da: Thị is a middle name).
 */
export function joinKnownNames(tokens: readonly NameToken[]): readonly NameToken[] {
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
    out.push(nameToken(parts.map((part) => part.folded).join(' '), canonical));
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
