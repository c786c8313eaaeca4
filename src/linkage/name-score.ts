/**
 * How much of two names agrees, as a score from 0 to 1: each side's words found in the other's
 * (variants, initials, words joined or written apart), common words weighing less. The name
 * comparison (comparisons.ts) turns the score into its levels.
 */
import { type JoinedToken, joinedTokens, joinsMayMeet, type NameToken, rejoined } from '../names/index.ts';
import { noTokens, type PreparedRecord } from './record.ts';
import { tokenIdsOf } from './token-ids.ts';
import { isWordToken, scoreOfTokens, tokenScore, weightOfToken } from './token-scores.ts';

/** Every token of each side has a variant-or-better partner on the other side. */
export function allVariants(a: PreparedRecord, b: PreparedRecord): boolean {
  if (a.tokens.length !== b.tokens.length) return false;
  return (
    covers(a.tokens, a.tokenIds, b.tokens, b.tokenIds) && covers(b.tokens, b.tokenIds, a.tokens, a.tokenIds)
  );
}

export function covers(
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
export function rareTokenAgrees(a: PreparedRecord, b: PreparedRecord): boolean {
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

/** Whether the last `nameScore` left a word on each side of the whole names with no partner: one word put in another's place. */
export const wordsReplacedInLastScore = (): boolean => wholeBothUnmatched;

/**
 * How much of `from` (tokens numbered `fromIds`) is found in `to`, common tokens weighing less;
 * sets `agreedWeight` and `wordUnmatched`. Tokens and numbers are passed apart, not as an object
 * per side: read for every compared pair, such objects were a share of the comparison's garbage
 * (decision 0139).
 */
function coverage(
  from: readonly NameToken[],
  fromIds: Int32Array,
  to: readonly NameToken[],
  toIds: Int32Array,
): number {
  let total = 0;
  let sum = 0;
  let agreed = 0;
  let unmatched = false;
  for (let i = 0; i < from.length; i++) {
    const token = from[i] as NameToken;
    const x = fromIds[i] as number;
    let best = 0;
    for (let j = 0; j < to.length; j++) {
      const score = tokenScore(token, to[j] as NameToken, x, toIds[j] as number);
      if (score > best) best = score;
    }
    if (best === 0 && initialAgrees(token, to)) best = initialScore;
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

/** How much of two names' tokens (`a` numbered `aIds`, `b` numbered `bIds`) agree, both ways. */
export function bagScore(
  a: readonly NameToken[],
  aIds: Int32Array,
  b: readonly NameToken[],
  bIds: Int32Array,
): number {
  if (a.length === 0 || b.length === 0) return 0;
  const forward = coverage(a, aIds, b, bIds);
  const forwardAgreed = agreedWeight;
  const forwardUnmatched = wordUnmatched;
  const score = 0.5 * forward + 0.5 * coverage(b, bIds, a, aIds);
  bothUnmatched = forwardUnmatched && wordUnmatched;
  // Only a common token or two in agreement (two different Muhammads): not a match by name alone.
  return forwardAgreed < 0.9 ? Math.min(score, 0.5) : score;
}

/** The name score from which the name comparison's best level for unequal names ('strong') is reached. */
export const strongName = 0.88;

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
  const together = togetherScore(a, b);
  if (together > written) {
    // The letters agree in order: no word was put in another's place.
    wholeBothUnmatched = false;
    return together;
  }
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
  return bagScore(joinedA, tokenIdsOf(joinedA), joinedB, tokenIdsOf(joinedB));
}

/**
 * The score of two names whose own words are the same letters in the same order split in other
 * places (Min Thura Soe / Min Thu Rasoe: src/names `togetherSkeleton`), as compareNames gives it:
 * a variant's 0.95, less a father's name written by one side only; 0 when the letters differ or
 * both write fathers' names that differ, or the own name is common words alone.
 */
function togetherScore(a: PreparedRecord, b: PreparedRecord): number {
  if (a.together === '' || a.together !== b.together) return 0;
  const oneSided = oneSidedFather(a, b);
  if (!oneSided && a.fatherKey !== b.fatherKey) return 0;
  // The more cautious side's weight, so that the score does not depend on which record comes first.
  if (Math.min(ownWeight(a), ownWeight(b)) < 0.9) return 0;
  return oneSided ? 0.95 * 0.95 : 0.95;
}

/** The summed weight of a record's own name words. */
function ownWeight(record: PreparedRecord): number {
  const own = record.name?.own ?? [];
  let weight = 0;
  for (let i = 0; i < own.length; i++) {
    const token = own[i] as NameToken;
    const x = record.ownIds[i] as number;
    if (isWordToken(token, x)) weight += weightOfToken(token, x);
  }
  return weight;
}

export const oneSidedFather = (a: PreparedRecord, b: PreparedRecord) =>
  ((a.name?.father.length ?? 0) === 0) !== ((b.name?.father.length ?? 0) === 0);

function writtenNameScore(a: PreparedRecord, b: PreparedRecord): number {
  const whole = bagScore(a.tokens, a.tokenIds, b.tokens, b.tokenIds);
  wholeBothUnmatched = bothUnmatched;
  if (!oneSidedFather(a, b)) return whole;
  const own = bagScore(a.name?.own ?? noTokens, a.ownIds, b.name?.own ?? noTokens, b.ownIds) * 0.95;
  return own > whole ? own : whole;
}
