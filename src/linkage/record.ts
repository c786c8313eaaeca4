import {
  foldName,
  hasNonLatinLetters,
  isNameWord,
  type JoinedToken,
  jaroWinkler,
  joinedTokens,
  joinSignature,
  latinForm,
  matchTokens,
  misreadUtf8,
  type NameToken,
  type NormalisedName,
  normalizeName,
  slipsApart,
  togetherSkeleton,
} from '../names/index.ts';
import { parseBirth } from './birth-text.ts';
import { carvedInts } from './carved-ints.ts';
import { cleanField } from './field-text.ts';
import { nationalityCode } from './nationality.ts';
import { sexCode } from './sex.ts';
import { tokenIdsOf } from './token-ids.ts';

/**
 * One person as an agency recorded them, in the shape the linkage model reads. Every field but the
 * id may be missing; a missing field is no evidence either way.
 */
export interface LinkRecord {
  readonly id: string;
  /** The name as written, in any order and script (given + family when only the parts are known). */
  readonly name?: string | null;
  /** Given and family name when the source keeps them apart (FEBRL, forms with two boxes). */
  readonly given?: string | null;
  readonly family?: string | null;
  /** Written year first or day first, with a month's number or name (`parseBirth`); "00/00/0000" reads as unknown. */
  readonly birth?: string | null;
  readonly sex?: string | null;
  readonly nationality?: string | null;
  readonly streetNumber?: string | null;
  readonly street?: string | null;
  readonly locality?: string | null;
  readonly postcode?: string | null;
  readonly region?: string | null;
  /** The agency (or file) the record came from: in link mode only pairs across sources are made. */
  readonly source?: string | null;
}

export interface Birth {
  readonly year: number;
  /** 0 when unknown. */
  readonly month: number;
  readonly day: number;
  /** Only a year is known, or the date is the 01-01 put in when only the year was known. */
  readonly partial: boolean;
  /** yyyymmdd, for edit distance. */
  readonly digits: string;
}

/** A Vietnamese given name as written, in the forms a pair's comparison reads (name-parts.ts `writtenGivenDiffers`). */
export interface WrittenGiven {
  /** Lower case, NFC (Mạnh → mạnh). */
  readonly word: string;
  /** Without its tones, its letters' own marks kept (mạnh → manh, hưng → hưng). */
  readonly letters: string;
  /** `letters` without any mark, đ as d (hưng → hung). */
  readonly base: string;
}

/**
 * What the comparisons read of the normalised name (in its Latin form): only this is kept with a
 * prepared record — the rest of a normalised name (the text as written and folded, honorifics,
 * nicknames, the reading in another script) is a handful of objects per record that a million
 * records would keep for the collector to walk, and nothing compares it.
 */
export type ComparedName = Pick<NormalisedName, 'own' | 'father' | 'vietnamese'>;

/** A record with everything the comparisons need computed once. */
export interface PreparedRecord {
  readonly index: number;
  readonly record: LinkRecord;
  readonly name: ComparedName | undefined;
  /** Canonical tokens of the whole name (own, then father's), at most 8. */
  readonly tokens: readonly NameToken[];
  /** Adjacent tokens written as one (Thi Da → thida), to meet a name that joins them (src/names/joined.ts). */
  readonly joined: readonly JoinedToken[];
  /** The words and `joined` packed, so that a pair whose joins could not meet is told without reading a string. */
  readonly joinSignature: Int32Array;
  /** The own name's words written together as one skeleton (src/names `togetherSkeleton`); '' when too short. */
  readonly together: string;
  /**
   * Whether the name as written (`record.name`) holds letters of a script other than Latin
   * (src/names `hasNonLatinLetters`): read by pairs' comparisons, so tested once (decision 0139).
   */
  readonly otherScript: boolean;
  /** The numbers of `tokens` and of the name's own tokens (`name.own`), in order (token-ids.ts). */
  readonly tokenIds: Int32Array;
  readonly ownIds: Int32Array;
  /** Sorted canonical tokens: the name's identity for term frequencies. */
  readonly nameKey: string;
  /** The father's name (after bin, binti, a/l…) as `nameKey` is the whole name's; '' when none is written. */
  readonly fatherKey: string;
  readonly fatherTokens: readonly NameToken[];
  readonly fatherIds: Int32Array;
  /**
   * The Vietnamese given name as written, when the whole name is written with its diacritics
   * (Nguyễn Văn Mạnh → mạnh, Nguyễn Văn Minh → minh); undefined otherwise (decision 0112).
   */
  readonly writtenGiven: WrittenGiven | undefined;
  /** Where the Vietnamese given name (`name.vietnamese.given`) stands in `tokens`; -1 when none. */
  readonly givenAt: number;
  readonly given: string;
  readonly family: string;
  readonly givenTokens: readonly NameToken[];
  readonly familyTokens: readonly NameToken[];
  readonly birth: Birth | undefined;
  readonly sex: string;
  readonly nationality: string;
  readonly streetNumber: string;
  readonly street: string;
  readonly locality: string;
  readonly postcode: string;
  readonly region: string;
  readonly source: string;
}

