/**
 * How well two name tokens agree, and each token's weight and whether it is a word that says who
 * someone is — read for every token of every compared pair, so kept once worked out, by token
 * number (token-ids.ts).
 */
import {
  isNameWord,
  letterSimilarity,
  type NameToken,
  soundsAlike,
  tokenWeight,
  veryCommonPair,
} from '../names/index.ts';
import { tokenIdOf, uncachedTokenId } from './token-ids.ts';

/**
 * Token agreement depends only on the two canonical spellings (keys and phonetic codes derive from
 * them), and names repeat: scores are kept once computed, up to a bound — in an open-addressing
 * table of typed arrays keyed by the two tokens' numbers (a Map keyed by a number past 2^31 hashes
 * a boxed double on every look-up: a fifth of the comparison's time at 100,000 records).
 */
class TokenScores {
  /** The smaller token number + 1 (0: empty slot), the larger, and the score. */
  #low = new Int32Array(1 << 16);
  #high = new Int32Array(1 << 16);
  #scores = new Float64Array(1 << 16);
  size = 0;

  #slot(x: number, y: number): number {
    const mask = this.#low.length - 1;
    let at = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca6b)) & mask;
    for (;;) {
      const low = this.#low[at] as number;
      if (low === 0 || (low === x + 1 && this.#high[at] === y)) return at;
      at = (at + 1) & mask;
    }
  }

  /** The score of tokens x < y, or -1 when not kept. */
  get(x: number, y: number): number {
    const at = this.#slot(x, y);
    return this.#low[at] === 0 ? -1 : (this.#scores[at] as number);
  }

  set(x: number, y: number, score: number): void {
    const at = this.#slot(x, y);
    if (this.#low[at] !== 0) return;
    this.#low[at] = x + 1;
    this.#high[at] = y;
    this.#scores[at] = score;
    this.size++;
    if (this.size * 2 > this.#low.length) this.#grow();
  }

  #grow(): void {
    const low = this.#low;
    const high = this.#high;
    const scores = this.#scores;
    this.#low = new Int32Array(low.length * 2);
    this.#high = new Int32Array(low.length * 2);
    this.#scores = new Float64Array(low.length * 2);
    for (let i = 0; i < low.length; i++) {
      if (low[i] === 0) continue;
      const at = this.#slot((low[i] as number) - 1, high[i] as number);
      this.#low[at] = low[i] as number;
      this.#high[at] = high[i] as number;
      this.#scores[at] = scores[i] as number;
    }
  }
}

const tokenScores = new TokenScores();
const maxCachedScores = 4_000_000;

/**
 * The last scores looked up, in a small direct-mapped table before `tokenScores`: one pair's
 * reading asks for the same token pairs up to six times (both coverages, all variants, the own
 * names, a rare token), and the table of millions misses the processor's cache on every look-up.
 */
const recentBits = 10;
const recentLow = new Int32Array(1 << recentBits);
const recentHigh = new Int32Array(1 << recentBits);
const recentScores = new Float64Array(1 << recentBits);

/** The agreement of tokens `a` and `b`, numbered `x` and `y` (token-ids.ts). */
export function tokenScore(a: NameToken, b: NameToken, x: number, y: number): number {
  if (x === y && x !== uncachedTokenId) return 1;
  if (a.canonical === b.canonical) return 1;
  const low = x < y ? x : y;
  const high = x < y ? y : x;
  if (high === uncachedTokenId) return computeTokenScore(a, b);
  const recent = (Math.imul(low, 0x9e3779b1) ^ Math.imul(high, 0x85ebca6b)) >>> (32 - recentBits);
  // Slots hold the smaller number + 1, so that an empty slot (0) never answers.
  if (recentLow[recent] === low + 1 && recentHigh[recent] === high) return recentScores[recent] as number;
  let score = tokenScores.get(low, high);
  if (score < 0) {
    score = computeTokenScore(a, b);
    if (tokenScores.size < maxCachedScores) tokenScores.set(low, high, score);
  }
  recentLow[recent] = low + 1;
  recentHigh[recent] = high;
  recentScores[recent] = score;
  return score;
}

/**
 * `tokenWeight` and `isNameWord` by token number, kept once read: both are read for every token of
 * every pair, and each is a look-up by spelling or a pattern test. Weights unread are NaN; words
 * unread 0, a word 1, not a word 2.
 */
let weights = new Float64Array(1 << 16).fill(Number.NaN);
let words = new Int8Array(1 << 16);

function keepTraits(id: number): boolean {
  if (id < weights.length) return true;
  if (id === uncachedTokenId) return false;
  let size = weights.length;
  while (size <= id) size *= 2;
  const more = new Float64Array(size).fill(Number.NaN);
  more.set(weights);
  weights = more;
  const moreWords = new Int8Array(size);
  moreWords.set(words);
  words = moreWords;
  return true;
}

/** `tokenWeight` of `token`, numbered `id`. */
export function weightOfToken(token: NameToken, id: number): number {
  if (!keepTraits(id)) return tokenWeight(token);
  let weight = weights[id] as number;
  if (Number.isNaN(weight)) {
    weight = tokenWeight(token);
    weights[id] = weight;
  }
  return weight;
}

/** `isNameWord` of `token`, numbered `id`. */
export function isWordToken(token: NameToken, id: number): boolean {
  if (!keepTraits(id)) return isNameWord(token);
  if (words[id] === 0) words[id] = isNameWord(token) ? 1 : 2;
  return words[id] === 1;
}

/** `tokenScore` of two tokens not numbered with a record (given and family names apart). */
export const scoreOfTokens = (a: NameToken, b: NameToken) =>
  tokenScore(a, b, tokenIdOf(a.canonical), tokenIdOf(b.canonical));

/** What two tokens score when one is a spelling of the other (a shared spelling key). */
export const variantScore = 0.95;

/** The same agreement scale as src/names' matcher: exact 1, variant 0.95, phonetic 0.85, similar 0.9 × JW. */
function computeTokenScore(a: NameToken, b: NameToken): number {
  // A very common token (Văn, Nguyen) meets another only by its spellings, not by a skeleton or
  // a sound code (Wan / Văn): src/names' `veryCommonPair`.
  const loose = !veryCommonPair(a, b);
  for (const key of a.keys) if ((loose || !key.startsWith('~')) && b.keys.includes(key)) return variantScore;
  const similarity = letterSimilarity(a, b, loose);
  if (soundsAlike(a, b, similarity)) return 0.85;
  return similarity >= 0.88 ? similarity * 0.9 : 0;
}
