/**
 * Markers that join a given name to the father's name: Malay "bin/binti", Indian-Malaysian
 * "a/l, a/p", Singapore "s/o, d/o", Sarawak "anak", Arabic "ibn/bin". What follows the marker is
 * the father's name, stored and compared apart from the given name. Folded forms; the tokeniser
 * keeps "/" and "." so "a/l" and "b." survive as written.
 */
export const patronymicMarkers: Readonly<Record<string, 'son' | 'daughter' | 'child'>> = {
  bin: 'son',
  'b.': 'son',
  b: 'son',
  ibn: 'son',
  'a/l': 'son',
  'a.l': 'son',
  'a.l.': 'son',
  al: 'son',
  's/o': 'son',
  binti: 'daughter',
  binte: 'daughter',
  bt: 'daughter',
  'bt.': 'daughter',
  bte: 'daughter',
  'bte.': 'daughter',
  'bint.': 'daughter',
  bint: 'daughter',
  'a/p': 'daughter',
  'a.p': 'daughter',
  'a.p.': 'daughter',
  ap: 'daughter',
  bnt: 'daughter',
  'bnt.': 'daughter',
  'd/o': 'daughter',
  anak: 'child',
  'ak.': 'child',
};

/**
 * A/l and a/p written without their slash (Letchumy AP Muthusamy, Kumar AL Rajan): "al" is also the
 * Arabic article (Amir Al Ubaidi), so both are read as markers only in a name with no Arabic-origin
 * word (rules/variants.ts: Muhammad, Abdul, Siti…) and not before another article word.
 */
export const bareTamilMarkers: ReadonlySet<string> = new Set(['al', 'ap']);

/** A bare "b" could be an initial: it is read as "bin" only between two names. */
export const weakPatronymicMarkers: ReadonlySet<string> = new Set(['b']);
