import { seededRandom } from '../shared/seeded-random.ts';
import { candidatePairs } from './blocking.ts';
import type { TrainingRule } from './blocking-rules.ts';
import type { Comparison } from './comparisons.ts';
import type { LinkageModel } from './model.ts';
import { type Anchor, type LearntParameters, trainParameters, withTermFrequencies } from './model-train.ts';
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

/** Pairs a full comparison of `records` would make: n(n-1)/2, or only across sources in link mode. */
function possiblePairsOf(records: readonly PreparedRecord[], link: boolean): number {
  const everyPair = (records.length * (records.length - 1)) / 2;
  if (!link) return everyPair;
  const sources = new Map<string, number>();
  for (const r of records) sources.set(r.source, (sources.get(r.source) ?? 0) + 1);
  return everyPair - [...sources.values()].reduce((s, n) => s + (n * (n - 1)) / 2, 0);
}

/**
 * Learns the model of a population without labels (`learnParameters`), with the term frequencies
 * of every record.
 */
export function learnModel(records: readonly PreparedRecord[], options: LearningOptions): LinkageModel {
  return withTermFrequencies(learnParameters(records, options), options.comparisons, records);
}

/**
 * Learns a population's parameters without labels (`trainParameters`): m, u and the prior on a
 * random sample of its records when it has more than `sampleRecords` — a uniform sample keeps the
 * share of matches among its pairs, its pairs and its possible pairs both shrinking by the square
 * of the sampled share — and the anchor's rare names on every record.
 */
export function learnParameters(
  records: readonly PreparedRecord[],
  options: LearningOptions,
): LearntParameters {
  const link = options.link ?? false;
  const seed = options.seed ?? 1;
  const sample = learningSample(records, options);
  return trainParameters({
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
  });
}
