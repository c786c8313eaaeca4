import { Worker } from 'node:worker_threads';
import type { CandidatePairs, KeyHashes, PairsMade } from './blocking.ts';
import {
  addressedBlocking,
  addressedTraining,
  type BlockingRule,
  personBlocking,
  personTraining,
  type TrainingRule,
} from './blocking-rules.ts';
import { addressedComparisons, type Comparison, personComparisons } from './comparisons.ts';
import { patternOf } from './model.ts';
import type { LearningOptions } from './model-sample.ts';
import type { LearntParameters } from './model-train.ts';
import type { PairWeigher } from './pair-weights.ts';
import type { LinkRecord, PreparedRecord } from './record.ts';

/** The functions of a linkage a worker needs: its comparisons, blocking rules and training rules. */
interface LinkageSet {
  readonly comparisons: readonly Comparison[];
  readonly blocking: readonly BlockingRule[];
  readonly training: readonly TrainingRule[];
}

/**
 * The linkage sets a worker thread can load by name: a worker cannot be handed functions, so it
 * imports the same modules and finds the sets there.
 */
export const linkageSets: Readonly<Record<string, LinkageSet>> = {
  person: { comparisons: personComparisons, blocking: personBlocking, training: personTraining },
  addressed: { comparisons: addressedComparisons, blocking: addressedBlocking, training: addressedTraining },
};

/**
 * The name of the set in `linkageSets` that `linkage` is, if it is one: the same comparisons and
 * training rules, and blocking rules making the same keys in the same order (a rule's own cap may
 * differ — the caps are applied by the caller, `candidatePairs`).
 */
export function linkageSetOf(linkage: LinkageSet): string | undefined {
  const { comparisons, blocking, training } = linkage;
  return Object.entries(linkageSets).find(
    ([, set]) =>
      set.comparisons === comparisons &&
      set.training === training &&
      set.blocking.length === blocking.length &&
      set.blocking.every((rule, r) => rule.keys === blocking[r]?.keys),
  )?.[0];
}

/** The learning options a worker is sent: the plain ones; it finds the comparisons and training rules in its set. */
export type SentLearning = Omit<LearningOptions, 'comparisons' | 'training'>;

const sentLearning = (options: LearningOptions): SentLearning => ({
  anchor: options.anchor,
  link: options.link,
  maxBlock: options.maxBlock,
  seed: options.seed,
  uSamples: options.uSamples,
  sampleRecords: options.sampleRecords,
});

/**
 * The match probabilities of pairs [from, to), into `probability` from 0: each pair compared
 * (`patternOf`) and weighed (`PairWeigher`) while its two records are at hand.
 */
export function scorePairs(
  comparisons: readonly Comparison[],
  records: readonly PreparedRecord[],
  weigher: PairWeigher,
  left: Int32Array,
  right: Int32Array,
  from: number,
  to: number,
  probability: Float64Array,
): void {
  for (let p = from; p < to; p++) {
    const a = left[p] as number;
    const b = right[p] as number;
    const code = patternOf(comparisons, records[a] as PreparedRecord, records[b] as PreparedRecord);
    probability[p - from] = weigher.probability(code, a, b);
  }
}

/** What the worker is sent (after its records, in `workerData`), answered in order. */
export type WorkerRequest =
  | { readonly kind: 'hash'; readonly from: number; readonly to: number }
  | { readonly kind: 'learn'; readonly options: SentLearning }
  | { readonly kind: 'score'; readonly left: Int32Array; readonly right: Int32Array };

/**
 * A worker thread holding its own prepared copy of the records (it normalises them as soon as it
 * starts, while the caller does the same) that makes block keys' hashes of some records, learns
 * the model's parameters and scores pairs with it on request. Pairs' ends are sent and hashes and
 * probabilities returned as transferred typed arrays — no object per pair or per key crosses threads.
 */
