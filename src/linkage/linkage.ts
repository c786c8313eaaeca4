import {
  type CandidatePairs,
  candidatePairs,
  type KeyHashes,
  keyHashes,
  type PairsMade,
} from './blocking.ts';
import type { BlockingRule } from './blocking-rules.ts';
import { clusterLinks, type ScoredPairs } from './cluster.ts';
import { LinkageWorker, linkageSetOf, SharedScoring, scorePairs } from './linkage-worker.ts';
import { type LinkageModel, scorePair } from './model.ts';
import { type LearningOptions, learnModel } from './model-sample.ts';
import { withTermFrequencies } from './model-train.ts';
import { shareLinksWithoutFullDate } from './one-person-at-most.ts';
import { PairWeigher } from './pair-weights.ts';
import { type LinkRecord, type PreparedRecord, prepareRecord } from './record.ts';

export interface LinkageOptions extends LearningOptions {
  readonly blocking: readonly BlockingRule[];
  /** Only pairs across sources (two files, two agencies); otherwise deduplicate all records. */
  readonly link?: boolean;
  /** Match probability at or above which a pair is called a match; 0.5 is the Bayes decision. */
  readonly threshold?: number;
}

/**
 * The phases in their order: 'compare' compares and weighs the pairs (decision 0190), 'score'
 * shares the links of records without a full date.
 */
type Phase = 'prepare' | 'block' | 'train' | 'compare' | 'score' | 'cluster';

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
  /** Wall seconds per phase. */
  readonly timings: Readonly<Record<Phase, number>>;
  /** CPU seconds of the whole process (every thread) during each phase. */
  readonly cpuTimings: Readonly<Record<Phase, number>>;
}

/** Wall and CPU seconds per phase, each phase timed from the end of the one before. */
function phaseClock() {
  const timings = { prepare: 0, block: 0, train: 0, compare: 0, score: 0, cluster: 0 };
  const cpuTimings = { ...timings };
  let wall = performance.now();
  let cpu = process.cpuUsage();
  const lap = (phase: Phase) => {
    const now = performance.now();
    const used = process.cpuUsage(cpu);
    timings[phase] = (now - wall) / 1000;
    cpuTimings[phase] = (used.user + used.system) / 1e6;
    wall = now;
    cpu = process.cpuUsage();
  };
  return { timings, cpuTimings, lap };
}

/**
 * Links persons without labels: normalises each record once, makes candidate pairs by blocking,
 * learns m, u and the match prior (EM and random pairs, on blocks of their own), sorts each pair
 * into comparison levels and scores it with term-frequency adjustments, shares the links of a
 * record without a full date among the persons it is linked to and raises its weak pairs with
 * records that are one person with those it is linked by (one-person-at-most.ts), and clusters the
 * pairs above the threshold.
 */
export function linkRecords(input: readonly LinkRecord[], options: LinkageOptions): LinkageResult {
  const clock = phaseClock();
  const records = input.map(prepareRecord);
  clock.lap('prepare');
  const pairs = blockRecords(records, options);
  clock.lap('block');
  const model = learnModel(records, options);
  clock.lap('train');
  const probability = new Float64Array(pairs.count);
  const weigher = new PairWeigher(model, records);
  scorePairs(options.comparisons, records, weigher, pairs.left, pairs.right, 0, pairs.count, probability);
  clock.lap('compare');
  return finish(records, pairs, probability, model, options, clock);
}

/**
 * Candidate pairs handed to the worker at a time: ~0.5 s of its scoring, so that the threads end
 * within about a second of each other, in some hundred messages at a million records.
 */
const pairsPerChunk = 1 << 18;

/**
 * `linkRecords` on two threads: a worker normalises its own copy of the records while this thread
 * normalises them; each makes the block keys (as hashes) of half of the records; then the worker
 * learns the model's parameters while this thread numbers the keys and makes the candidate pairs,
 * which the worker scores (compares and weighs) as they are made once it has learnt; the pairs
 * left are then shared between both threads a chunk at a time (`SharedScoring`) — learning and
 * weighing were this thread's alone, after the comparisons (decision 0190). Pairs' ends, keys'
 * hashes and probabilities cross as typed arrays (transferred, no object per pair). The same
 * result as `linkRecords`, parameter for parameter and probability for probability. Only the sets
 * the worker can load by name (`linkageSetOf`) run on two threads; others, and `workers` 1, run on
 * this one. On two cores, start the process with
 * `--single-threaded-gc` (as `bench:linkage` does): both threads compute throughout, and V8's
 * parallel and concurrent collector threads only take the cores from them (decision 0162: 1M
 * records 328 s → 288–292 s).
 */
export async function linkRecordsInParallel(
  input: readonly LinkRecord[],
  options: LinkageOptions & {
    readonly workers?: number;
    /** Pairs handed to the worker at a time (`pairsPerChunk` unless told; tests make it small). */
    readonly pairsPerChunk?: number;
  },
): Promise<LinkageResult> {
  const set = linkageSetOf(options);
  if ((options.workers ?? 2) < 2 || set === undefined) return linkRecords(input, options);
  const clock = phaseClock();
  const worker = new LinkageWorker(input, set);
  try {
    const records = input.map(prepareRecord);
    clock.lap('prepare');
    const middle = Math.floor(records.length / 2);
    const theirKeys = worker.hashKeys(middle, records.length);
    const learnt = worker.learn(options);
    const ourKeys = keyHashes(records, options.blocking, 0, middle);
    const scoring = new SharedScoring(worker, options.pairsPerChunk ?? pairsPerChunk);
    const pairs = blockRecords(records, options, [ourKeys, await theirKeys], scoring.made);
    clock.lap('block');
    const model = withTermFrequencies(await learnt, options.comparisons, records);
    clock.lap('train');
    const weigher = new PairWeigher(model, records);
    const probability = await scoring.probabilities(options.comparisons, records, weigher, pairs);
    clock.lap('compare');
    return finish(records, pairs, probability, model, options, clock);
  } finally {
    await worker.close();
  }
}

function blockRecords(
  records: readonly PreparedRecord[],
  options: LinkageOptions,
  hashes?: readonly KeyHashes[],
  made?: PairsMade,
): CandidatePairs {
  return candidatePairs(records, options.blocking, {
    maxBlock: options.maxBlock ?? 1000,
    link: options.link ?? false,
    ...(hashes ? { hashes } : {}),
    ...(made ? { made } : {}),
  });
}

/**
 * Shares the links of records without a full date and clusters: what follows the scoring of the
 * pairs (`probability`, at the pairs' places).
 */
function finish(
  records: readonly PreparedRecord[],
  pairs: CandidatePairs,
  probability: Float64Array,
  model: LinkageModel,
  options: LinkageOptions,
  clock: ReturnType<typeof phaseClock>,
): LinkageResult {
  const scored = { left: pairs.left, right: pairs.right, probability, count: pairs.count };
  const threshold = options.threshold ?? 0.5;
  if (!options.link) {
    const together = (a: number, b: number) =>
      scorePair(model, records[a] as PreparedRecord, records[b] as PreparedRecord).probability;
    shareLinksWithoutFullDate(records, scored, threshold, (a, b) => together(a, b) >= threshold, {
      floor: model.prior,
      probability: together,
    });
  }
  clock.lap('score');
  const clusters = clusterLinks({ recordCount: records.length, scored, threshold });
  clock.lap('cluster');
  return {
    records,
    model,
    threshold,
    scored,
    clusters,
    pairCount: pairs.count,
    droppedBlocks: pairs.droppedBlocks,
    timings: clock.timings,
    cpuTimings: clock.cpuTimings,
  };
}
