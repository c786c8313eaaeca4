import { missing } from './comparisons.ts';
import {
  hasTermFrequencies,
  type LinkageModel,
  levelAt,
  patternWeight,
  probabilityOfWeight,
  type TfPart,
  tfAdjustment,
  tfPartAt,
  tfPartOf,
  valueShareOf,
} from './model.ts';
import type { PreparedRecord } from './record.ts';

/** A comparison with term frequencies: its levels' parts (`tfPartAt`) and each record's share of its value. */
interface RecordShares {
  readonly k: number;
  readonly parts: readonly TfPart[];
  readonly shares: Float64Array;
}

/**
 * Weighs candidate pairs by their patterns with a learnt model (decision 0190): each distinct
 * pattern's weight read once, then the pair's term frequencies added from its records' shares,
 * each record's read once rather than looked up by the value's text twice per pair — the weight
 * `scorePair` gives the pair, summed in the same order.
 */
export class PairWeigher {
  readonly #model: LinkageModel;
  readonly #byPattern = new Map<number, number>();
  readonly #withShares: readonly RecordShares[];
  constructor(model: LinkageModel, records: readonly PreparedRecord[]) {
    this.#model = model;
    this.#withShares = model.comparisons.flatMap((comparison, k) => {
      if (!hasTermFrequencies(model, k)) return [];
      const shares = Float64Array.from(records, (record) => valueShareOf(model, k, record) as number);
      return [{ k, parts: comparison.levels.map((_, level) => tfPartAt(comparison, level)), shares }];
    });
  }

  /** The match probability of records `a` and `b` (their places) whose pattern is `code` (`patternOf`). */
  probability(code: number, a: number, b: number): number {
    let weight = this.#byPattern.get(code);
    if (weight === undefined) {
      weight = patternWeight(this.#model, code);
      this.#byPattern.set(code, weight);
    }
    for (const { k, parts, shares } of this.#withShares) {
      const level = levelAt(code, k);
      const part = level === missing ? undefined : parts[level];
      if (part)
        weight += tfPartOf(part, tfAdjustment(this.#model, k, shares[a] as number, shares[b] as number));
    }
    return probabilityOfWeight(weight);
  }
}
