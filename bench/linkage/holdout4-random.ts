/**
 * The held-out sets' seeded draws (mulberry32; the fourth and fifth sets): one stream per set, so a
 * seed gives the same persons and the same records on every machine and Node version.
 */
export class Draw {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** An integer in [low, high], both included. */
  between(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }

  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[Math.floor(this.next() * list.length)] as T;
  }

  /** One key of a table of weights (need not sum to 1; a key left out weighs nothing). */
  weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K {
    const entries = (Object.entries(weights) as [K, number | undefined][]).filter(
      (entry): entry is [K, number] => entry[1] !== undefined,
    );
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let at = this.next() * total;
    for (const [key, w] of entries) {
      at -= w;
      if (at < 0) return key;
    }
    return (entries[entries.length - 1] as [K, number])[0];
  }

  /**
   * One element of a list drawn with falling weights (the first is the most common), as names are:
   * a few very common, a long tail of rare ones. Weight of rank r is 1 / (r + 1)^skew.
   */
  zipf<T>(list: readonly T[], skew = 1): T {
    let total = 0;
    for (let r = 0; r < list.length; r++) total += 1 / (r + 1) ** skew;
    let at = this.next() * total;
    for (let r = 0; r < list.length; r++) {
      at -= 1 / (r + 1) ** skew;
      if (at < 0) return list[r] as T;
    }
    return list[list.length - 1] as T;
  }
}
