import { jaroWinkler, type NameToken } from '../names/index.ts';
import {
  distinguishingNearSpelled,
  fatherWordFound,
  ownNamesApart,
  partsConflict,
  wordMissing,
  writtenGivenDiffers,
} from './name-parts.ts';
import {
  allVariants,
  bagScore,
  covers,
  nameScore,
  oneSidedFather,
  rareTokenAgrees,
  strongName,
  wordsReplacedInLastScore,
} from './name-score.ts';
import { levenshtein, type PreparedRecord } from './record.ts';
import { isWordToken, scoreOfTokens } from './token-scores.ts';

/** A level is an index into `levels`; `missing` says one side is empty: no evidence. */
export const missing = -1;

/**
 * One field comparison of the Fellegi–Sunter model: it sorts a pair into one of a few levels
 * (exact, variant, similar…, disagree). Each level gets its m and u probabilities from the data;
 * `termFrequency` names the value whose frequency replaces u on the levels in `tfLevels`, so that
 * agreeing on "nguyen van duc" counts less than agreeing on a rare name.
 */
export interface Comparison {
  readonly field: string;
  readonly levels: readonly string[];
  compare(a: PreparedRecord, b: PreparedRecord): number;
  readonly termFrequency?: (record: PreparedRecord) => string;
  readonly tfLevels?: readonly number[];
  /**
   * Levels where a common value's frequency lowers the weight but a rare one's never raises it
   * (decision 0149): near agreement on "nguyen van nam" is met among strangers as often as the
   * name is common, while the level's u already holds the chance of near agreement on a rare one.
   */
  readonly tfDiscountLevels?: readonly number[];
  /**
   * Levels whose evidence another comparison already counts (a father's name agreeing is part of
   * the whole name agreeing): they weigh nothing, in EM as in scoring, so it is not counted twice.
   */
  readonly neutralLevels?: readonly number[];
  /** The comparison that counts the neutral levels' evidence, named in a pair's explanation ('name'). */
  readonly countedIn?: string;
  /**
   * Levels that are never evidence for one person, whatever EM learns: their m is held at most at
   * their u among random pairs (decision 0124).
   */
  readonly neverFor?: readonly number[];
  /**
   * Pairs of levels [level, than]: `level` is never stronger evidence for one person than `than`,
   * whatever EM and the anchor learn — its m is held at most where its weight (m over u among
   * random pairs) equals that of `than` (decision 0133).
   */
  readonly noStrongerThan?: readonly (readonly [level: number, than: number])[];
  /**
   * Whether its levels depend on the people a person belongs to (names do: two Vietnamese names
   * share a Nguyen or a Thi far more often than a Vietnamese and a Burmese one): u is then read
   * among pairs of one nationality too, for pairs whose nationality agrees (decision 0106).
   */
  readonly byNationality?: boolean;
}

/** Whether a pair's level in `comparison` carries weight (not missing, not neutral). */
export const weighs = (comparison: Comparison, level: number): boolean =>
  level !== missing && !comparison.neutralLevels?.includes(level);

/** The whole name as a bag of tokens, using the name rules of src/names (variants, patronymics, romanisation). */
export const nameComparison: Comparison = {
  field: 'name',
  levels: ['exact', 'variant', 'strong', 'close', 'partial', 'different', 'another name'],
  compare(a, b) {
    if (a.tokens.length === 0 || b.tokens.length === 0 || !a.name || !b.name) return missing;
    const level = nameLevel(a, b);
    return level < 3 && (!a.birth || !b.birth) && (oneWord(a) || oneWord(b) || givenNameAlone(a, b))
      ? 3
      : level;
  },
  termFrequency: (record) => record.nameKey,
  tfLevels: [0, 1],
  tfDiscountLevels: [2, 3, 4],
  // 'different' (names our rules could not read as agreeing) is learnt in the exact-date session,
  // where at a million persons the strangers of one date outnumber the matches and EM took them for
  // matches: m 0.05 against u 0.03, a name agreeing on nothing weighing +0.6 bits, so that a date
  // and a nationality linked strangers (decision 0124). A name that does not agree is no evidence
  // for one person: m at most u.
  neverFor: [5],
  byNationality: true,
};

/**
 * Whether one side writes a father's name and the other only a given name of two words or fewer
 * (Nur Sabrina / Nur Sabrina bt Nordin). Not when those words hold the father's name too, only the
 * marker left out (Letchumy Krishnan / Letchumy a/p Krishnan): the whole name is there (decision 0147).
 */
function givenNameAlone(a: PreparedRecord, b: PreparedRecord): boolean {
  if (!oneSidedFather(a, b)) return false;
  const [alone, other] = (a.name?.father.length ?? 0) === 0 ? [a, b] : [b, a];
  return (
    alone.tokens.length <= 2 && !covers(other.fatherTokens, other.fatherIds, alone.tokens, alone.tokenIds)
  );
}

