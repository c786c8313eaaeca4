import { type Comparison, missing, weighs } from './comparisons.ts';
import type { PreparedRecord } from './record.ts';

/** The match probability of a pair's weight (log2 of its odds). */
export const probabilityOfWeight = (weight: number): number => 1 / (1 + 2 ** -weight);

/** What the model learnt: the match prior among candidate pairs, m and u per comparison level, term frequencies. */
export interface LinkageModel {
  readonly comparisons: readonly Comparison[];
  /** Share of candidate pairs that are matches, from EM. */
  readonly prior: number;
  /** m[k][level]: probability of the level among matches; u: among non-matches. */
  readonly m: readonly (readonly number[])[];
  readonly u: readonly (readonly number[])[];
  /** u among random pairs: the reference for term frequencies (a value's share is a random-pair rate). */
  readonly randomU: readonly (readonly number[])[];
  /**
   * u among random pairs of one nationality (decision 0106), for pairs whose nationality agrees:
   * names of one people agree far more often than names of two. A comparison that is not read by
   * nationality (the nationality's own among them) keeps its `u` row here, so that a pair reads
   * all its u from one table. Absent: `u` for every pair.
   */
  readonly uWithin?: readonly (readonly number[])[];
  /** Per comparison with term frequencies: value → share of records holding it. */
  readonly frequencies: readonly (ReadonlyMap<string, number> | undefined)[];
  readonly recordCount: number;
  readonly iterations: number;
}

const bits = 4;
/** Packs the level vector of a pair into one integer (4 bits per comparison, 0 = missing). */
export function patternOf(comparisons: readonly Comparison[], a: PreparedRecord, b: PreparedRecord): number {
  let code = 0;
  for (let k = comparisons.length - 1; k >= 0; k--) {
    code = code * (1 << bits) + ((comparisons[k] as Comparison).compare(a, b) + 1);
  }
  return code;
}

export function levelAt(code: number, k: number): number {
  return (Math.floor(code / 2 ** (bits * k)) % (1 << bits)) - 1;
}

/** The weight of one field in a pair, in bits, and what it rests on. */
export interface FieldEvidence {
  readonly field: string;
  readonly level: string;
  readonly weight: number;
  /** Part of `weight` from the term frequency (negative for common names). */
  readonly termFrequency: number;
  /**
   * The field whose weight holds this field's evidence, when its level weighs nothing itself (the
   * father's name agreeing or near is counted in the whole name's level: decision 0112).
   */
  readonly countedIn?: string;
}

export interface PairScore {
  readonly weight: number;
  readonly probability: number;
  readonly evidence: readonly FieldEvidence[];
}

const log2 = Math.log2;

/** Where the nationality comparison is, when the model reads u within a nationality; -1 otherwise. */
export function withinAt(model: Pick<LinkageModel, 'comparisons' | 'uWithin'>): number {
  if (!model.uWithin) return -1;
  return model.comparisons.findIndex((c) => c.field === 'nationality');
}

/** The u rows for a pair: within a nationality when its nationality agrees (level 0), otherwise `u`. */
export function uRows(
  model: Pick<LinkageModel, 'u' | 'uWithin'>,
  nationalityAt: number,
  nationalityLevel: number,
): readonly (readonly number[])[] {
  if (nationalityAt === -1 || nationalityLevel !== 0 || !model.uWithin) return model.u;
  return model.uWithin;
}

/**
 * A record's share of the records holding its value of comparison `k` (at least one record's
 * share), or undefined when the comparison has no term frequencies: the side of the
 * term-frequency adjustment each record brings to its pairs.
 */
export function valueShareOf(model: LinkageModel, k: number, record: PreparedRecord): number | undefined {
  const termOf = (model.comparisons[k] as Comparison).termFrequency;
  const shares = model.frequencies[k];
  if (!shares || !termOf) return undefined;
  const floor = 1 / Math.max(1, model.recordCount);
  return Math.max(shares.get(termOf(record)) ?? floor, floor);
}

/** Whether comparison `k` of the model weighs its values' frequencies (`valueShareOf`). */
export const hasTermFrequencies = (model: LinkageModel, k: number): boolean =>
  !!model.frequencies[k] && !!(model.comparisons[k] as Comparison).termFrequency;

