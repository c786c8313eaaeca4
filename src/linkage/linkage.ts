import { type BlockingRule, candidatePairs, type TrainingRule } from './blocking.ts';
import { clusterLinks, type Link } from './cluster.ts';
import type { Comparison } from './comparisons.ts';
import { type Anchor, type LinkageModel, patternOf, patternWeights, trainModel, weightOf } from './model.ts';
import { type LinkRecord, type PreparedRecord, prepareRecord } from './record.ts';

export interface LinkageOptions {
  readonly comparisons: readonly Comparison[];
  readonly blocking: readonly BlockingRule[];
  /** Blocking rules the EM learns m on, each with the comparisons it fixes. */
  readonly training: readonly TrainingRule[];
  readonly anchor?: Anchor;
  /** Only pairs across sources (two files, two agencies); otherwise deduplicate all records. */
  readonly link?: boolean;
  /** Match probability at or above which a pair is called a match; 0.5 is the Bayes decision. */
  readonly threshold?: number;
  readonly maxBlock?: number;
  readonly seed?: number;
  readonly uSamples?: number;
}

export interface LinkageResult {
  readonly records: readonly PreparedRecord[];
  readonly model: LinkageModel;
  readonly threshold: number;
  /** Every candidate pair with its probability (for review queues and evaluation). */
  readonly scored: readonly Link[];
  /** Cluster number per record (the index of one of its members). */
  readonly clusters: Int32Array;
  readonly pairCount: number;
  readonly droppedBlocks: number;
  readonly timings: Readonly<Record<'prepare' | 'block' | 'compare' | 'train' | 'score' | 'cluster', number>>;
}

/**
 * Links persons without labels: normalises each record once, makes candidate pairs by blocking,
 * sorts each pair into comparison levels, learns m, u and the match prior (EM and random pairs),
 * scores each pair with term-frequency adjustments, and clusters the pairs above the threshold.
 */
export function linkRecords(input: readonly LinkRecord[], options: LinkageOptions): LinkageResult {
  const clock = () => performance.now();
  let t = clock();
  const timings = { prepare: 0, block: 0, compare: 0, train: 0, score: 0, cluster: 0 };
  const lap = (key: keyof typeof timings) => {
    const now = clock();
    timings[key] = (now - t) / 1000;
    t = now;
  };
  const records = input.map(prepareRecord);
  lap('prepare');
  const pairs = candidatePairs(records, options.blocking, {
    maxBlock: options.maxBlock ?? 1000,
    link: options.link ?? false,
  });
  lap('block');
  const patterns = new Float64Array(pairs.count);
  for (let p = 0; p < pairs.count; p++) {
    patterns[p] = patternOf(
      options.comparisons,
      records[pairs.left[p] as number] as PreparedRecord,
      records[pairs.right[p] as number] as PreparedRecord,
    );
  }
  lap('compare');
  const link = options.link ?? false;
  const sources = new Map<string, number>();
  for (const r of records) sources.set(r.source, (sources.get(r.source) ?? 0) + 1);
  const sizes = [...sources.values()];
  const everyPair = (records.length * (records.length - 1)) / 2;
  const possiblePairs = link ? everyPair - sizes.reduce((s, n) => s + (n * (n - 1)) / 2, 0) : everyPair;
  const model = trainModel({
    records,
    comparisons: options.comparisons,
    sessions: options.training.map((training) => ({
      ...candidatePairs(records, [training.rule], { maxBlock: options.maxBlock ?? 1000, link }),
      fields: training.fields,
    })),
    possiblePairs,
    link,
    ...(options.anchor ? { anchor: options.anchor } : {}),
    seed: options.seed ?? 1,
    ...(options.uSamples ? { uSamples: options.uSamples } : {}),
  });
  lap('train');
  const table = patternWeights(model, patterns);
  const scored: Link[] = new Array(pairs.count);
  for (let p = 0; p < pairs.count; p++) {
    const left = pairs.left[p] as number;
    const right = pairs.right[p] as number;
    const weight = weightOf(
      model,
      table,
      patterns[p] as number,
      records[left] as PreparedRecord,
      records[right] as PreparedRecord,
    );
    scored[p] = { left, right, probability: 1 / (1 + 2 ** -weight) };
  }
  lap('score');
  const threshold = options.threshold ?? 0.5;
  const clusters = clusterLinks({ recordCount: records.length, scored, threshold });
  lap('cluster');
  return {
    records,
    model,
    threshold,
    scored,
    clusters,
    pairCount: pairs.count,
    droppedBlocks: pairs.droppedBlocks,
    timings,
  };
}
