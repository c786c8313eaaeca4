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
  'd/o': 'daughter',
  anak: 'child',
  'ak.': 'child',
};

/** A bare "b" could be an initial: it is read as "bin" only between two names. */
export const weakPatronymicMarkers: ReadonlySet<string> = new Set(['b']);
