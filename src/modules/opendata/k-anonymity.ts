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

/**
 * The histogram in codes: each column's level-0 values numbered once, and for every level a table
 * from a level-0 code to the code of its generalised value. A class is then a number (mixed radix
 * over the columns' generalised codes), so a step of the search is arithmetic over typed arrays, not
 * string building.
 */
interface Encoded {
  readonly size: number;
  readonly counts: Float64Array;
  /** codes[q][i]: entry i's level-0 code in column q. */
  readonly codes: Int32Array[];
  /** generalised[q][l][code]: the level-l code of a level-0 code. */
  readonly generalised: Int32Array[][];
  /** labels[q][l][code]: the level-l value of a level-l code. */
  readonly labels: string[][][];
}

function encode(histogram: readonly HistogramEntry[], hierarchies: readonly Hierarchy[]): Encoded {
  const size = histogram.length;
  const counts = new Float64Array(size);
  histogram.forEach((entry, i) => {
    counts[i] = entry.count;
  });
  const codes: Int32Array[] = [];
  const generalised: Int32Array[][] = [];
  const labels: string[][][] = [];
  hierarchies.forEach((hierarchy, q) => {
    const column = new Int32Array(size);
    const dictionary = new Map<string, number>();
    const base: string[] = [];
    histogram.forEach((entry, i) => {
      const value = entry.values[q] as string;
      let code = dictionary.get(value);
      if (code === undefined) {
        code = base.length;
        dictionary.set(value, code);
        base.push(value);
      }
      column[i] = code;
    });
    codes.push(column);
    const perLevel: Int32Array[] = [];
    const labelsPerLevel: string[][] = [];
    for (const level of hierarchy.levels) {
      const map = new Int32Array(base.length);
      const seen = new Map<string, number>();
      const names: string[] = [];
      base.forEach((value, code) => {
        const general = level(value);
        let generalCode = seen.get(general);
        if (generalCode === undefined) {
          generalCode = names.length;
          seen.set(general, generalCode);
          names.push(general);
        }
        map[code] = generalCode;
      });
      perLevel.push(map);
      labelsPerLevel.push(names);
    }
    generalised.push(perLevel);
    labels.push(labelsPerLevel);
  });
  return { size, counts, codes, generalised, labels };
}

const labelsOf = (encoded: Encoded, q: number, level: number) =>
  (encoded.labels[q] as string[][])[level] as string[];
const generalisedOf = (encoded: Encoded, q: number, level: number) =>
  (encoded.generalised[q] as Int32Array[])[level] as Int32Array;

/** The equivalence classes at the given levels: class key → [record count, one entry of the class]. */
function classesAt(encoded: Encoded, levels: readonly number[]): Map<number | string, [number, number]> {
  const radices = levels.map((level, q) => labelsOf(encoded, q, level).length);
  const numeric = radices.reduce((product, radix) => product * radix, 1) < 2 ** 52;
  const maps = levels.map((level, q) => generalisedOf(encoded, q, level));
  const classes = new Map<number | string, [number, number]>();
  for (let i = 0; i < encoded.size; i += 1) {
    let key: number | string = 0;
    if (numeric) {
      let number = 0;
      for (let q = 0; q < maps.length; q += 1) {
        number =
          number * (radices[q] as number) +
          ((maps[q] as Int32Array)[(encoded.codes[q] as Int32Array)[i] as number] as number);
      }
      key = number;
    } else {
      key = maps.map((map, q) => map[(encoded.codes[q] as Int32Array)[i] as number]).join(',');
    }
    const found = classes.get(key);
    if (found) found[0] += encoded.counts[i] as number;
    else classes.set(key, [encoded.counts[i] as number, i]);
  }
  return classes;
}

function suppressedIn(classes: Map<number | string, [number, number]>, k: number): number {
  let suppressed = 0;
  for (const [count] of classes.values()) if (count < k) suppressed += count;
  return suppressed;
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
  const encoded = encode(histogram, hierarchies);
  const rowsIn = histogram.reduce((sum, entry) => sum + entry.count, 0);
  const levels = hierarchies.map(() => 0);
  let classes = classesAt(encoded, levels);
  if (algorithm === 'datafly-greedy') {
    while (suppressedIn(classes, k) > maxSuppression * rowsIn) {
      let best: { q: number; classes: typeof classes; kept: number; distinct: number } | undefined;
      for (let q = 0; q < hierarchies.length; q += 1) {
        const hierarchy = hierarchies[q] as Hierarchy;
        if ((levels[q] as number) >= hierarchy.levels.length - 1) continue;
        const trial = levels.slice();
        trial[q] = (trial[q] as number) + 1;
        const trialClasses = classesAt(encoded, trial);
        const kept = rowsIn - suppressedIn(trialClasses, k);
        const distinctValues = labelsOf(encoded, q, levels[q] as number).length;
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
  for (const [count, representative] of classes.values()) {
    if (count < k) continue;
    published.push({
      values: levels.map((level, q) => {
        const code = (encoded.codes[q] as Int32Array)[representative] as number;
        const generalCode = generalisedOf(encoded, q, level)[code] as number;
        return labelsOf(encoded, q, level)[generalCode] as string;
      }),
      count,
    });
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
      distinctBefore: labelsOf(encoded, q, 0).length,
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