/** Whether a name says one word (Sunarti, Jumadi Jumadi): its initials aside, one word written once or repeated. */
function oneWord(r: PreparedRecord): boolean {
  let word: string | undefined;
  for (let i = 0; i < r.tokens.length; i++) {
    const token = r.tokens[i] as NameToken;
    if (!isWordToken(token, r.tokenIds[i] as number)) continue;
    if (word === undefined) word = token.canonical;
    else if (word !== token.canonical) return false;
  }
  return true;
}

/**
 * The name's level, 'different' read further: names that share no word of the persons' own names,
 * or whose part a person keeps differs, are 'another name' (decision 0116) — siblings share a
 * father's or family name and may share a date. 'different' keeps the names our rules could not
 * read as agreeing (another script, heavy slips), which are as often one person.
 */
function nameLevel(a: PreparedRecord, b: PreparedRecord): number {
  const level = agreementLevel(a, b);
  return level === 5 && (partsConflict(a, b) || ownNamesApart(a, b)) ? 6 : level;
}

function agreementLevel(a: PreparedRecord, b: PreparedRecord): number {
  // Hùng / Hưng fold alike: the diacritics both sides wrote tell them apart.
  if (a.nameKey === b.nameKey) return writtenGivenDiffers(a, b) ? 6 : 0;
  if (allVariants(a, b)) return 1;
  // Most candidate pairs score below 'partial': the conflicts are read only where they change the level.
  const score = nameScore(a, b);
  if (score < 0.45) return 5;
  // A word on each side that agrees with no word of the other: one word put in another's place
  // (Siti Sabrina / Nur Sabrina, Win Kyi Myat / Ei Win Kyi, Nguyen Van Nam / Nguyen Huu Nam) —
  // another name, unlike a word one agency leaves out. Without it no part can conflict either,
  // but for two Vietnamese readings of other family names: a family name the bag met in the other
  // name's given name by near letters (Hoàng / Hoa) is no agreement (name-parts.ts, decision 0141).
  const replaced = wordsReplacedInLastScore();
  if ((replaced || vietnameseFamiliesDiffer(a, b)) && partsConflict(a, b)) return 6;
  if (score >= 0.72 && distinguishingNearSpelled(a, b)) return writtenGivenDiffers(a, b) ? 6 : 3;
  if (score >= strongName) return 2;
  if (score >= 0.72) return 3;
  return rareTokenAgrees(a, b) && !(replaced && wordMissing(a, b) && wordMissing(b, a)) ? 4 : 5;
}

/** Whether both names read as Vietnamese and their family names differ. */
function vietnameseFamiliesDiffer(a: PreparedRecord, b: PreparedRecord): boolean {
  const va = a.name?.vietnamese;
  const vb = b.name?.vietnamese;
  return va !== undefined && vb !== undefined && va.family !== vb.family;
}

/**
 * The father's name (after bin, binti, a/l…) on its own (names.md): two men of one name and birth
 * date with different fathers are two men. Missing when either side writes none, so a dropped
 * patronymic costs nothing. Only a disagreement weighs: agreement is already counted by the name
 * comparison (the whole name's bag holds the father's tokens, common ones such as a convert's
 * Abdullah weighing less there), and counted twice it made EM take namesakes' daughters of one
 * Yusof for one person.
 */
export const fatherComparison: Comparison = {
  field: 'father',
  levels: ['exact or variant', 'close', 'different'],
  compare(a, b) {
    if (a.fatherKey === '' || b.fatherKey === '') return missing;
    if (a.fatherKey === b.fatherKey) return 0;
    const x = a.fatherTokens;
    const y = b.fatherTokens;
    const xIds = a.fatherIds;
    const yIds = b.fatherIds;
    if (x.length === y.length && covers(x, xIds, y, yIds) && covers(y, yIds, x, xIds)) return 0;
    if (bagScore(x, xIds, y, yIds) >= 0.72) return 1;
    // A word of one father's name found in the other's (Abd Aziz / Aziz, a slip): another spelling
    // of one father, not another father — 'different' weighs nearly a veto (decision 0106).
    return fatherWordFound(a, b) || fatherWordFound(b, a) ? 1 : 2;
  },
  neutralLevels: [0, 1],
  countedIn: 'name',
  byNationality: true,
};

function partScore(a: readonly NameToken[], b: readonly NameToken[], aText: string, bText: string): number {
  if (aText === bText) return 4;
  const ta = a[0];
  const tb = b[0];
  if (ta && tb && scoreOfTokens(ta, tb) >= 0.85) return 3;
  const similarity = jaroWinkler(aText, bText);
  if (similarity >= 0.92) return 2;
  if (similarity >= 0.8) return 1;
  return 0;
}

