import { type BlockingRule, candidatePairs } from './blocking.ts';
import { clusterLinks, type ScoredPairs } from './cluster.ts';
import { type LinkageModel, patternOf, patternWeights, weightOf } from './model.ts';
import { type LearningOptions, learnModel } from './model-sample.ts';
import { type LinkRecord, type PreparedRecord, prepareRecord } from './record.ts';

export interface LinkageOptions extends LearningOptions {
  readonly blocking: readonly BlockingRule[];
  /** Only pairs across sources (two files, two agencies); otherwise deduplicate all records. */
  readonly link?: boolean;
  /** Match probability at or above which a pair is called a match; 0.5 is the Bayes decision. */
  readonly threshold?: number;
}

export interface LinkageResult {
  readonly records: readonly PreparedRecord[];
  readonly model: LinkageModel;
  readonly threshold: number;
  /** Every candidate pair with its probability (for review queues and evaluation). */
  readonly scored: ScoredPairs;
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
  const model = learnModel(records, options);
  lap('train');
  const table = patternWeights(model, patterns);
  const probability = new Float64Array(pairs.count);
  for (let p = 0; p < pairs.count; p++) {
    const weight = weightOf(
      model,
      table,
      patterns[p] as number,
      records[pairs.left[p] as number] as PreparedRecord,
      records[pairs.right[p] as number] as PreparedRecord,
    );
    probability[p] = 1 / (1 + 2 ** -weight);
  }
  const scored = { left: pairs.left, right: pairs.right, probability, count: pairs.count };
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
