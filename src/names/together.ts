import { skeleton } from './keys.ts';
import type { NameToken } from './tokens.ts';

/** Fewest letters a name written together must hold to meet another by them (decision 0134). */
export const minTogetherLetters = 6;

/**
 * A name's words written together, in their order, as one romanisation skeleton: Min Thura Soe,
 * Min Thu Rasoe and Minthurasoe give one string, as do Ong Yi-wai / Ong Yee Wai and Hla Thantthet
 * / Hlathant Thet. Names whose syllables are words of their own (Burmese, Chinese, Malay joins)
 * are split in different places by different clerks, which no join of adjacent words undoes when
 * both sides split (joined.ts joins one side's words to the other's as written). '' for a name of
 * fewer than `minTogetherLetters` letters or with a word that is not Latin letters.
 */
export function togetherSkeleton(tokens: readonly NameToken[]): string {
  const letters = tokens.map((token) => token.canonical).join('');
  if (letters.length < minTogetherLetters || !/^[a-z]+$/.test(letters)) return '';
  return skeleton(letters);
}

/**
 * Whether two names are the same letters in the same order written apart in different places:
 * their words' `togetherSkeleton`s agree and are not empty.
 */
export const spelledTogetherAlike = (a: readonly NameToken[], b: readonly NameToken[]): boolean => {
  const together = togetherSkeleton(a);
  return together !== '' && together === togetherSkeleton(b);
};
