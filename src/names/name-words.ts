import type { NormalisedName } from './normalize.ts';
import { honorifics } from './rules/honorifics.ts';
import type { NameToken } from './tokens.ts';

/** All tokens of a name that count in matching (own name, then father's). */
export function matchTokens(name: NormalisedName): readonly NameToken[] {
  return [...name.own, ...name.father];
}

/**
 * The tokens of a name searched for, each word once: a word typed again ("ab ab ab…", "Siti Siti")
 * is no more evidence than once (decision 0138). The last of a repeated word is kept, so that the
 * word still being typed stays the last.
 */
export function searchedTokens(name: NormalisedName): readonly NameToken[] {
  const tokens = matchTokens(name);
  const last = new Map(tokens.map((token, i) => [token.canonical, i]));
  return tokens.filter((token, i) => last.get(token.canonical) === i);
}

/**
 * Words that are never a name on their own: titles and honorifics ("Haji", "Encik", "Dr") and the
 * Burmese U and Daw (in Latin and in Myanmar script). Tun and the other Burmese honorifics (Ko, Maung, Ma, Saw, Sai, Mi…) are also
 * name syllables ("Tun Tun", "Ko Ko"), so they count as words.
 */
const notNamesAlone = new Set([
  ...honorifics
    .flatMap((h) => h.split(' '))
    .map((h) => h.replace(/[.']$/, ''))
    .filter((h) => h !== 'tun'),
  'u',
  'daw',
  'ဦး',
  'ဒေါ်',
]);

/**
 * The tokens that name someone: the matching tokens less titles and honorifics left in because
 * nothing else was written. Empty for "bin binti", "Haji", "-- ..", zero-width spaces: a name
 * that says nothing, which is never recorded and never searched on (issue 8: never a match on
 * nothing).
 */
export function nameWords(name: NormalisedName): readonly NameToken[] {
  // Digits alone ("00/00", a date typed in the name box) are no name either.
  return matchTokens(name).filter(
    (token) => !notNamesAlone.has(token.canonical) && /\p{L}/u.test(token.canonical),
  );
}
