import { joinedKeys, joinedPhoneticKeys } from './keys.ts';
import type { NameToken } from './tokens.ts';

/**
 * The onsets a Burmese syllable takes voiced when it is joined to an open or nasal syllable before
 * it (သီတာ "thi ta" is said and written Thida; ရတနာ Yadanar): longest first. Written names keep
 * their syllables apart unvoiced (Su Kyi, Aung Kyaw), so only a joined form is voiced.
 */
const voicedOnsets: readonly (readonly [voiceless: string, voiced: string])[] = [
  ['ky', 'gy'],
  ['kh', 'g'],
  ['ht', 'd'],
  ['hs', 'z'],
  ['ph', 'b'],
  ['k', 'g'],
  ['t', 'd'],
  ['p', 'b'],
  ['s', 'z'],
];

/** The second syllable voiced after the first, when Burmese voices it there; else undefined. */
function voiced(first: string, second: string): string | undefined {
  if (!/(?:[aeiouy]|n|ng|m)$/.test(first) || second.startsWith('th') || second.startsWith('sh'))
    return undefined;
  const onset = voicedOnsets.find(([voiceless]) => second.startsWith(voiceless));
  return onset ? `${onset[1]}${second.slice(onset[0].length)}` : undefined;
}

/** Syllables written as one word, each voiced where Burmese voices it after the one before (thi ta → thida). */
export const voicedJoin = (parts: readonly string[]): string =>
  parts.reduce((joined, part) => joined + (voiced(joined, part) ?? part), '');

/** Adjacent words of a name written as one: where the first stands and how many. */
export interface JoinedToken {
  readonly at: number;
  readonly size: 2 | 3;
  readonly token: NameToken;
}

/**
 * A join that is itself the token it reads as (`token` is the join), so that a join is one object,
 * not two: a million prepared records hold millions of joins for the collector to walk. Its keys and
 * sound codes are made when first read: a name has as many joins as words, most never meet another
 * name, and the linkage reads their keys only for the blocks of the records its thread keys and for
 * the few pairs that try a join (a third of its preparing time went to making them up front).
 */
class JoinedForm implements NameToken, JoinedToken {
  readonly folded: string;
  readonly canonical: string;
  readonly at: number;
  readonly size: 2 | 3;
  #keys: readonly string[] | undefined;
  #phonetic: readonly string[] | undefined;
  constructor(canonical: string, at: number, size: 2 | 3) {
    this.folded = canonical;
    this.canonical = canonical;
    this.at = at;
    this.size = size;
  }
  get token(): NameToken {
    return this;
  }
  get keys(): readonly string[] {
    this.#keys ??= joinedKeys(this.canonical);
    return this.#keys;
  }
  get phonetic(): readonly string[] {
    this.#phonetic ??= joinedPhoneticKeys(this.canonical);
    return this.#phonetic;
  }
}

/**
 * A name's adjacent words, two or three, written as one word (Thi Da / Thida, Aung Kyaw /
 * Aungkyaw, Srey Mom / Sreymom, Nur Haliza / Nurhaliza, ya ta na / Yadana), and, joined, with the
 * Burmese voicing (thi ta → thida): forms to meet a name that writes them joined, never a
 * replacement. Only words of two letters or more in the Latin alphabet (an initial joins nothing).
 */
export function joinedTokens(tokens: readonly NameToken[]): JoinedToken[] {
  const out: JoinedToken[] = [];
  const words = tokens.slice(0, 8).map((token) => token.canonical);
  const joinable = words.map((word) => word.length >= 2 && /^[a-z]+$/.test(word));
  for (let at = 0; at < words.length; at++)
    for (const size of [2, 3] as const) {
      const parts = words.slice(at, at + size);
      if (parts.length < size || !joinable.slice(at, at + size).every(Boolean)) continue;
      const plain = parts.join('');
      const sounded = voicedJoin(parts);
      out.push(new JoinedForm(plain, at, size));
      if (sounded !== plain) out.push(new JoinedForm(sounded, at, size));
    }
  return out;
}

/**
 * A word's first two letters as one number (`mayMeet`); a word of one letter has none to match a
 * join's. A w after the first letter counts as u: Chinese names romanised one way write the glide
 * w, another u (Swee / Sui, Kwan / Kuan, Hwang / Huang), so that Swee Keong joined meets Suikeong.
 */
const prefixOf = (word: string): number => {
  const second = word.charCodeAt(1);
  return (word.charCodeAt(0) << 16) | (second === 119 /* w */ ? 117 /* u */ : second);
};

/**
 * Whether `size` words put together into `length` letters, beginning with `prefix` (`prefixOf`),
 * could meet a word of `wordLength` letters beginning with `wordPrefix`: the same first two letters
 * and about the length (±1 for two words, ±2 for three).
 */
const mayMeet = (prefix: number, length: number, size: number, wordPrefix: number, wordLength: number) =>
  prefix === wordPrefix && Math.abs(wordLength - length) <= size - 1;

