import type { LinkageResult } from '../../src/linkage/index.ts';
import type { TruthRecord } from './data.ts';

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

const f = (tp: number, fp: number, fn: number): Scores => {
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
};

/** True pairs: same person; in link mode only across sources. */
export function truePairCount(records: readonly TruthRecord[], link: boolean): number {
  const groups = new Map<string, Map<string, number>>();
  for (const r of records) {
    const bySource = groups.get(r.truth) ?? new Map<string, number>();
    bySource.set(link ? (r.source ?? '') : '', (bySource.get(link ? (r.source ?? '') : '') ?? 0) + 1);
    groups.set(r.truth, bySource);
  }
  let total = 0;
  for (const bySource of groups.values()) {
    const counts = [...bySource.values()];
    const n = counts.reduce((s, x) => s + x, 0);
    total += (n * (n - 1)) / 2 - counts.reduce((s, x) => s + (link ? (x * (x - 1)) / 2 : 0), 0);
  }
  return total;
}

/** Pairwise scores of predicted pairs (probability ≥ threshold), given as index pairs. */
export function pairwise(
  records: readonly TruthRecord[],
  predicted: Iterable<readonly [number, number]>,
  truePairs: number,
): Scores & { tp: number; fp: number } {
  let tp = 0;
  let fp = 0;
  for (const [i, j] of predicted) {
    if ((records[i] as TruthRecord).truth === (records[j] as TruthRecord).truth) tp++;
    else fp++;
  }
  return { ...f(tp, fp, truePairs - tp), tp, fp };
}

/**
 * The best pairwise F1 one threshold on the scores can give, the threshold chosen with the truth:
 * what a model tuned on labels would reach, beside what its own label-free threshold reaches.
 * `scored`: candidate pairs as record indexes with their score (higher: more alike).
 */
export function bestThreshold(
  records: readonly TruthRecord[],
  scored: Iterable<readonly [number, number, number]>,
  truePairs: number,
): Scores & { threshold: number } {
  const byScore = [...scored]
    .map(([i, j, score]) => ({ score, same: records[i]?.truth === records[j]?.truth }))
    .sort((a, b) => b.score - a.score);
  let best: Scores & { threshold: number } = { ...f(0, 0, truePairs), threshold: Number.POSITIVE_INFINITY };
  let tp = 0;
  let fp = 0;
  for (const [n, pair] of byScore.entries()) {
    if (pair.same) tp++;
    else fp++;
    // A threshold takes every pair of its score or above: a cut only between two scores.
    if (byScore[n + 1]?.score === pair.score) continue;
    const scores = f(tp, fp, truePairs - tp);
    if (scores.f1 > best.f1) best = { ...scores, threshold: pair.score };
  }
  return best;
}

export function* scoredPairs(result: LinkageResult): Generator<[number, number, number]> {
  const { scored } = result;
  for (let p = 0; p < scored.count; p++)
    yield [scored.left[p] as number, scored.right[p] as number, scored.probability[p] as number];
}

export function* predictedPairs(result: LinkageResult, threshold: number): Generator<[number, number]> {
  const { scored } = result;
  for (let p = 0; p < scored.count; p++)
    if ((scored.probability[p] as number) >= threshold)
      yield [scored.left[p] as number, scored.right[p] as number];
}

/**
 * Cluster scores: pairwise over the clusters (every two records put together), and exact clusters
 * (a predicted cluster counts when it holds exactly one true person's records).
 */
export function clusterScores(
  records: readonly TruthRecord[],
  clusters: Int32Array,
  link: boolean,
  truePairs: number,
): { pairs: Scores; exact: Scores } {
  const byCluster = new Map<number, number[]>();
  clusters.forEach((c, i) => {
    const list = byCluster.get(c) ?? [];
    list.push(i);
    byCluster.set(c, list);
  });
  let tp = 0;
  let fp = 0;
  const predictedKeys = new Set<string>();
  for (const members of byCluster.values()) {
    predictedKeys.add(
      members
        .map((i) => (records[i] as TruthRecord).id)
        .sort()
        .join('\u0000'),
    );
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) {
        const a = records[members[x] as number] as TruthRecord;
        const b = records[members[y] as number] as TruthRecord;
        if (link && a.source === b.source) continue;
        if (a.truth === b.truth) tp++;
        else fp++;
      }
  }
  const truthGroups = new Map<string, string[]>();
  for (const r of records) {
    const list = truthGroups.get(r.truth) ?? [];
    list.push(r.id);
    truthGroups.set(r.truth, list);
  }
  let exact = 0;
  for (const ids of truthGroups.values()) if (predictedKeys.has(ids.sort().join('\u0000'))) exact++;
  return {
    pairs: f(tp, fp, truePairs - tp),
    exact: f(exact, byCluster.size - exact, truthGroups.size - exact),
  };
}
