/** Typing slips: what a name typed one slip off still is. */
import { keyboardRows, rowOffsets } from './rules/keyboard.ts';

/**
 * Whether `a` and `b` are one slip apart: a letter changed, left out or added, or (with `swaps`) two
 * beside each other swapped — Levenshtein distance 1, or optimal string alignment distance 1. One
 * pass by character codes, no slices: the linkage's date and code comparisons call it per pair.
 */
export function oneSlipApart(a: string, b: string, swaps = true): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  if (short.length !== long.length) return restAgrees(short, i, long, i + 1);
  if (restAgrees(short, i + 1, long, i + 1)) return true;
  return (
    swaps &&
    short.charCodeAt(i) === long.charCodeAt(i + 1) &&
    short.charCodeAt(i + 1) === long.charCodeAt(i) &&
    restAgrees(short, i + 2, long, i + 2)
  );
}

/** Whether `short` from `from` on reads as `long` from `longFrom` on, to `short`'s end. */
function restAgrees(short: string, from: number, long: string, longFrom: number): boolean {
  for (let j = from; j < short.length; j++)
    if (short.charCodeAt(j) !== long.charCodeAt(j - from + longFrom)) return false;
  return true;
}

/** Each letter's place on the keyboard, in half keys across (rules/keyboard.ts) and rows down. */
const keyPlaces = new Map(
  keyboardRows.flatMap((row, y) =>
    [...row].map((letter, i) => [letter, { x: 2 * i + (rowOffsets[y] as number), y }] as const),
  ),
);

/** Whether two letters are neighbouring keys: beside each other, or touching in the row above or below. */
export function neighbourKeys(a: string, b: string): boolean {
  const p = keyPlaces.get(a);
  const q = keyPlaces.get(b);
  if (p === undefined || q === undefined || a === b) return false;
  if (p.y === q.y) return Math.abs(p.x - q.x) === 2;
  return Math.abs(p.y - q.y) === 1 && Math.abs(p.x - q.x) <= 1;
}

/**
 * Whether `b` is `a` with one letter after the first struck on a neighbouring key (Hanh / Hamh, Nhan
 * / Nhsn, Oanh / Oznh): the commonest typing slip, which leaves a short word's letters too far
 * apart for Jaro–Winkler (Hanh / Hamh 0.867). Words of `minKeySlipLength` letters or more: a shorter
 * word one key off is as often another name (Lan / Lam, Hai / Hao).
 */
export function keySlip(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < minKeySlipLength || a[0] !== b[0]) return false;
  let at = -1;
  for (let i = 1; i < a.length; i++)
    if (a[i] !== b[i]) {
      if (at !== -1) return false;
      at = i;
    }
  return at !== -1 && neighbourKeys(a[at] as string, b[at] as string);
}
const minKeySlipLength = 4;
