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
  const prior = Math.log2(model.prior / (1 - model.prior));
  const tables = model.uWithin ? [model.u, model.uWithin] : [model.u];
  let most = -Infinity;
  for (const u of tables) {
    let weight = prior;
    model.comparisons.forEach((comparison, k) => {
      if (comparison.compare(record, record) === missing) return;
      const share = valueShareOf(model, k, record);
      let best = 0;
      comparison.levels.forEach((_, level) => {
        if (!weighs(comparison, level)) return;
        const part = tfPartAt(comparison, level);
        const tf = part && share !== undefined ? tfPartOf(part, tfAdjustment(model, k, share, share)) : 0;
        const m = (model.m[k] as number[])[level] as number;
        const levelWeight = Math.log2(m / ((u[k] as number[])[level] as number)) + tf;
        if (levelWeight > best) best = levelWeight;
      });
      weight += best;
    });
    most = Math.max(most, weight);
  }
  return most;
}
