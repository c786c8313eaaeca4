import { phoneticKeys, tokenKeys } from './keys.ts';
import type { NameToken } from './normalize.ts';

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

const tokenOf = (canonical: string): NameToken => ({
  folded: canonical,
  canonical,
  keys: tokenKeys(canonical),
  phonetic: phoneticKeys(canonical),
});

/** Adjacent words of a name written as one: where the first stands and how many. */
export interface JoinedToken {
  readonly at: number;
  readonly size: 2 | 3;
  readonly token: NameToken;
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
      out.push({ at, size, token: tokenOf(plain) });
      if (sounded !== plain) out.push({ at, size, token: tokenOf(sounded) });
    }
  return out;
}

/**
 * Whether words of `a` put together could meet a word of `b` or `b`'s two words put together: two
 * adjacent words of `a` of about the length (±1) of a word, or of two words, of `b` beginning with
 * the same two letters, or three (±2). A cheap test before `rejoined`, which most pairs fail.
 */
export function mayJoin(a: readonly NameToken[], b: readonly NameToken[]): boolean {
  for (let i = 0; i + 1 < a.length && i < 8; i++) {
    const first = (a[i] as NameToken).canonical;
    const two = first.length + (a[i + 1] as NameToken).canonical.length;
    const three = two + (a[i + 2]?.canonical.length ?? 99);
    for (let j = 0; j < b.length && j < 8; j++) {
      const word = (b[j] as NameToken).canonical;
      if (word[0] !== first[0] || word[1] !== first[1]) continue;
      const length = word.length + (b[j + 1]?.canonical.length ?? 0);
      for (const size of [word.length, length])
        if (Math.abs(size - two) <= 1 || Math.abs(size - three) <= 2) return true;
    }
  }
  return false;
}

/**
 * `tokens` with adjacent words put together where, together, they agree with a word of `other`
 * (`agreement` ≥ `enough`) better than any of them alone: "Thi Da" read against "Thida" is one
 * word. The best-agreeing join is taken (thi ta voiced, thida, before thita). Undefined when
 * nothing is put together.
 */
export function rejoined<T extends NameToken>(
  tokens: readonly T[],
  joined: readonly JoinedToken[],
  other: readonly T[],
  agreement: (a: NameToken, b: T) => number,
  enough: number,
): NameToken[] | undefined {
  const out: NameToken[] = [];
  let changed = false;
  for (let i = 0; i < tokens.length; i++) {
    let best: JoinedToken | undefined;
    let bestScore = enough;
    for (const join of joined) {
      if (join.at !== i) continue;
      for (const word of other) {
        const score = agreement(join.token, word);
        if (score < bestScore) continue;
        if (tokens.slice(i, i + join.size).some((part) => agreement(part, word) >= score)) continue;
        best = join;
        bestScore = score;
      }
    }
    if (best) {
      out.push(best.token);
      changed = true;
      i += best.size - 1;
    } else {
      out.push(tokens[i] as T);
    }
  }
  return changed ? out : undefined;
}