/**
 * Shared by every record without such tokens (most have no father's name, and no name in parts):
 * a million records' empty arrays are millions of objects for the collector to mark.
 */
export const noTokens: readonly NameToken[] = Object.freeze([]);

function tokensOf(name: NormalisedName | undefined): readonly NameToken[] {
  if (!name) return noTokens;
  // A name of initials or digits only ("A", "A. B.", "00/00") is no evidence: it is compared as a missing name, so
  // that it never matches on its own (issue 8); an initial beside a word still counts (M. Faizal).
  const tokens = ownAlone(name)
    ? name.own
    : matchTokens(name)
        .filter((t) => t.canonical.length > 0)
        .slice(0, 8);
  return tokens.some(isNameWord) ? tokens : noTokens;
}

/**
 * Whether a name's tokens are its own words as they stand (no father's name, at most 8 words, none
 * empty): then the record keeps one list for both — most names, and a list is two objects a record.
 */
function ownAlone(name: NormalisedName): boolean {
  return name.father.length === 0 && name.own.length <= 8 && name.own.every((t) => t.canonical.length > 0);
}

/** Letters with a Vietnamese diacritic (a tone or a letter's own mark), and đ. */
const marked = /[\u00c0-\u024f\u1e00-\u1eff]/u;

/** Vietnamese tone marks (grave, acute, tilde, hook above, dot below): a tone slip keeps a name's letters. */
const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** `writtenGiven`: the word of the name as written that folds to its Vietnamese given name, the last such. */
function writtenGivenOf(name: NormalisedName | undefined): WrittenGiven | undefined {
  const given = name?.vietnamese?.given;
  if (!given || !marked.test(name.display)) return undefined;
  const words = name.display
    .toLowerCase()
    .normalize('NFC')
    .split(/[\s,;.]+/u);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] as string;
    if (foldName(word) !== given) continue;
    const letters = word.normalize('NFD').replace(toneMarks, '').normalize('NFC');
    return { word, letters, base: letters.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd') };
  }
  return undefined;
}

/** What a record's comparisons read of its name: a function of the name alone. */
export type PreparedName = Pick<
  PreparedRecord,
  | 'name'
  | 'tokens'
  | 'joined'
  | 'joinSignature'
  | 'together'
  | 'otherScript'
  | 'tokenIds'
  | 'ownIds'
  | 'nameKey'
  | 'fatherKey'
  | 'fatherTokens'
  | 'fatherIds'
  | 'writtenGiven'
  | 'givenAt'
>;

function preparedName(written: NormalisedName | undefined, otherScript = false): PreparedName {
  // A name in another script is compared in its usual Latin spelling (src/names/romanise), so
  // that it meets the same name recorded in Latin; the same script reads the same way, so two
  // records in one script still agree.
  const name = written ? latinForm(written) : undefined;
  const tokens = tokensOf(name);
  const joined = joinedTokens(tokens);
  const father = name?.father.length ? tokensOf({ ...name, own: [], father: name.father }) : noTokens;
  const tokenIds = tokenIdsOf(tokens);
  const ownIds = tokenIdsOf(name?.own ?? noTokens);
  const vietnameseGiven = name?.vietnamese?.given;
  return {
    name: name && {
      own: name.own,
      father: name.father.length > 0 ? name.father : noTokens,
      vietnamese: name.vietnamese,
    },
    tokens,
    joined,
    joinSignature: joinSignature(tokens, joined, carvedInts),
    together: togetherSkeleton(name?.own ?? []),
    otherScript,
    tokenIds,
    // One array for both when the name has no father's words (most names).
    ownIds: sameIds(ownIds, tokenIds) ? tokenIds : ownIds,
    nameKey: tokens
      .map((t) => t.canonical)
      .sort()
      .join(' '),
    fatherKey: father
      .map((t) => t.canonical)
      .sort()
      .join(' '),
    fatherTokens: father,
    fatherIds: tokenIdsOf(father),
    writtenGiven: writtenGivenOf(name),
    givenAt: vietnameseGiven === undefined ? -1 : tokens.findIndex((t) => t.canonical === vietnameseGiven),
  };
}

