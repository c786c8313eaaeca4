import {
  type JoinedToken,
  jaroWinkler,
  joinedTokens,
  joinsMayMeet,
  type NameToken,
  rejoined,
} from '../names/index.ts';
import {
  distinguishingNearSpelled,
  fatherWordFound,
  ownNamesApart,
  partsConflict,
  wordMissing,
  writtenGivenDiffers,
} from './name-parts.ts';
import { levenshtein, type PreparedRecord } from './record.ts';
import { tokenIdsOf } from './token-ids.ts';
import { isWordToken, scoreOfTokens, tokenScore, weightOfToken } from './token-scores.ts';

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
   * Levels whose evidence another comparison already counts (a father's name agreeing is part of
   * the whole name agreeing): they weigh nothing, in EM as in scoring, so it is not counted twice.
   */
  readonly neutralLevels?: readonly number[];
  /** The comparison that counts the neutral levels' evidence, named in a pair's explanation ('name'). */
  readonly countedIn?: string;
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

/** A record's tokens with their numbers (`tokenIds`, or `ownIds` for the name's own tokens). */
interface Bag {
  readonly tokens: readonly NameToken[];
  readonly ids: Int32Array;
}

const wholeName = (r: PreparedRecord): Bag => ({ tokens: r.tokens, ids: r.tokenIds });
const ownName = (r: PreparedRecord): Bag => ({ tokens: r.name?.own ?? [], ids: r.ownIds });

/** Every token of each side has a variant-or-better partner on the other side. */
function allVariants(a: PreparedRecord, b: PreparedRecord): boolean {
  if (a.tokens.length !== b.tokens.length) return false;
  return (
    covers(a.tokens, a.tokenIds, b.tokens, b.tokenIds) && covers(b.tokens, b.tokenIds, a.tokens, a.tokenIds)
  );
}

function covers(
  from: readonly NameToken[],
  fromIds: Int32Array,
  to: readonly NameToken[],
  toIds: Int32Array,
) {
  for (let i = 0; i < from.length; i++) {
    let found = false;
    for (let j = 0; j < to.length && !found; j++)
      found =
        tokenScore(from[i] as NameToken, to[j] as NameToken, fromIds[i] as number, toIds[j] as number) >=
        0.95;
    if (!found) return false;
  }
  return true;
}

/** Some token that is not a very common one (Muhammad, Nguyen, Siti) agrees. */
function rareTokenAgrees(a: PreparedRecord, b: PreparedRecord): boolean {
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as NameToken;
    const x = a.tokenIds[i] as number;
    if (weightOfToken(t, x) < 0.6 || !isWordToken(t, x)) continue;
    for (let j = 0; j < b.tokens.length; j++)
      if (tokenScore(t, b.tokens[j] as NameToken, x, b.tokenIds[j] as number) >= 0.85) return true;
  }
  return false;
}

/**
 * An initial and a word it begins, on either side (Ramil R. Tolentino / Ramil Reyes Tolentino, a
 * Filipino middle name; M. Letchumy / Letchumy a/p Muniandy, a Tamil father's initial): consistent
 * with one person, as a phonetic agreement is, though it never says who someone is (`isWordToken`).
 * Without it an initial written counted as a word that agrees with nothing, below leaving it out.
 */
const initialScore = 0.85;

function initialAgrees(token: NameToken, to: readonly NameToken[]): boolean {
  const initial = token.canonical.length === 1;
  for (const other of to)
    if (
      initial
        ? other.canonical.length > 1 && other.canonical[0] === token.canonical
        : other.canonical.length === 1 && other.canonical === token.canonical[0]
    )
      return true;
  return false;
}

let agreedWeight = 0;
/** Whether the last `coverage` left a word of `from` with no partner at all; whether the last `bagScore` did on both sides. */
let wordUnmatched = false;
let bothUnmatched = false;
/** `bothUnmatched` of the whole names in the last `nameScore` (the name comparison reads it). */
let wholeBothUnmatched = false;