export class LinkageWorker {
  readonly #worker: Worker;
  readonly #failed: Promise<never>;
  readonly #waiting: ((value: unknown) => void)[] = [];
  /** Learning and scorings asked for, and done (a count the worker keeps in shared memory, `compared`). */
  #asked = 0;
  readonly #done = new Int32Array(new SharedArrayBuffer(4));
  constructor(records: readonly LinkRecord[], set: string) {
    this.#worker = new Worker(new URL('./linkage-worker-thread.ts', import.meta.url), {
      workerData: { records, set, compared: this.#done.buffer },
    });
    this.#worker.on('message', (answer) => this.#waiting.shift()?.(answer));
    this.#failed = new Promise((_, reject) => {
      this.#worker.once('error', reject);
      this.#worker.once('exit', (code) => reject(new Error(`linkage worker exited (${code})`)));
    });
    this.#failed.catch(() => {});
  }

  #ask<T>(request: WorkerRequest, transfer: ArrayBuffer[] = []): Promise<T> {
    const answer = new Promise<T>((resolve) => this.#waiting.push(resolve as (value: unknown) => void));
    this.#worker.postMessage(request, transfer);
    return Promise.race([answer, this.#failed]);
  }

  /** The block keys' hashes of records [from, to) (`keyHashes`). */
  hashKeys(from: number, to: number): Promise<KeyHashes> {
    return this.#ask({ kind: 'hash', from, to });
  }

  /**
   * The model's parameters learnt on the worker's records (`learnParameters`): the same as this
   * thread would learn, with the term frequencies left for it to count (they are maps of every
   * name, costlier to send than to count; the worker counts its own to score with).
   */
  learn(options: LearningOptions): Promise<LearntParameters> {
    this.#asked++;
    return this.#ask({ kind: 'learn', options: sentLearning(options) });
  }

  /**
   * The match probabilities of pairs (left[p], right[p]) by the model the worker learnt (`learn`
   * first); the arrays are moved to the worker.
   */
  score(left: Int32Array<ArrayBuffer>, right: Int32Array<ArrayBuffer>): Promise<Float64Array> {
    this.#asked++;
    return this.#ask({ kind: 'score', left, right }, [left.buffer, right.buffer]);
  }

  /**
   * How many scorings (or learning) asked for the worker has not finished: read from shared
   * memory, so it is current even while this thread is too busy to receive the answers.
   */
  waiting(): number {
    return this.#asked - Atomics.load(this.#done, 0);
  }

  async close(): Promise<void> {
    await this.#worker.terminate();
  }
}

/**
 * Chunks the worker may have waiting: one being scored and the next, so that it never waits for
 * this thread to look up from its own work, and no more, so that the threads end together.
 */
const chunksAhead = 2;

/**
 * The candidate pairs' scoring shared between this thread and the worker, a chunk of `size`
 * pairs at a time: the worker is handed chunks while this thread still walks the blocks (`made`,
 * the pairs told as they are made; it scores them once it has learnt the model), then each chunk
 * left goes to it while it has fewer than `chunksAhead` waiting, and is scored here otherwise — so
 * that both threads are busy until the last chunk, whatever each chunk costs. Probabilities land
 * at their pairs' places: the same as on one thread.
 */
export class SharedScoring {
  readonly #worker: LinkageWorker;
  readonly #size: number;
  readonly #handed: { from: number; probability: Promise<Float64Array> }[] = [];
  /** For `candidatePairs`: each chunk made is handed to the worker if it has room for it. */
  readonly made: PairsMade;
  constructor(worker: LinkageWorker, size: number) {
    this.#worker = worker;
    this.#size = size;
    this.made = {
      every: size,
      pairs: (left, right, from, to) => {
        this.#hand(left, right, from, to);
      },
    };
  }

  /** The probabilities of all `pairs`: the chunks not handed over yet, shared as they come; then the worker's. */
  async probabilities(
    comparisons: readonly Comparison[],
    records: readonly PreparedRecord[],
    weigher: PairWeigher,
    pairs: CandidatePairs,
  ): Promise<Float64Array> {
    const probability = new Float64Array(pairs.count);
    const handed = new Set(this.#handed.map((chunk) => chunk.from));
    for (let from = 0; from < pairs.count; from += this.#size) {
      if (handed.has(from)) continue;
      const to = Math.min(pairs.count, from + this.#size);
      if (this.#hand(pairs.left, pairs.right, from, to)) continue;
      const here = probability.subarray(from, to);
      scorePairs(comparisons, records, weigher, pairs.left, pairs.right, from, to, here);
    }
    for (const chunk of this.#handed) probability.set(await chunk.probability, chunk.from);
    return probability;
  }

  #hand(left: Int32Array, right: Int32Array, from: number, to: number): boolean {
    if (this.#worker.waiting() >= chunksAhead) return false;
    this.#handed.push({ from, probability: this.#worker.score(left.slice(from, to), right.slice(from, to)) });
    return true;
  }
}
