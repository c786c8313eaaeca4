import { missing } from './comparisons.ts';
import {
  type LinkageModel,
  levelAt,
  patternWeight,
  type TfPart,
  tfAdjustment,
  tfPartAt,
  tfPartOf,
  valueShareOf,
} from './model.ts';
import type { PreparedRecord } from './record.ts';

/** A comparison with term frequencies, and each record's share of its value (`valueShareOf`). */
interface RecordShares {
  readonly k: number;
  /** Per level (`tfPartAt`). */
  readonly parts: readonly TfPart[];
  readonly shares: Float64Array;
}

/**
 * Each record's share of its value, per comparison with term frequencies: read once per record
 * rather than looked up by the value's text twice per pair (decision 0190).
 */
function recordSharesOf(model: LinkageModel, records: readonly PreparedRecord[]): RecordShares[] {
  return model.comparisons.flatMap((comparison, k) => {
    if (valueShareOf(model, k, records[0] as PreparedRecord) === undefined) return [];
    const shares = Float64Array.from(records, (record) => valueShareOf(model, k, record) as number);
    return [{ k, parts: comparison.levels.map((_, level) => tfPartAt(comparison, level)), shares }];
  });
}

/**
 * The match probabilities of candidate pairs [from, to) from their patterns, into `probability`
 * at the pairs' places: each distinct pattern's weight read once, then each pair's term
 * frequencies added — the weight `scorePair` gives the pair, summed in the same order.
 */
export function weighPairs(
  model: LinkageModel,
  records: readonly PreparedRecord[],
  pairs: { readonly left: Int32Array; readonly right: Int32Array },
  patterns: Float64Array,
  probability: Float64Array,
  from = 0,
  to = patterns.length,
): void {
  if (records.length === 0) return;
  const byPattern = new Map<number, number>();
  const withShares = recordSharesOf(model, records);
  for (let p = from; p < to; p++) {
    const code = patterns[p] as number;
    let weight = byPattern.get(code);
    if (weight === undefined) {
      weight = patternWeight(model, code);
      byPattern.set(code, weight);
    }
    const a = pairs.left[p] as number;
    const b = pairs.right[p] as number;
    for (const { k, parts, shares } of withShares) {
      const level = levelAt(code, k);
      const part = level === missing ? undefined : parts[level];
      if (part) weight += tfPartOf(part, tfAdjustment(model, k, shares[a] as number, shares[b] as number));
    }
    probability[p] = 1 / (1 + 2 ** -weight);
  }
}
