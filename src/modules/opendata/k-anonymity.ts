/**
 * k-anonymity by full-domain generalisation and record suppression (a Datafly-style greedy search,
 * Sweeney 2002, with a retention-driven choice of the attribute to generalise). See
 * docs/decisions/0023-open-data.md.
 *
 * Input: a histogram of records at their finest level (each distinct combination of quasi-identifier
 * values with its count), and for each quasi-identifier a hierarchy: `levels[l](value)` maps a
 * level-0 value to its level-l value; the last level is '*' for every value.
 *
 * The search starts with every quasi-identifier at level 0. At each step it counts the records that
 * would be suppressed (those in an equivalence class of fewer than k records) and stops as soon as at
 * most `maxSuppression` of the records would be; otherwise it raises by one level the attribute whose
 * generalisation keeps the most records (ties: the attribute with more distinct values, Datafly's
 * own rule; then the earlier one). Every attribute at its top level puts all records in one class,
 * so the search ends. The classes still smaller than k are then suppressed whole.
 */
export interface Hierarchy {
  readonly name: string;
  /** levels[0] is the identity; levels[levels.length - 1] maps everything to '*'. */
  readonly levels: readonly ((value: string) => string)[];
}

export interface HistogramEntry {
  readonly values: readonly string[];
  readonly count: number;
}

export interface GeneralisedClass {
  readonly values: readonly string[];
  readonly count: number;
}

export interface AnonymisationReport {
  readonly k: number;
  readonly algorithm: 'datafly-greedy' | 'suppression-only';
  readonly rowsIn: number;
  readonly rowsKept: number;
  readonly rowsSuppressed: number;
  readonly keptShare: number;
  /** The equivalence classes published (each of at least k records). */
  readonly classes: number;
  readonly columns: readonly {
    readonly name: string;
    readonly level: number;
    readonly maxLevel: number;
    /** level / maxLevel: 0 is the value as recorded, 1 is the column fully withheld. */
    readonly generalisation: number;
    readonly distinctBefore: number;
    readonly distinctAfter: number;
  }[];
  /** Mean of the columns' generalisation (Sweeney's precision loss, 1 − Prec). */
  readonly precisionLoss: number;
  /** Discernibility (Bayardo & Agrawal): Σ |class|² over kept classes + rowsSuppressed × rowsIn. */
  readonly discernibility: number;
}

export interface AnonymisationResult {
  readonly classes: readonly GeneralisedClass[];
  readonly report: AnonymisationReport;
}

export interface AnonymiseOptions {
  readonly k: number;
  /** The share of records the search may suppress before it generalises further (default 0.05). */
  readonly maxSuppression?: number;
  /** 'suppression-only': the baseline, no generalisation at all. */
  readonly algorithm?: 'datafly-greedy' | 'suppression-only';
}

const separator = '\u001f';

/** The equivalence classes of the histogram at the given levels (key = joined generalised values). */
function classesAt(
  histogram: readonly HistogramEntry[],
  hierarchies: readonly Hierarchy[],
  levels: readonly number[],
): Map<string, number> {
  // Generalising is a lookup per distinct value of a column, not per record.
  const caches = hierarchies.map(() => new Map<string, string>());
  const classes = new Map<string, number>();
  for (const entry of histogram) {
    let key = '';
    for (let q = 0; q < hierarchies.length; q += 1) {
      const value = entry.values[q] as string;
      const cache = caches[q] as Map<string, string>;
      let generalised = cache.get(value);
      if (generalised === undefined) {
        const hierarchy = hierarchies[q] as Hierarchy;
        generalised = (hierarchy.levels[levels[q] as number] as (v: string) => string)(value);
        cache.set(value, generalised);
      }
      key = q === 0 ? generalised : key + separator + generalised;
    }
    classes.set(key, (classes.get(key) ?? 0) + entry.count);
  }
  return classes;
}

function suppressedIn(classes: Map<string, number>, k: number): number {
  let suppressed = 0;
  for (const count of classes.values()) if (count < k) suppressed += count;
  return suppressed;
}

function distinct(histogram: readonly HistogramEntry[], q: number, level: (v: string) => string): number {
  const seen = new Set<string>();
  for (const entry of histogram) seen.add(level(entry.values[q] as string));
  return seen.size;
}

export function anonymise(
  histogram: readonly HistogramEntry[],
  hierarchies: readonly Hierarchy[],
  options: AnonymiseOptions,
): AnonymisationResult {
  const { k } = options;
  if (!Number.isInteger(k) || k < 1) throw new RangeError('k must be a positive integer');
  const maxSuppression = options.maxSuppression ?? 0.05;
  const algorithm = options.algorithm ?? 'datafly-greedy';
  for (const entry of histogram) {
    if (entry.values.length !== hierarchies.length)
      throw new RangeError('every histogram entry needs one value per hierarchy');
  }
  const rowsIn = histogram.reduce((sum, entry) => sum + entry.count, 0);
  const levels = hierarchies.map(() => 0);
  let classes = classesAt(histogram, hierarchies, levels);
  if (algorithm === 'datafly-greedy') {
    while (suppressedIn(classes, k) > maxSuppression * rowsIn) {
      let best: { q: number; classes: Map<string, number>; kept: number; distinct: number } | undefined;
      for (let q = 0; q < hierarchies.length; q += 1) {
        const hierarchy = hierarchies[q] as Hierarchy;
        if ((levels[q] as number) >= hierarchy.levels.length - 1) continue;
        const trial = levels.slice();
        trial[q] = (trial[q] as number) + 1;
        const trialClasses = classesAt(histogram, hierarchies, trial);
        const kept = rowsIn - suppressedIn(trialClasses, k);
        const distinctValues = distinct(
          histogram,
          q,
          hierarchy.levels[levels[q] as number] as (v: string) => string,
        );
        if (!best || kept > best.kept || (kept === best.kept && distinctValues > best.distinct)) {
          best = { q, classes: trialClasses, kept, distinct: distinctValues };
        }
      }
      if (!best) break; // every attribute at '*': one class, suppressed only if fewer than k records in all
      levels[best.q] = (levels[best.q] as number) + 1;
      classes = best.classes;
    }
  }
  const published: GeneralisedClass[] = [];
  let rowsKept = 0;
  let discernibility = 0;
  for (const [key, count] of classes) {
    if (count < k) continue;
    published.push({ values: key.split(separator), count });
    rowsKept += count;
    discernibility += count * count;
  }
  published.sort((a, b) => compareValues(a.values, b.values));
  const rowsSuppressed = rowsIn - rowsKept;
  const columns = hierarchies.map((hierarchy, q) => {
    const maxLevel = hierarchy.levels.length - 1;
    const level = levels[q] as number;
    return {
      name: hierarchy.name,
      level,
      maxLevel,
      generalisation: maxLevel === 0 ? 0 : level / maxLevel,
      distinctBefore: distinct(histogram, q, hierarchy.levels[0] as (v: string) => string),
      distinctAfter: new Set(published.map((row) => row.values[q])).size,
    };
  });
  return {
    classes: published,
    report: {
      k,
      algorithm,
      rowsIn,
      rowsKept,
      rowsSuppressed,
      keptShare: rowsIn === 0 ? 1 : rowsKept / rowsIn,
      classes: published.length,
      columns,
      precisionLoss:
        columns.length === 0 ? 0 : columns.reduce((sum, c) => sum + c.generalisation, 0) / columns.length,
      discernibility: discernibility + rowsSuppressed * rowsIn,
    },
  };
}

function compareValues(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
