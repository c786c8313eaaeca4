/** Typing slips: how many apart two words are, and what a name typed with a slip or two still is. */
import { keyboardRows, rowOffsets } from './rules/keyboard.ts';
import { commonTokens } from './rules/variants.ts';

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

/** The three rows `slipsApart` counts in, grown to the longest word met: it is asked for millions of pairs. */
let rows = new Int32Array(3 * 32);

/**
 * How many typing slips apart `a` and `b` are: letters changed, left out or added, and with `swaps`
 * two beside each other swapped, each a slip (optimal string alignment distance; without swaps,
 * Levenshtein's). Exact up to `limit`; past it, some count above `limit`: the count stops once no
 * alignment stays within it.
 */
export function slipsApart(a: string, b: string, limit: number, swaps = true): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // One slip or more is what most callers ask (a date's digits, a code): told in one pass.
  if (limit === 1) return oneSlipApart(a, b, swaps) ? 1 : 2;
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(6 * width);
  // Row i of the count is at (i % 3) * width: the row above and the one above it stay at hand.
  for (let j = 0; j < width; j++) rows[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = (i % 3) * width;
    const up = ((i - 1) % 3) * width;
    const twoUp = ((i + 1) % 3) * width;
    rows[row] = i;
    let rowLeast = i;
    for (let j = 1; j < width; j++) {
      let slips = Math.min(
        (rows[up + j] as number) + 1,
        (rows[row + j - 1] as number) + 1,
        (rows[up + j - 1] as number) + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1),
      );
      if (
        swaps &&
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      )
        slips = Math.min(slips, (rows[twoUp + j - 2] as number) + 1);
      rows[row + j] = slips;
      if (slips < rowLeast) rowLeast = slips;
    }
    // A row's least count never falls further down: no alignment through it stays within the limit.
    if (rowLeast > limit) return limit + 1;
  }
  return rows[(a.length % 3) * width + b.length] as number;
}

/**
 * Whether two words are two typing slips apart at most and read as one word so slipped: in words of
 * `minTwoSlipsLength` letters or more (Luqman / Luqnaan, Warsito / Wasrita, Ibrahem / Ibahim), or
 * as two different slips of one common name, each one slip off it (Nhuyen / Nguen: Nguyen). A
 * clerk's slips do not stop at one, and two of them leave a word's letters too far apart for
 * Jaro–Winkler (Luqman / Luqnaan 0.848), so that the word was found nowhere in the other name and
 * the pair read as two persons. Shorter words two slips apart are as often other names (Hasan /
 * Husin, Rani / Rina), and so are two letters changed in place (`twoLettersChanged`) and two slips
 * of a rare short name.
 */
export function slippedAlike(a: string, b: string): boolean {
  if (a === b || slipsApart(a, b, 2) > 2) return false;
  if (a.length >= minTwoSlipsLength && b.length >= minTwoSlipsLength && !twoLettersChanged(a, b)) return true;
  return longCommonWords.some((word) => oneSlipApart(a, word) && oneSlipApart(b, word));
}
const minTwoSlipsLength = 6;

/** The common name words of five letters or more (Nguyen, Muhammad): a word one slip off one of them is that name slipped. */
const longCommonWords = Object.keys(commonTokens).filter((word) => word.length >= 5);

/**
 * Whether `b` is `a` with two letters put for two others in place, not two beside each other
 * swapped (Shahrul / Chairul, Sophia / Sothea, Salleh / Sallim): how two names of one length
 * differ more often than how a hand slips, which leaves out, adds or swaps a letter.
 */
function twoLettersChanged(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let first = -1;
  let second = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (first === -1) first = i;
    else if (second === -1) second = i;
    else return false;
  }
  const swapped = second === first + 1 && a[first] === b[second] && a[second] === b[first];
  return second !== -1 && !swapped;
}
