/**
 * u, the chance of each level among pairs of different persons: read from random pairs, without
 * labels (decisions 0098 and 0106), for the model's training (model-train.ts) and the workers.
 */
import { seededRandom } from '../shared/seeded-random.ts';
import { type Comparison, missing } from './comparisons.ts';
import { levelAt, patternOf } from './model.ts';
import type { PreparedRecord } from './record.ts';

/** Random pairs drawn for u at most, unless told otherwise. */
export const maxUSamples = 50_000;

/**
 * Random pairs drawn for u (decision 0098): four per record each record could be paired with
 * (2 · possible pairs / records: n − 1, or the other source's size in link mode), at most
 * `maxUSamples`. u's standard error over S pairs is √(u(1 − u)/S); at S = 4m a level met about once
 * per record among its m possible partners (u = 1/m, where a level starts to decide a pair on its
 * own against a match prior of about 1/m) is read within ±50 % (~0.6 bit), and levels never drawn
 * keep the smoothing's u = 0.5/S = 1/(8m), still far below 1/m. Levels more common than 1/m,
 * the ones that need many pairs' evidence, are read more closely. More pairs add little beyond it.
 */
export function uSampleSize(records: number, possiblePairs: number): number {
  const partners = records > 0 ? (2 * possiblePairs) / records : 0;
  return Math.max(1, Math.min(maxUSamples, Math.ceil(4 * partners)));
}

/** Random pairs drawn for u, as indexes into the records they were drawn from. */
export interface RandomPairs {
  readonly left: Int32Array<ArrayBuffer>;
  readonly right: Int32Array<ArrayBuffer>;
}

/**
 * `samples` random pairs of different records (across sources in `link` mode), almost all of them
 * different persons, as Splink draws them for u: no labels. Seeded: the same seed, the same pairs,
 * so that u is the same whichever thread compares them.
 */
export function randomPairs(
  records: readonly PreparedRecord[],
  samples: number,
  link: boolean,
  seed: number,
  withinNationality = false,
): RandomPairs {
  const random = seededRandom(seed);
  const left: number[] = [];
  const right: number[] = [];
  const groups = withinNationality ? nationalityGroups(records) : undefined;
  for (let tries = 0; left.length < samples && tries < samples * 4; tries++) {
    const a = Math.floor(random() * records.length);
    const group = groups?.get((records[a] as PreparedRecord).nationality);
    const b = group
      ? (group[Math.floor(random() * group.length)] as number)
      : Math.floor(random() * records.length);
    if (a === b || (link && records[a]?.source === records[b]?.source)) continue;
    left.push(a);
    right.push(b);
  }
  return { left: Int32Array.from(left), right: Int32Array.from(right) };
}

/** Records' places by nationality, for the nationalities at least two records hold. */
function nationalityGroups(records: readonly PreparedRecord[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  records.forEach((r, i) => {
    if (!r.nationality) return;
    const group = groups.get(r.nationality);
    if (group) group.push(i);
    else groups.set(r.nationality, [i]);
  });
  for (const [key, group] of groups) if (group.length < 2) groups.delete(key);
  return groups;
}

/** Whether u is read among pairs of one nationality (decision 0106): the comparisons read a nationality. */
export const readsNationality = (comparisons: readonly Comparison[]) =>
  comparisons.some((c) => c.byNationality) &&
  comparisons.some((c) => c.field === 'nationality' && c.levels.length === 2);

/**
 * u from the comparison patterns of random pairs (`patternOf`). Counts get a half-pair of
 * smoothing so that no level has u = 0.
 */
export function uFromPatterns(comparisons: readonly Comparison[], patterns: Float64Array): number[][] {
  const counts = comparisons.map((c) => new Array<number>(c.levels.length).fill(0.5));
  for (const code of patterns) {
    comparisons.forEach((_, k) => {
      const level = levelAt(code, k);
      if (level !== missing) (counts[k] as number[])[level] = ((counts[k] as number[])[level] as number) + 1;
    });
  }
  return counts.map(normalise);
}

export function estimateU(
  records: readonly PreparedRecord[],
  comparisons: readonly Comparison[],
  samples: number,
  link: boolean,
  seed: number,
  withinNationality = false,
): number[][] {
  const pairs = randomPairs(records, samples, link, seed, withinNationality);
  const patterns = new Float64Array(pairs.left.length);
  for (let p = 0; p < patterns.length; p++)
    patterns[p] = patternOf(
      comparisons,
      records[pairs.left[p] as number] as PreparedRecord,
      records[pairs.right[p] as number] as PreparedRecord,
    );
  return uFromPatterns(comparisons, patterns);
}

/** A row of counts as chances summing to 1 (even chances for a row of none). */
export function normalise(row: number[]): number[] {
  const sum = row.reduce((s, x) => s + x, 0);
  return sum === 0 ? row.map(() => 1 / row.length) : row.map((x) => x / sum);
}
