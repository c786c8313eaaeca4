/**
 * Small-cell suppression for figures that leave the agency owning the records (national
 * statistics): a count from 1 to one below the threshold could point at one person in one
 * province, so it is shown as null and its group is marked `suppressed: true` (the marker is left
 * out where nothing was suppressed). Zero is shown (it names nobody). The threshold is the
 * deployment's `LINDUNG_SMALL_CELL_THRESHOLD` (default 5, so 1–4 are suppressed); every figures
 * endpoint goes through these functions, nowhere else decides.
 * See docs/decisions/0012-small-cell-suppression.md.
 */
export function isSmallCell(count: number, threshold: number): boolean {
  return count > 0 && count < threshold;
}

/** One count, or null when it is a small cell. */
export function suppressCount(count: number, threshold: number): number | null {
  return isSmallCell(count, threshold) ? null : count;
}

export type Suppressed<T> = { [K in keyof T]: T[K] extends number ? number | null : T[K] } & {
  suppressed?: true;
};

/**
 * A group of counts (other fields pass through) with its small cells nulled, marked
 * `suppressed: true` when any was. `threshold` undefined (figures of the agency's own records)
 * leaves the group as it is.
 */
export function suppressCounts<T extends object>(group: T, threshold: number | undefined): Suppressed<T> {
  if (threshold === undefined) return { ...group } as Suppressed<T>;
  let suppressed = false;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(group)) {
    if (typeof value === 'number' && isSmallCell(value, threshold)) {
      out[key] = null;
      suppressed = true;
    } else out[key] = value;
  }
  return (suppressed ? { ...out, suppressed: true } : out) as Suppressed<T>;
}

/**
 * The counts of the categories of a total shown elsewhere — a partition (every person in exactly
 * one cell, e.g. the codes of one outcome measure) or categories that overlap little (an
 * investigation of several offence categories, a case of several types of exploitation): its small
 * cells are nulled as by `suppressCounts`, and then, since the total minus the shown cells would
 * give a lone hidden one back (exactly, or nearly where few records are in several), the next
 * smallest cells too until the hidden cells hold at least `threshold` together (or none is left).
 * So where one cell is hidden, at least one other is too.
 */
export function suppressPartition(
  counts: Readonly<Record<string, number>>,
  threshold: number | undefined,
): { counts: Record<string, number | null>; suppressed: boolean } {
  const hidden = new Set(
    Object.keys(counts).filter(
      (key) => threshold !== undefined && isSmallCell(counts[key] as number, threshold),
    ),
  );
  if (threshold === undefined || hidden.size === 0) return { counts: { ...counts }, suppressed: false };
  const sumHidden = () => [...hidden].reduce((sum, key) => sum + (counts[key] as number), 0);
  const rest = Object.keys(counts)
    .filter((key) => !hidden.has(key) && (counts[key] as number) > 0)
    .sort((a, b) => (counts[a] as number) - (counts[b] as number));
  while (sumHidden() < threshold && rest.length > 0) hidden.add(rest.shift() as string);
  return {
    counts: Object.fromEntries(
      Object.entries(counts).map(([key, value]) => [key, hidden.has(key) ? null : value]),
    ),
    suppressed: true,
  };
}

/**
 * Rows of categories of one total with several measures each (a period's offence categories with
 * investigations, arrests…; a dimension's values with victims identified, referred…): for each row,
 * the measures `suppressPartition` hides in that measure's column. Nothing for the agency's own
 * figures (`threshold` undefined).
 */
export function hiddenCells<M extends string>(
  rows: readonly Readonly<Record<M, number>>[],
  measures: readonly M[],
  threshold: number | undefined,
): Set<M>[] {
  const hidden = rows.map(() => new Set<M>());
  if (threshold === undefined) return hidden;
  for (const measure of measures) {
    const { counts } = suppressPartition(
      Object.fromEntries(rows.map((row, index) => [index, row[measure]])),
      threshold,
    );
    rows.forEach((_, index) => {
      if (counts[index] === null) hidden[index]?.add(measure);
    });
  }
  return hidden;
}
