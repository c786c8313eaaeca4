import { doubleMetaphone } from 'double-metaphone';
import { oldSpellingMarks, oldSpellingRules } from './rules/indonesian-spelling.ts';
import { malaySpellingRules } from './rules/malay-spelling.ts';
import { burmeseLongA, romanisationRules } from './rules/romanisation.ts';
import { canonicalVariants } from './rules/variants.ts';

/** Rewrites old Indonesian spellings to today's in one left-to-right pass, longest rule first. */
function modernise(token: string, withOldJ: boolean): string {
  let out = '';
  let i = 0;
  outer: while (i < token.length) {
    for (const [old, modern] of oldSpellingRules) {
      if (old === 'j' && !withOldJ) continue;
      if (token.startsWith(old, i)) {
        out += modern;
        i += old.length;
        continue outer;
      }
    }
    out += token[i];
    i++;
  }
  return out;
}

/** Today's Indonesian spellings a token may stand for (itself included), from old or Malaysian ones. */
export function spellingKeys(token: string): string[] {
  const keys = new Set([token]);
  const looksOld = oldSpellingMarks.some((mark) => token.includes(mark));
  keys.add(modernise(token, looksOld));
  // An old "j" cannot be told from a modern one without other marks: keep both readings.
  if (!looksOld && token.includes('j')) keys.add(modernise(token, true));
  // The Malaysian spelling's Indonesian twin (Aishah → Aisyah), of each reading.
  for (const key of [...keys]) {
    let indonesian = key;
    for (const [malaysian, twin] of malaySpellingRules) indonesian = indonesian.replaceAll(malaysian, twin);
    keys.add(indonesian);
  }
  return [...keys];
}

/**
 * Skeletons made, by spelling, up to a bound: each is some thirty pattern passes, and the same words
 * and names recur (every name's words are tested for Burmese syllables, every own name written
 * together: decision 0139).
 */
const maxSkeletons = 200_000;
const skeletons = new Map<string, string>();

/** The romanisation skeleton of a token: Kyaw and Chaw, Htun and Tun, Winn and Win agree. */
export function skeleton(token: string): string {
  let out = skeletons.get(token);
  if (out !== undefined) return out;
  out = token;
  for (const [pattern, replacement] of romanisationRules) out = out.replace(pattern, replacement);
  // Emptied when full rather than left full: search's half-typed words would otherwise fill it
  // for the life of the process and leave linkage uncached.
  if (skeletons.size >= maxSkeletons) skeletons.clear();
  skeletons.set(token, out);
  return out;
}

/**
 * Keys and codes are pure functions of the token and the same names recur endlessly (a million
 * persons hold a few tens of thousands of distinct tokens): each is computed once, up to a bound.
 * The arrays are shared — callers keep them read-only.
 */
const maxCached = 200_000;
const keyCache = new Map<string, string[]>();
const phoneticCache = new Map<string, string[]>();

function cached(cache: Map<string, string[]>, token: string, compute: (token: string) => string[]): string[] {
  let value = cache.get(token);
  if (value === undefined) {
    value = compute(token);
    if (cache.size < maxCached) cache.set(token, value);
  }
  return value;
}

/** Every key a token is matched on: its canonical form, its modern spellings and their skeletons. */
export function tokenKeys(token: string): string[] {
  return cached(keyCache, token, computeTokenKeys);
}

function computeTokenKeys(token: string): string[] {
  const keys = new Set<string>();
  for (const spelling of spellingKeys(token)) {
    keys.add(spelling);
    if (/^[a-z]+$/.test(spelling)) keys.add(`~${skeleton(spelling)}`);
  }
  // A Burmese long a written -ar also meets the same name written -a (Thidar/Thida).
  if (burmeseLongA.has(token)) keys.add(`~${skeleton(token.slice(0, -1))}`);
  return [...keys];
}

/**
 * Words written together (joined.ts) have their own caches: a name has as many joins as words and
 * most are met once, so that among a million persons they filled the words' cache and left the
 * words after them uncached.
 */
const joinedKeyCache = new Map<string, string[]>();
const joinedPhoneticCache = new Map<string, string[]>();

/** `tokenKeys` of words written together. */
export const joinedKeys = (joined: string): string[] => cached(joinedKeyCache, joined, computeTokenKeys);

/** `phoneticKeys` of words written together. */
export const joinedPhoneticKeys = (joined: string): string[] =>
  cached(joinedPhoneticCache, joined, computePhoneticKeys);

/** Double-metaphone codes (primary and alternate) of a Latin-script token; none for other scripts. */
export function phoneticKeys(token: string): string[] {
  return cached(phoneticCache, token, computePhoneticKeys);
}

function computePhoneticKeys(token: string): string[] {
  if (!/^[a-z]+$/.test(token)) return [];
  const codes = new Set(doubleMetaphone(modernise(token, false)).filter((code) => code.length > 0));
  return [...codes];
}

/** Fewest letters typed before a known spelling's beginning reaches its canonical form (`typedVariants`). */
export const typedVariantMinLength = 3;

/**
 * Each beginning, of `typedVariantMinLength` letters or more, of a known variant spelling
 * (rules/variants.ts) that is not itself a whole known spelling, with the canonical forms whose
 * spellings it begins: moh → muhammad (Mohd, Mohamad, Mohammed…), noo → nur, nurul.
 */
const variantBeginnings: ReadonlyMap<string, readonly string[]> = (() => {
  const beginnings = new Map<string, Set<string>>();
  for (const [form, canonical] of canonicalVariants) {
    if (!/^[a-z]+$/.test(form)) continue;
    for (let end = typedVariantMinLength; end < form.length; end++) {
      const beginning = form.slice(0, end);
      if (canonicalVariants.has(beginning)) continue;
      const canonicals = beginnings.get(beginning) ?? new Set<string>();
      canonicals.add(canonical);
      beginnings.set(beginning, canonicals);
    }
  }
  return new Map([...beginnings].map(([beginning, canonicals]) => [beginning, [...canonicals].sort()]));
})();

/**
 * The canonical names a word still being typed may be the beginning of, by any of their known
 * spellings: "Moh" and "Muha" reach muhammad (Mohd, Mohamad, Muhamad…), "Yuso" yusuf. None for a
 * whole known spelling (Mohd, Nur: already canonical), nor for fewer than three letters (issue 8,
 * F4: search as you type).
 */
export const typedVariants = (token: string): readonly string[] => variantBeginnings.get(token) ?? [];
