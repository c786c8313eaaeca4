/** A scored pair between two records (by index). */
export interface Link {
  readonly left: number;
  readonly right: number;
  readonly probability: number;
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
  scored: readonly Link[];
  threshold: number;
  rejectBelow?: number;
  maxSize?: number;
}): Int32Array {
  const { recordCount, scored, threshold } = props;
  const rejectBelow = props.rejectBelow ?? 0.05;
  const maxSize = props.maxSize ?? 50;
  const parent = Int32Array.from({ length: recordCount }, (_, i) => i);
  const size = new Int32Array(recordCount).fill(1);
  const members: (number[] | undefined)[] = new Array(recordCount);
  const neighbours = new Map<number, { other: number; probability: number }[]>();
  for (const link of scored) {
    if (link.probability >= threshold || link.probability < rejectBelow) {
      for (const [x, y] of [
        [link.left, link.right],
        [link.right, link.left],
      ] as const) {
        let list = neighbours.get(x);
        if (!list) {
          list = [];
          neighbours.set(x, list);
        }
        list.push({ other: y, probability: link.probability });
      }
    }
  }
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
  const accepted = scored.filter((link) => link.probability >= threshold);
  accepted.sort((a, b) => b.probability - a.probability);
  for (const link of accepted) {
    let a = find(link.left);
    let b = find(link.right);
    if (a === b) continue;
    if ((size[a] as number) + (size[b] as number) > maxSize) continue;
    if ((size[a] as number) > 1 || (size[b] as number) > 1) {
      if ((size[a] as number) > (size[b] as number)) [a, b] = [b, a];
      let agree = 0;
      let disagree = 0;
      for (const member of membersOf(a)) {
        for (const n of neighbours.get(member) ?? []) {
          if (find(n.other) !== b) continue;
          if (n.probability >= threshold) agree++;
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
