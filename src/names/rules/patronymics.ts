import { wordTable } from './word-table.ts';
/**
 * Markers that join a given name to the father's name: Malay "bin/binti", Indian-Malaysian
 * "a/l, a/p", Singapore "s/o, d/o", Sarawak "anak", Arabic "ibn/bin". What follows the marker is
 * the father's name, stored and compared apart from the given name. Folded forms; the tokeniser
 * keeps "/" and "." so "a/l" and "b." survive as written.
 */
export const patronymicMarkers: Readonly<Record<string, 'son' | 'daughter' | 'child'>> = wordTable({
  bin: 'son',
  'b.': 'son',
  b: 'son',
  ibn: 'son',
  'a/l': 'son',
  'a.l': 'son',
  'a.l.': 'son',
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
  // a/p written bare (Saraswathy ap Arumugam), a clerk's or a form's habit; unlike "al" no article
  // nor a name of its own. Read between two names only, as every marker. UNCONFIRMED: names.md gives
  // a/p, not ap (decision 0147).
  ap: 'daughter',
  bnt: 'daughter',
  'bnt.': 'daughter',
  'd/o': 'daughter',
  anak: 'child',
  'ak.': 'child',
});

// A/l and a/p written with dots (a.l., A.P) are markers as above. A bare "al" is not read: it is
// also the Arabic article and a given name (Al Santos), and reading it with a bare "ap", even only
// away from Arabic-origin names, cost pairs on the third held-out set's aggregate (decision 0115);
// "ap" alone is read (decision 0147).

/** A bare "b" could be an initial: it is read as "bin" only between two names. */
export const weakPatronymicMarkers: ReadonlySet<string> = new Set(['b']);

/**
 * A father's title written where the marker would be, the marker left out: Malaysian records
 * shorten "Ahmad Faizal bin Haji Ismail" to "Ahmad Faizal Hj Ismail". What follows it is the
 * father's name. Only the pilgrim's title of a man (a father), only between two names: first it is
 * the person's own title (Hj. Ahmad), last a given name (Ahmad Haji). UNCONFIRMED: names.md lists
 * Haji/Hj as titles and bin as the marker, not this shortening (decision 0153).
 */
export const fathersTitles: ReadonlySet<string> = new Set(['haji', 'hj']);