/** How much of `from` is found in `to`, common tokens weighing less; sets `agreedWeight` and `wordUnmatched`. */
function coverage(from: Bag, to: Bag): number {
  let total = 0;
  let sum = 0;
  let agreed = 0;
  let unmatched = false;
  for (let i = 0; i < from.tokens.length; i++) {
    const token = from.tokens[i] as NameToken;
    const x = from.ids[i] as number;
    let best = 0;
    for (let j = 0; j < to.tokens.length; j++) {
      const score = tokenScore(token, to.tokens[j] as NameToken, x, to.ids[j] as number);
      if (score > best) best = score;
    }
    if (best === 0 && initialAgrees(token, to.tokens)) best = initialScore;
    const weight = weightOfToken(token, x);
    total += weight * best;
    sum += weight;
    // An initial agreeing is no evidence of who someone is (compareNames does the same).
    if (best > 0) {
      if (isWordToken(token, x)) agreed += weight;
    } else if (!unmatched && isWordToken(token, x)) unmatched = true;
  }
  agreedWeight = agreed;
  wordUnmatched = unmatched;
  return sum === 0 ? 0 : total / sum;
}

function bagScore(a: Bag, b: Bag): number {
  if (a.tokens.length === 0 || b.tokens.length === 0) return 0;
  const forward = coverage(a, b);
  const forwardAgreed = agreedWeight;
  const forwardUnmatched = wordUnmatched;
  const score = 0.5 * forward + 0.5 * coverage(b, a);
  bothUnmatched = forwardUnmatched && wordUnmatched;
  // Only a common token or two in agreement (two different Muhammads): not a match by name alone.
  return forwardAgreed < 0.9 ? Math.min(score, 0.5) : score;
}

/** The name score from which the name comparison's best level for unequal names ('strong') is reached. */
const strongName = 0.88;

/**
 * The pair score of src/names' compareNames (bags of tokens, a father's name written by one side
 * only costing little), on cached token scores: the linkage compares millions of pairs.
 */
export function nameScore(a: PreparedRecord, b: PreparedRecord): number {
  const written = writtenNameScore(a, b);
  // Words one record writes apart and the other joined (Thi Da / Thida) change the number of
  // words: only then are they put together, the better score counting — and only when that could
  // lift the level ('strong' is the best a score gives) and some join's length and first letters
  // allow (`joinsMayMeet`, on signatures made with the record), which pairs sharing their words
  // fail: at a million persons most pairs of different word counts share a word (compareNames
  // also joins for the same number of words, Thi Da / Thi Ta: here that tripled the comparing time).
  if (written >= strongName) return written;
  // A father's name written by one side only hides a change in the own name's words: Nur Haliza /
  // Nurhaliza binti Ahmad hold two words each, and only the own names differ in number.
  const own = oneSidedFather(a, b) && (a.name?.own.length ?? 0) !== (b.name?.own.length ?? 0);
  // With as many words on each side, a join can only help when each side has a word the other
  // lacks: "Jessica Tan Mei-Ling" / "Tan Mei Ling" (an English name before the Chinese one, whose
  // syllables one side writes as one word) hold three words each.
  const whole = a.tokens.length !== b.tokens.length || wholeBothUnmatched;
  if ((!own && !whole) || !joinsMayMeet(a.joinSignature, b.joinSignature)) return written;
  let best = written;
  if (whole) {
    const together = joinedScore(a.tokens, a.joined, b.tokens, b.joined);
    if (together > best) {
      best = together;
      // Words put together found their partners: no word was put in another's place.
      if (!bothUnmatched) wholeBothUnmatched = false;
    }
  }
  if (own) {
    const ownA = a.name?.own ?? [];
    const ownB = b.name?.own ?? [];
    const together = joinedScore(ownA, joinedTokens(ownA), ownB, joinedTokens(ownB)) * 0.95;
    if (together > best) best = together;
  }
  return best;
}

