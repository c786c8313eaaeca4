import { Worker } from 'node:worker_threads';
import { addressedComparisons, type Comparison, personComparisons } from './comparisons.ts';
import { patternOf } from './model.ts';
import type { LinkRecord, PreparedRecord } from './record.ts';

/**
 * The comparison sets a worker thread can load by name: a worker cannot be handed functions, so it
 * imports the same module and finds the set there.
 */
export const comparisonSets: Readonly<Record<string, readonly Comparison[]>> = {
  person: personComparisons,
  addressed: addressedComparisons,
};

/** The name of `comparisons` in `comparisonSets`, if it is one of them. */
export function comparisonSetOf(comparisons: readonly Comparison[]): string | undefined {
  return Object.entries(comparisonSets).find(([, set]) => set === comparisons)?.[0];
}

/** Sorts pairs [from, to) into comparison patterns (`patternOf`), into `patterns` from 0. */
export function comparePairs(
  comparisons: readonly Comparison[],
  records: readonly PreparedRecord[],
  left: Int32Array,
  right: Int32Array,
  from: number,
  to: number,
  patterns: Float64Array,
): void {
  for (let p = from; p < to; p++) {
    patterns[p - from] = patternOf(
      comparisons,
      records[left[p] as number] as PreparedRecord,
      records[right[p] as number] as PreparedRecord,
    );
  }
}

/** What the worker is sent (after its records, in `workerData`): pairs to compare. */
export interface CompareRequest {
  readonly left: Int32Array;
  readonly right: Int32Array;
}

/**
 * A worker thread holding its own prepared copy of the records (it normalises them as soon as it
 * starts, while the caller blocks) that compares pairs of them on request. Pairs' ends are sent
 * and patterns returned as transferred typed arrays.
 */
export class CompareWorker {
  readonly #worker: Worker;
  readonly #failed: Promise<never>;
  constructor(records: readonly LinkRecord[], set: string) {
    this.#worker = new Worker(new URL('./compare-worker.ts', import.meta.url), {
      workerData: { records, set },
    });
    this.#failed = new Promise((_, reject) => {
      this.#worker.once('error', reject);
      this.#worker.once('exit', (code) => reject(new Error(`linkage worker exited (${code})`)));
    });
    this.#failed.catch(() => {});
  }

  /** The patterns of pairs (left[p], right[p]); the arrays are moved to the worker. */
  compare(left: Int32Array<ArrayBuffer>, right: Int32Array<ArrayBuffer>): Promise<Float64Array> {
    const done = new Promise<Float64Array>((resolve) => {
      this.#worker.once('message', (patterns: Float64Array) => resolve(patterns));
    });
    const request: CompareRequest = { left, right };
    this.#worker.postMessage(request, [left.buffer, right.buffer]);
    return Promise.race([done, this.#failed]);
  }

  async close(): Promise<void> {
    await this.#worker.terminate();
  }
}
