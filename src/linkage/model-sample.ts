import { seededRandom } from '../shared/seeded-random.ts';
import { candidatePairs } from './blocking.ts';
import type { TrainingRule } from './blocking-rules.ts';
import type { Comparison } from './comparisons.ts';
import type { LinkageModel } from './model.ts';
import { type Anchor, trainModel } from './model-train.ts';
import { type RandomPairs, randomPairs, readsNationality, uSampleSize } from './model-u.ts';
import type { PreparedRecord } from './record.ts';

/** What learning the model needs besides the records. */
export interface LearningOptions {
  readonly comparisons: readonly Comparison[];
  /** Blocking rules the EM learns m on, each with the comparisons it fixes. */
  readonly training: readonly TrainingRule[];
  readonly anchor?: Anchor;
  readonly link?: boolean;
  readonly maxBlock?: number;
  readonly seed?: number;
  /** Random pairs u is read from; by default `uSampleSize` (decision 0098). */
  readonly uSamples?: number;
  /** Above this many records, m, u and the prior are learnt on this many drawn at random. */
  readonly sampleRecords?: number;
}

/**
 * Records EM learns on at most: beyond it, more records only repeat the same proportions, while the
 * blocking of the training sessions grows with them (a million persons' first match learnt on all
 * of them for half an hour before running out of memory).
 */
export const defaultSampleRecords = 100_000;

/**
 * `count` of the numbers below `total`, drawn at random without repeat (seeded: the same seed,
 * the same sample), in increasing order so that the sample keeps the records' order.
 */
export function sampleIndexes(total: number, count: number, seed: number): Int32Array {
  if (count >= total) return Int32Array.from({ length: total }, (_, i) => i);
  const random = seededRandom(seed);
  const order = Int32Array.from({ length: total }, (_, i) => i);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (total - i));
    const x = order[i] as number;
    order[i] = order[j] as number;
    order[j] = x;
  }
  return order.slice(0, count).sort();
}

/** The records `learnModel` learns on: all of them, or `sampleRecords` drawn at random. */
export function learningSample(
  records: readonly PreparedRecord[],
  options: Pick<LearningOptions, 'sampleRecords' | 'seed'>,
): readonly PreparedRecord[] {
  const limit = options.sampleRecords ?? defaultSampleRecords;
  if (records.length <= limit) return records;
  return Array.from(
    sampleIndexes(records.length, limit, options.seed ?? 1),
    (i) => records[i] as PreparedRecord,
  );
}

/**
 * The random pairs `learnModel` estimates u from (`randomPairs` over its sample), as indexes into
 * `records`: so that they can be compared on several threads and the u handed to `learnModel`.
 */
export function uPairsOf(
  records: readonly PreparedRecord[],
  options: LearningOptions,
  withinNationality = false,
): RandomPairs {
  const sample = learningSample(records, options);
  const pairs = randomPairs(
    sample,
    options.uSamples || uSampleSize(sample.length, possiblePairsOf(sample, options.link ?? false)),
    options.link ?? false,
    options.seed ?? 1,
    withinNationality,
  );
  if (sample === records) return pairs;
  const at = sampleIndexes(records.length, sample.length, options.seed ?? 1);
  return { left: pairs.left.map((i) => at[i] as number), right: pairs.right.map((i) => at[i] as number) };
}

/**
 * `uPairsOf`, then the pairs drawn within a nationality when the comparisons read one (decision
 * 0106), one after the other; `within` is where the second part starts.
 */
export function allUPairsOf(
  records: readonly PreparedRecord[],
  options: LearningOptions,
): RandomPairs & { readonly within: number } {
  const pairs = uPairsOf(records, options);
  if (!readsNationality(options.comparisons)) return { ...pairs, within: pairs.left.length };
  const within = uPairsOf(records, options, true);
  const join = (x: Int32Array, y: Int32Array) => {
    const out = new Int32Array(x.length + y.length);
    out.set(x);
    out.set(y, x.length);
    return out;
  };
  return {
    left: join(pairs.left, within.left),
    right: join(pairs.right, within.right),
    within: pairs.left.length,
  };
}

/** Pairs a full comparison of `records` would make: n(n-1)/2, or only across sources in link mode. */
function possiblePairsOf(records: readonly PreparedRecord[], link: boolean): number {
  const everyPair = (records.length * (records.length - 1)) / 2;
  if (!link) return everyPair;
  const sources = new Map<string, number>();
  for (const r of records) sources.set(r.source, (sources.get(r.source) ?? 0) + 1);
  return everyPair - [...sources.values()].reduce((s, n) => s + (n * (n - 1)) / 2, 0);
}

/**
 * Learns the model of a population without labels (`trainModel`): m, u and the prior on a random
 * sample of its records when it has more than `sampleRecords` — a uniform sample keeps the share
 * of matches among its pairs, its pairs and its possible pairs both shrinking by the square of the
 * sampled share — and the term frequencies (and the anchor's rare names) on every record.
 */
export function learnModel(
  records: readonly PreparedRecord[],
  options: LearningOptions,
  u?: number[][],
  uWithin?: number[][],
): LinkageModel {
  const link = options.link ?? false;
  const seed = options.seed ?? 1;
  const sample = learningSample(records, options);
  return trainModel({
    records: sample,
    population: records,
    comparisons: options.comparisons,
    sessions: options.training.map((training) => ({
      ...candidatePairs(sample, [training.rule], { maxBlock: options.maxBlock ?? 1000, link }),
      fields: training.fields,
    })),
    possiblePairs: possiblePairsOf(sample, link),
    link,
    ...(options.anchor ? { anchor: options.anchor } : {}),
    seed,
    ...(options.uSamples ? { uSamples: options.uSamples } : {}),
    ...(u ? { u } : {}),
    ...(uWithin ? { uWithin } : {}),
  });
}
