/**
 * Indonesian spellings before the 1947 (oe→u) and 1972 (EYD) reforms, to today's. Rewritten in
 * one left-to-right pass, longest first, so that "dj"→"j" is never then read as old "j"→"y".
 * Old "j" (= today's "y") is only rewritten when the token shows other old-spelling marks;
 * otherwise "j" is ambiguous ("Joko" is modern, "Jusuf" old) and both readings are kept as keys.
 * These give an extra matching key, never a replacement of what was written.
 */
export const oldSpellingRules: readonly (readonly [old: string, modern: string])[] = [
  ['oe', 'u'],
  ['dj', 'j'],
  ['tj', 'c'],
  ['sj', 'sy'],
  ['nj', 'ny'],
  ['ch', 'kh'],
  ['j', 'y'],
];

/** Marks that show a token is in the old spelling (so its "j" is today's "y"). */
export const oldSpellingMarks: readonly string[] = ['oe', 'dj', 'tj', 'sj', 'nj'];
