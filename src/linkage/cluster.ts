/** Scored candidate pairs as parallel arrays (record indexes and match probability), one slot per pair. */
export interface ScoredPairs {
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly probability: Float64Array;
  readonly count: number;
}

/** The other record of pair `p`. */
export const linkedTo = (scored: ScoredPairs, p: number, record: number): number =>
  scored.left[p] === record ? (scored.right[p] as number) : (scored.left[p] as number);

const bump = (counts: Int32Array, at: number) => {
  counts[at] = (counts[at] as number) + 1;
};

/**
 * Each record's scored pairs that count when two groups meet — links (at or above the threshold)
 * and clear non-matches — as one adjacency list in a typed array of pairs: the other record is
 * read from the pair, so that the list is one number per pair's end (at a million records, tens
 * of millions of them: decision 0190).
 */
function neighboursOf(scored: ScoredPairs, recordCount: number, counts: (p: number) => boolean) {
  const from = new Int32Array(recordCount + 1);
  for (let p = 0; p < scored.count; p++) {
    if (!counts(p)) continue;
    bump(from, (scored.left[p] as number) + 1);
    bump(from, (scored.right[p] as number) + 1);
  }
  for (let i = 0; i < recordCount; i++) from[i + 1] = (from[i + 1] as number) + (from[i] as number);
  const pair = new Int32Array(from[recordCount] as number);
  const filled = from.slice(0, recordCount);
  for (let p = 0; p < scored.count; p++) {
    if (!counts(p)) continue;
    const a = scored.left[p] as number;
    const b = scored.right[p] as number;
    pair[filled[a] as number] = p;
    bump(filled, a);
    pair[filled[b] as number] = p;
    bump(filled, b);
  }
  return { from, pair };
}

/**
 * Groups records into persons from scored pairs. Links are taken strongest first (Kruskal); two
 * groups join only if, among the pairs scored between them, links above the threshold are at least
 * as many as clear non-matches (probability < `rejectBelow`) — so one typo-driven link cannot
 * chain two different persons, each with their own records, into one — and the joined group stays
 * at most `maxSize` records.
 */
export function clusterLinks(props: {
  recordCount: number;
  scored: ScoredPairs;
  threshold: number;
  rejectBelow?: number;
  maxSize?: number;
}): Int32Array {
  const { recordCount, scored, threshold } = props;
  const rejectBelow = props.rejectBelow ?? 0.05;
  const maxSize = props.maxSize ?? 50;
  const probability = scored.probability;
  const parent = Int32Array.from({ length: recordCount }, (_, i) => i);
  const size = new Int32Array(recordCount).fill(1);
  const members: (number[] | undefined)[] = new Array(recordCount);
  const neighbours = neighboursOf(
    scored,
    recordCount,
    (p) => (probability[p] as number) >= threshold || (probability[p] as number) < rejectBelow,
  );
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[x] !== root) {
      const next = parent[x] as number;
      parent[x] = root;
      x = next;
    }
    return root;
  };
  const membersOf = (root: number) => members[root] ?? [root];
  const accepted: number[] = [];
  for (let p = 0; p < scored.count; p++) if ((probability[p] as number) >= threshold) accepted.push(p);
  const order = Int32Array.from(accepted).sort(
    (x, y) => (probability[y] as number) - (probability[x] as number) || x - y,
  );
  for (const p of order) {
    let a = find(scored.left[p] as number);
    let b = find(scored.right[p] as number);
    if (a === b) continue;
    if ((size[a] as number) + (size[b] as number) > maxSize) continue;
    if ((size[a] as number) > 1 || (size[b] as number) > 1) {
      if ((size[a] as number) > (size[b] as number)) [a, b] = [b, a];
      let agree = 0;
      let disagree = 0;
      for (const member of membersOf(a)) {
        for (let n = neighbours.from[member] as number; n < (neighbours.from[member + 1] as number); n++) {
          const between = neighbours.pair[n] as number;
          if (find(linkedTo(scored, between, member)) !== b) continue;
          if ((probability[between] as number) >= threshold) agree++;
          else disagree++;
        }
      }
      if (disagree > agree) continue;
    }
    const joined = [...membersOf(a), ...membersOf(b)];
    parent[a] = b;
    size[b] = joined.length;
    members[b] = joined;
    members[a] = undefined;
  }
  const cluster = new Int32Array(recordCount);
  for (let i = 0; i < recordCount; i++) cluster[i] = find(i);
  return cluster;
}