/** Term-frequency adjustment (bits): u of the exact level over the share of the value, the more common side. */
export function tfAdjustment(model: LinkageModel, k: number, shareA: number, shareB: number): number {
  return log2(((model.randomU[k] as number[])[0] as number) / Math.max(shareA, shareB));
}

/** How a level takes the term-frequency adjustment: all of it (`tfLevels`), only its discount (`tfDiscountLevels`), or none. */
export type TfPart = 'all' | 'discount' | undefined;

export function tfPartAt(comparison: Comparison, level: number): TfPart {
  if (comparison.tfLevels?.includes(level)) return 'all';
  if (comparison.tfDiscountLevels?.includes(level)) return 'discount';
  return undefined;
}

/** The term-frequency part of a field's weight (bits): the adjustment, or its discount alone (never above 0). */
export const tfPartOf = (part: 'all' | 'discount', adjustment: number): number =>
  part === 'all' ? adjustment : Math.min(0, adjustment);

/** The term-frequency part of a field's weight at `level` (bits) for the pair of `a` and `b` (`tfPartAt`). */
export function termFrequencyOf(
  model: LinkageModel,
  k: number,
  level: number,
  a: PreparedRecord,
  b: PreparedRecord,
): number {
  const part = tfPartAt(model.comparisons[k] as Comparison, level);
  const shareA = valueShareOf(model, k, a);
  const shareB = valueShareOf(model, k, b);
  if (!part || shareA === undefined || shareB === undefined) return 0;
  return tfPartOf(part, tfAdjustment(model, k, shareA, shareB));
}

/** Scores one pair: the prior plus the weight of each field's level, with term frequencies. */
export function scorePair(
  model: LinkageModel,
  a: PreparedRecord,
  b: PreparedRecord,
  explain = false,
): PairScore {
  return weighLevels(model, a, b, pairLevels(model, a, b), explain);
}

/** Each comparison's level for the pair: the costly part of scoring it. */
export const pairLevels = (model: LinkageModel, a: PreparedRecord, b: PreparedRecord): number[] =>
  model.comparisons.map((comparison) => comparison.compare(a, b));

/**
 * The pair's weight and probability from its levels (`pairLevels`), with the evidence per field
 * when `explain`: weighed again with it once a pair is known to be kept, the levels not compared
 * again (decision 0127).
 */
export function weighLevels(
  model: LinkageModel,
  a: PreparedRecord,
  b: PreparedRecord,
  levels: readonly number[],
  explain: boolean,
): PairScore {
  let weight = log2(model.prior / (1 - model.prior));
  const evidence: FieldEvidence[] = [];
  const at = withinAt(model);
  const u = uRows(model, at, at === -1 ? missing : (levels[at] as number));
  // A loop, not forEach: weighed for every pair a match considers, a closure over `weight` each time.
  for (let k = 0; k < model.comparisons.length; k++) {
    const comparison = model.comparisons[k] as Comparison;
    const level = levels[k] as number;
    if (!weighs(comparison, level)) {
      const read = level === missing ? 'missing' : (comparison.levels[level] as string);
      if (explain)
        evidence.push({
          field: comparison.field,
          level: read,
          weight: 0,
          termFrequency: 0,
          ...(level !== missing && comparison.countedIn ? { countedIn: comparison.countedIn } : {}),
        });
      continue;
    }
    let fieldWeight = log2(
      ((model.m[k] as number[])[level] as number) / ((u[k] as number[])[level] as number),
    );
    const tf = termFrequencyOf(model, k, level, a, b);
    fieldWeight += tf;
    weight += fieldWeight;
    if (explain)
      evidence.push({
        field: comparison.field,
        level: comparison.levels[level] as string,
        weight: fieldWeight,
        termFrequency: tf,
      });
  }
  return { weight, probability: probabilityOfWeight(weight), evidence };
}

/**
 * A pattern's weight without term frequencies (bits): the prior and each level's m over u, read
 * once per distinct pattern when millions of pairs are weighed (pair-weights.ts).
 */
export function patternWeight(model: LinkageModel, code: number): number {
  let weight = log2(model.prior / (1 - model.prior));
  const at = withinAt(model);
  const u = uRows(model, at, at === -1 ? missing : levelAt(code, at));
  model.comparisons.forEach((comparison, k) => {
    const level = levelAt(code, k);
    if (!weighs(comparison, level)) return;
    weight += log2(((model.m[k] as number[])[level] as number) / ((u[k] as number[])[level] as number));
  });
  return weight;
}
