/**
 * How each recording agency writes a person in the third held-out set, with the rates assumed
 * (bench/RESULTS.md restates them). Immigration copies the passport; police write what they hear
 * at an arrest or raid, often guessing the age; shelters and NGOs write what the person tells
 * them, in her own order and with her marks; embassies write their nationals in their own script.
 */
import type { Spelled } from './holdout3-pools.ts';

export type Agency = 'police' | 'immigration' | 'shelter' | 'embassy' | 'ngo';
export const agencies: readonly Agency[] = ['police', 'immigration', 'shelter', 'embassy', 'ngo'];

export interface Profile {
  /** Share of name parts written in another of their spellings than the papers'. */
  readonly respell: number;
  /** Share of records with one keying slip (substitution, omission, doubling or swap). */
  readonly typo: number;
  /** Share of records written in capitals. */
  readonly upper: number;
  /** Share of patronymics (bin/binti/a/l, father's name) left out or cut down. */
  readonly dropped: number;
  /** Date of birth: shares of exact, year only, 01-01 put in for a year, none, "00/00/0000". */
  readonly birth: { exact: number; year: number; default: number; none: number; bad: number };
  /** Share of year-only dates that are a year off (an age guessed or counted the other way). */
  readonly yearOff: number;
  /** Share of exact dates with day and month swapped (when both are ≤ 12). */
  readonly swap: number;
  readonly sexMissing: number;
  readonly nationalityMissing: number;
}

export const profiles: Record<Agency, Profile> = {
  police: {
    respell: 0.22,
    typo: 0.12,
    upper: 0.7,
    dropped: 0.35,
    birth: { exact: 0.45, year: 0.3, default: 0.05, none: 0.15, bad: 0.05 },
    yearOff: 0.25,
    swap: 0.03,
    sexMissing: 0.05,
    nationalityMissing: 0.1,
  },
  immigration: {
    respell: 0,
    typo: 0.03,
    upper: 1,
    dropped: 0.05,
    birth: { exact: 0.9, year: 0.02, default: 0.06, none: 0.02, bad: 0 },
    yearOff: 0,
    swap: 0.03,
    sexMissing: 0,
    nationalityMissing: 0,
  },
  shelter: {
    respell: 0.15,
    typo: 0.08,
    upper: 0.1,
    dropped: 0.5,
    birth: { exact: 0.3, year: 0.45, default: 0.05, none: 0.2, bad: 0 },
    yearOff: 0.3,
    swap: 0.02,
    sexMissing: 0.02,
    nationalityMissing: 0.15,
  },
  embassy: {
    respell: 0.03,
    typo: 0.02,
    upper: 0.3,
    dropped: 0.1,
    birth: { exact: 0.85, year: 0.08, default: 0.04, none: 0.03, bad: 0 },
    yearOff: 0.1,
    swap: 0.04,
    sexMissing: 0,
    nationalityMissing: 0,
  },
  ngo: {
    respell: 0.18,
    typo: 0.1,
    upper: 0.25,
    dropped: 0.45,
    birth: { exact: 0.4, year: 0.35, default: 0.05, none: 0.2, bad: 0 },
    yearOff: 0.25,
    swap: 0.02,
    sexMissing: 0.05,
    nationalityMissing: 0.2,
  },
};

export type Random = () => number;

export const pick = <T>(random: Random, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

/** A name part as a person carries it: its spellings, the one on her papers, and its script form. */
export interface Part {
  readonly latin: Spelled;
  readonly doc: number;
  readonly script?: string;
}

/** Nearby keys on a QWERTY keyboard, for substitution slips. */
const near: Record<string, string> = {
  a: 'sqz',
  b: 'vn',
  c: 'xv',
  d: 'sf',
  e: 'wr',
  f: 'dg',
  g: 'fh',
  h: 'gj',
  i: 'uo',
  j: 'hk',
  k: 'jl',
  l: 'k',
  m: 'n',
  n: 'bm',
  o: 'ip',
  p: 'o',
  q: 'w',
  r: 'et',
  s: 'ad',
  t: 'ry',
  u: 'yi',
  v: 'cb',
  w: 'qe',
  x: 'zc',
  y: 'tu',
  z: 'x',
};

/** One keying slip inside a word of four letters or more (never the first letter, as clerks rarely slip there). */
export function typo(random: Random, name: string): string {
  const words = name.split(' ');
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[A-Za-z]{4,}$/.test(w));
  if (long.length === 0) return name;
  const [word, at] = pick(random, long);
  const i = 1 + Math.floor(random() * (word.length - 1));
  const c = word[i] as string;
  const kind = random();
  let slipped: string;
  if (kind < 0.35) {
    const options = near[c.toLowerCase()] ?? 'e';
    const k = pick(random, [...options]);
    slipped = word.slice(0, i) + (c === c.toUpperCase() ? k.toUpperCase() : k) + word.slice(i + 1);
  } else if (kind < 0.6) slipped = word.slice(0, i) + word.slice(i + 1);
  else if (kind < 0.8) slipped = word.slice(0, i) + c + word.slice(i);
  else if (i < word.length - 1) slipped = word.slice(0, i) + word[i + 1] + c + word.slice(i + 2);
  else slipped = word.slice(0, i - 1) + c + word[i - 1];
  words[at] = slipped;
  return words.join(' ');
}

/** Title case, keeping "a/l", "bin" and the like as clerks type them. */
export const titleCase = (name: string) =>
  name.replace(/\p{L}[\p{L}'./-]*/gu, (w) =>
    /^(bin|binti|bt|bte|binte|a\/l|a\/p|s\/o|d\/o|al|ap|b)$/i.test(w)
      ? w
      : (w[0] as string).toUpperCase() + w.slice(1).toLowerCase(),
  );