function sameIds(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A name as written (`LinkRecord.name`) prepared for comparison, as `prepareRecord` prepares it. */
export const prepareName = (written: string): PreparedName =>
  // The script is the repaired name's, as normalizeName reads it (decision 0141).
  preparedName(normalizeName(written), hasNonLatinLetters(misreadUtf8(written) ?? written));

/** Normalises a record once, so that comparing it with thousands of others costs no re-parsing. */
export const prepareRecord = (record: LinkRecord, index: number): PreparedRecord =>
  prepareWith(record, index, prepareName);

/**
 * `prepareRecord` with the name as written prepared by `names` (`prepareName`, or a cache of what
 * it answered: a name's preparation depends on the name alone).
 */
export function prepareWith(
  record: LinkRecord,
  index: number,
  names: (written: string) => PreparedName,
): PreparedRecord {
  const given = cleanField(record.given);
  const family = cleanField(record.family);
  const givenName = given ? normalizeName(given) : undefined;
  const familyName = family ? normalizeName(family) : undefined;
  // With only the parts written, the whole name is the parts' tokens: normalised once.
  const name =
    record.name && record.name.trim().length > 0
      ? names(record.name)
      : preparedName(
          givenName && familyName
            ? { ...givenName, own: [...givenName.own, ...familyName.own], father: [] }
            : (givenName ?? familyName),
        );
  // Every field written out, not `...name`: an object spread into another gets the fields past its
  // first few out of line (a second object per record), and the comparisons read them per pair.
  return {
    index,
    record,
    name: name.name,
    tokens: name.tokens,
    joined: name.joined,
    joinSignature: name.joinSignature,
    together: name.together,
    otherScript: name.otherScript,
    tokenIds: name.tokenIds,
    ownIds: name.ownIds,
    nameKey: name.nameKey,
    fatherKey: name.fatherKey,
    fatherTokens: name.fatherTokens,
    fatherIds: name.fatherIds,
    writtenGiven: name.writtenGiven,
    givenAt: name.givenAt,
    given,
    family,
    givenTokens: tokensOf(givenName),
    familyTokens: tokensOf(familyName),
    birth: parseBirth(record.birth),
    sex: readOnce(sexCodes, record.sex, (sex) => sexCode(cleanField(sex))),
    nationality: readOnce(nationalities, record.nationality, (value) => nationalityCode(cleanField(value))),
    streetNumber: cleanField(record.streetNumber),
    street: cleanField(record.street),
    locality: cleanField(record.locality),
    postcode: cleanField(record.postcode),
    region: cleanField(record.region),
    source: record.source ?? '',
  };
}

/**
 * The sex and nationality codes of values as written, each read once: a match prepares thousands
 * of records that write a handful of values ("female", "MY"), and reading one is a Unicode
 * normalisation and a few patterns. Emptied when full, as the names' caches are.
 */
const sexCodes = new Map<string, string>();
const nationalities = new Map<string, string>();
const maxCodes = 10_000;

function readOnce(
  codes: Map<string, string>,
  value: string | null | undefined,
  read: (value: string) => string,
): string {
  const written = value ?? '';
  let code = codes.get(written);
  if (code === undefined) {
    code = read(written);
    if (codes.size >= maxCodes) codes.clear();
    codes.set(written, code);
  }
  return code;
}

/** Levenshtein distance, exact up to `limit` (a swap is two edits): `slipsApart` without swaps. */
export const levenshtein = (a: string, b: string, limit = 3): number => slipsApart(a, b, limit, false);

export { jaroWinkler };
