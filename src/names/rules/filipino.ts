import { wordTable } from './word-table.ts';
/**
 * Filipino names: Spanish-origin given and family names as Philippine records write them.
 * UNCONFIRMED: the shared reference (shared/reference/names.md) has no Filipino section; these
 * rules are the usual Philippine civil-registry and passport forms, not yet checked against a
 * source there.
 */

/**
 * "Ma." is how Philippine records shorten María, the first word of many women's given names
 * (Ma. Cristina, Ma. Theresa). Written with its dot only: a bare "Ma" is a Burmese honorific or
 * name syllable, and the dotted form before a Burmese name stays the honorific (normalize.ts reads
 * it so only when the name does not look Burmese). Folded form → the word it stands for.
 */
export const filipinoAbbreviations: Readonly<Record<string, string>> = wordTable({
  'ma.': 'maria',
});