/**
 * Whether words of `a` put together could meet a word of `b` as written (`mayMeet`; `rejoined`
 * puts words together only against the other side's written words, and the other side's against
 * those). A cheap test before the joins are made, which most pairs fail: words both names share
 * (Nguyen Van Duc / Nguyen Thi Lan) never pass it.
 */
export function mayJoin(a: readonly NameToken[], b: readonly NameToken[]): boolean {
  for (let i = 0; i + 1 < a.length && i < 8; i++) {
    const first = (a[i] as NameToken).canonical;
    const prefix = prefixOf(first);
    const two = first.length + (a[i + 1] as NameToken).canonical.length;
    const third = a[i + 2];
    for (let j = 0; j < b.length && j < 8; j++) {
      const word = (b[j] as NameToken).canonical;
      const wordPrefix = prefixOf(word);
      if (mayMeet(prefix, two, 2, wordPrefix, word.length)) return true;
      if (third && mayMeet(prefix, two + third.canonical.length, 3, wordPrefix, word.length)) return true;
    }
  }
  return false;
}

/**
 * A name's words and the joins of its words packed for `joinsMayMeet`: the number of words, then
 * each word's `prefixOf` and length, then each join's `prefixOf` and length × 4 + size. Made once
 * per record by the linkage, which tests millions of pairs, in an array `ints` gives (zeroed).
 */
export function joinSignature(
  tokens: readonly NameToken[],
  joins: readonly JoinedToken[],
  ints: (length: number) => Int32Array,
): Int32Array {
  const signature = ints(1 + 2 * tokens.length + 2 * joins.length);
  signature[0] = tokens.length;
  let at = 1;
  for (const { canonical } of tokens) {
    signature[at++] = prefixOf(canonical);
    signature[at++] = canonical.length;
  }
  for (const { size, token } of joins) {
    signature[at++] = prefixOf(token.canonical);
    signature[at++] = token.canonical.length * 4 + size;
  }
  return signature;
}

/**
 * Whether a join of one name may meet a word of the other (`mayMeet`), either way, on their
 * `joinSignature`s: exactly when `rejoined` would compare anything, with no string read.
 */
export function joinsMayMeet(a: Int32Array, b: Int32Array): boolean {
  return someJoinMayMeet(a, b) || someJoinMayMeet(b, a);
}

function someJoinMayMeet(joins: Int32Array, words: Int32Array): boolean {
  const wordsEnd = 1 + 2 * (words[0] as number);
  for (let j = 1 + 2 * (joins[0] as number); j < joins.length; j += 2) {
    const prefix = joins[j] as number;
    const packed = joins[j + 1] as number;
    for (let w = 1; w < wordsEnd; w += 2)
      if (mayMeet(prefix, packed >> 2, packed & 3, words[w] as number, words[w + 1] as number)) return true;
  }
  return false;
}

/**
 * `tokens` with adjacent words put together where, together, they agree with a word of `other`
 * (`agreement` ≥ `enough`) better than any of them alone: "Thi Da" read against "Thida" is one
 * word. The best-agreeing join is taken (thi ta voiced, thida, before thita); a join is tried only
 * against words it may meet (`mayMeet`). Undefined when nothing is put together — then nothing is
 * allocated: the linkage tries this on many pairs.
 */
export function rejoined<T extends NameToken>(
  tokens: readonly T[],
  joined: readonly JoinedToken[],
  other: readonly T[],
  agreement: (a: NameToken, b: T) => number,
  enough: number,
): NameToken[] | undefined {
  let out: NameToken[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const best = bestJoinAt(i, tokens, joined, other, agreement, enough);
    if (best) {
      out ??= tokens.slice(0, i);
      out.push(best.token);
      i += best.size - 1;
    } else {
      out?.push(tokens[i] as T);
    }
  }
  return out;
}

/** The join beginning at `tokens[at]` that agrees best (≥ `enough`) with a word of `other`, better than its words alone. */
function bestJoinAt<T extends NameToken>(
  at: number,
  tokens: readonly T[],
  joined: readonly JoinedToken[],
  other: readonly T[],
  agreement: (a: NameToken, b: T) => number,
  enough: number,
): JoinedToken | undefined {
  let best: JoinedToken | undefined;
  let bestScore = enough;
  for (const join of joined) {
    if (join.at !== at) continue;
    const { canonical } = join.token;
    const prefix = prefixOf(canonical);
    for (const word of other) {
      if (!mayMeet(prefix, canonical.length, join.size, prefixOf(word.canonical), word.canonical.length))
        continue;
      const score = agreement(join.token, word);
      if (score < bestScore) continue;
      if (partAgrees(tokens, at, join.size, word, agreement, score)) continue;
      best = join;
      bestScore = score;
    }
  }
  return best;
}

/** Whether one of `tokens[at, at + size)` alone agrees with `word` as well as `score` (no slice: per pair). */
function partAgrees<T extends NameToken>(
  tokens: readonly T[],
  at: number,
  size: number,
  word: T,
  agreement: (a: NameToken, b: T) => number,
  score: number,
): boolean {
  for (let k = at; k < at + size && k < tokens.length; k++)
    if (agreement(tokens[k] as T, word) >= score) return true;
  return false;
}
