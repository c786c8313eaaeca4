/**
 * The most any pair holding a record can weigh (decision 0193), read from the record alone: a
 * match need not ask the model about two of its candidates that this bound says it cannot link —
 * 567 dateless "Rizal Omar"s are 160,000 pairs, none of which a name that common can carry to the
 * threshold without a date.
 */
import { missing, weighs } from './comparisons.ts';
import { type LinkageModel, tfAdjustment, tfPartAt, tfPartOf, valueShareOf } from './model.ts';
import type { PreparedRecord } from './record.ts';

/**
 * The most a pair of `record` and any other record can weigh (bits): the prior plus, for each
 * comparison, the most it could add — nothing (a side missing, a neutral level) or a level's
 * log2(m/u) with its term frequency, under the u table that weighs it most. A comparison that finds
 * the record missing against itself adds nothing: every comparison is missing when either side is
 * empty (no date of birth, no sex). The term frequency is taken at the record's own share of its
 * value: a pair's is the larger of its sides' (`tfAdjustment`), and a larger share only weighs
 * less. A pair's weight (`weighLevels`) is never above the lower of its records' bounds.
 */
export function mostWeight(model: LinkageModel, record: PreparedRecord): number {
  // All the bound reads of the record: which comparisons find it missing against itself, and the
  // shares of its values. Namesakes read alike, and a match asks it of hundreds of them.
  const read = model.comparisons.map((comparison, k) =>
    comparison.compare(record, record) === missing ? missing : (valueShareOf(model, k, record) ?? null),
  );
  let known = boundsOf.get(model);
  if (!known) {
    known = new Map();
    boundsOf.set(model, known);
  }
  // A share's number as text is the number itself (the shortest text that reads back as it).
  const key = read.join(' ');
  let most = known.get(key);
  if (most === undefined) {
    most = boundOf(model, read);
    known.set(key, most);
  }
  return most;
}

/** The bounds of `mostWeight` met per model, by what the bound reads of a record. */
const boundsOf = new WeakMap<LinkageModel, Map<string, number>>();

/**
 * `mostWeight` of a record that each comparison finds `missing` against itself or not, with its
 * value's share where the comparison has term frequencies (null where it has none).
 */
function boundOf(model: LinkageModel, read: readonly (number | null)[]): number {
  const prior = Math.log2(model.prior / (1 - model.prior));
  const tables = model.uWithin ? [model.u, model.uWithin] : [model.u];
  const weights = tables.map(() => prior);
  model.comparisons.forEach((comparison, k) => {
    const share = read[k];
    if (share === missing) return;
    const adjustment =
      share === null || share === undefined ? undefined : tfAdjustment(model, k, share, share);
    tables.forEach((u, t) => {
      let best = 0;
      comparison.levels.forEach((_, level) => {
        if (!weighs(comparison, level)) return;
        const part = tfPartAt(comparison, level);
        const tf = part && adjustment !== undefined ? tfPartOf(part, adjustment) : 0;
        const m = (model.m[k] as number[])[level] as number;
        const levelWeight = Math.log2(m / ((u[k] as number[])[level] as number)) + tf;
        if (levelWeight > best) best = levelWeight;
      });
      weights[t] = (weights[t] as number) + best;
    });
  });
  return Math.max(-Infinity, ...weights);
}