/** The bag score of two names with the words one writes apart and the other joined put together; 0 when none are. */
function joinedScore(
  a: readonly NameToken[],
  aJoins: readonly JoinedToken[],
  b: readonly NameToken[],
  bJoins: readonly JoinedToken[],
): number {
  // Against the other name's words as written, as compareNames does: both sides joining Nguyen
  // Van made one rare word of two common ones (decision 0081).
  const joinedA = rejoined(a, aJoins, b, scoreOfTokens, 0.85) ?? a;
  const joinedB = rejoined(b, bJoins, joinedA, scoreOfTokens, 0.85) ?? b;
  if (joinedA === a && joinedB === b) return 0;
  return bagScore(
    { tokens: joinedA, ids: tokenIdsOf(joinedA) },
    { tokens: joinedB, ids: tokenIdsOf(joinedB) },
  );
}

const oneSidedFather = (a: PreparedRecord, b: PreparedRecord) =>
  ((a.name?.father.length ?? 0) === 0) !== ((b.name?.father.length ?? 0) === 0);

function writtenNameScore(a: PreparedRecord, b: PreparedRecord): number {
  const whole = bagScore(wholeName(a), wholeName(b));
  wholeBothUnmatched = bothUnmatched;
  if (!oneSidedFather(a, b)) return whole;
  const own = bagScore(ownName(a), ownName(b)) * 0.95;
  return own > whole ? own : whole;
}

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
  byNationality: true,
};

/** Whether one side writes a father's name and the other only a given name of two words or fewer (Nur Sabrina / Nur Sabrina bt Nordin). */
function givenNameAlone(a: PreparedRecord, b: PreparedRecord): boolean {
  if (!oneSidedFather(a, b)) return false;
  const alone = (a.name?.father.length ?? 0) === 0 ? a : b;
  return alone.tokens.length <= 2;
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
  // another name, unlike a word one agency leaves out. Without it no part can conflict either.
  const replaced = wholeBothUnmatched;
  if (replaced && partsConflict(a, b)) return 6;
  if (score >= 0.72 && distinguishingNearSpelled(a, b)) return writtenGivenDiffers(a, b) ? 6 : 3;
  if (score >= strongName) return 2;
  if (score >= 0.72) return 3;
  return rareTokenAgrees(a, b) && !(replaced && wordMissing(a, b) && wordMissing(b, a)) ? 4 : 5;
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
    const x: Bag = { tokens: a.fatherTokens, ids: a.fatherIds };
    const y: Bag = { tokens: b.fatherTokens, ids: b.fatherIds };
    const sameLength = x.tokens.length === y.tokens.length;
    if (sameLength && covers(x.tokens, x.ids, y.tokens, y.ids) && covers(y.tokens, y.ids, x.tokens, x.ids))
      return 0;
    if (bagScore(x, y) >= 0.72) return 1;
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
 * one side knows only the year or carries the 01-01 default; a year apart where one side
 * knows only the year (an estimated age, often misstated by a year, or a year-only date against a
 * full one near New Year), its own level so that EM learns how often matches show it; within two
 * years; different where one side knows only the year; and two full dates that differ by more
 * than a slip, in the same year or not (decision 0105): levels of their own, as they are strong
 * evidence of two persons (namesakes', siblings') that a year-only date's 'different' or 'same
 * year' would dilute — unless a source's dates show them for one person (a swap "corrected" to
 * month 12), which EM then learns.
 */
export const birthComparison: Comparison = {
  field: 'birth',
  levels: [
    'exact',
    'typo or day/month swapped',
    'same year',
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
    if (x.year === y.year) return 2;
    const apart = Math.abs(x.year - y.year);
    if (apart === 1 && partial) return 3;
    if (apart <= 2 && (partial || (x.month === y.month && x.day === y.day))) return 4;
    return partial ? 5 : 6;
  },
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
