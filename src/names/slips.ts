/** Typing slips: what a name typed one slip off still is. */
import { keyboardRows, rowOffsets } from './rules/keyboard.ts';

/**
 * Whether `a` and `b` are one slip apart: a letter changed, left out or added, or two beside each
 * other swapped (optimal string alignment distance 1).
 */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length !== b.length) {
    const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
    return longer.slice(i + 1) === shorter.slice(i);
  }
  if (a.slice(i + 1) === b.slice(i + 1)) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
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