/** Given or family name on its own (sources that keep them apart), read across a swap of the two. */
function namePart(field: 'given' | 'family'): Comparison {
  const other = field === 'given' ? 'family' : 'given';
  const tokens = `${field}Tokens` as const;
  const otherTokens = `${other}Tokens` as const;
  return {
    field,
    levels: ['exact', 'variant', 'jaro-winkler ≥ 0.92', 'jaro-winkler ≥ 0.80', 'different'],
    compare(a, b) {
      if (!a[field] || !b[field]) return missing;
      const direct = partScore(a[tokens], b[tokens], a[field], b[field]);
      // Given and family written in each other's box: as good as a variant, no better.
      const crossed = b[other] ? Math.min(3, partScore(a[tokens], b[otherTokens], a[field], b[other])) : 0;
      return 4 - Math.max(direct, crossed);
    },
    termFrequency: (record) => record[field],
    tfLevels: [0],
  };
}

export const givenComparison = namePart('given');
export const familyComparison = namePart('family');

/**
 * Date of birth: the same full date; one digit off or day and month swapped; the same year when
 * one side knows only the year or carries the 01-01 default; two full dates of one year that
 * differ by more than a slip (decision 0126); a year apart where one side knows only the year (an
 * estimated age, often misstated by a year, or a year-only date against a full one near New Year),
 * its own level so that EM learns how often matches show it; within two years; different where one
 * side knows only the year; and two full dates of different years (decision 0105). Full dates that
 * differ have levels of their own, as they are strong evidence of two persons (namesakes',
 * siblings') that a year-only date's 'different' or 'same year' would dilute — unless a source's
 * dates show them for one person, which EM then learns.
 */
export const birthComparison: Comparison = {
  field: 'birth',
  levels: [
    'exact',
    'typo or day/month swapped',
    'same year',
    'full dates differ in the year',
    'a year apart, one a year only',
    'within 2 years',
    'different',
    'full dates differ',
  ],
  compare(a, b) {
    const x = a.birth;
    const y = b.birth;
    if (!x || !y) return missing;
    const partial = x.partial || y.partial;
    if (!partial && x.digits === y.digits) return 0;
    if (!partial) {
      if (x.year === y.year && x.month === y.day && x.day === y.month) return 1;
      if (levenshtein(x.digits, y.digits, 1) <= 1) return 1;
    }
    if (x.year === y.year) return partial ? 2 : 3;
    const apart = Math.abs(x.year - y.year);
    if (apart === 1 && partial) return 4;
    if (apart <= 2 && (partial || (x.month === y.month && x.day === y.day))) return 5;
    return partial ? 6 : 7;
  },
  // Two full dates of one year that differ beyond a slip: one of them is wrong, and a wrong date
  // falls in the right year only by chance — as strangers' dates do. Namesakes and siblings of
  // one year show it far above chance and teach the anchor a positive weight (decision 0133).
  noStrongerThan: [[3, 7]],
};

/** A free-text field compared by Jaro–Winkler bands. */
export function textComparison(field: 'street' | 'locality', tf = false): Comparison {
  return {
    field,
    levels: ['exact', 'jaro-winkler ≥ 0.92', 'jaro-winkler ≥ 0.80', 'different'],
    compare(a, b) {
      if (!a[field] || !b[field]) return missing;
      if (a[field] === b[field]) return 0;
      const similarity = jaroWinkler(a[field], b[field]);
      return similarity >= 0.92 ? 1 : similarity >= 0.8 ? 2 : 3;
    },
    ...(tf ? { termFrequency: (record: PreparedRecord) => record[field], tfLevels: [0] } : {}),
  };
}

/** A code compared exactly, or with one edit as a second level. */
export function codeComparison(
  field: 'postcode' | 'streetNumber' | 'region' | 'sex' | 'nationality',
  oneEdit: boolean,
): Comparison {
  return {
    field,
    levels: oneEdit ? ['exact', 'one edit', 'different'] : ['exact', 'different'],
    compare(a, b) {
      if (!a[field] || !b[field]) return missing;
      if (a[field] === b[field]) return 0;
      if (!oneEdit) return 1;
      return levenshtein(a[field], b[field], 1) <= 1 ? 1 : 2;
    },
  };
}

/** Lindung's persons: one name as written, date of birth, sex, nationality. */
export const personComparisons: readonly Comparison[] = [
  nameComparison,
  birthComparison,
  codeComparison('sex', false),
  codeComparison('nationality', false),
  fatherComparison,
];

/** Sources with given and family names apart and an address (FEBRL). */
export const addressedComparisons: readonly Comparison[] = [
  givenComparison,
  familyComparison,
  birthComparison,
  codeComparison('streetNumber', true),
  textComparison('street'),
  textComparison('locality', true),
  codeComparison('postcode', true),
  codeComparison('region', false),
];
