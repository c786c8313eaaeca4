/**
 * Small-cell suppression for figures that leave the agency owning the records (national
 * statistics): a count from 1 to one below the threshold could point at one person in one
 * province, so it is shown as null and its group is marked `suppressed: true`. Zero is shown (it
 * names nobody). The threshold is the deployment's `LINDUNG_SMALL_CELL_THRESHOLD` (default 5, so
 * 1–4 are suppressed); every figures endpoint goes through these functions, nowhere else decides.
 * See docs/decisions/0012-small-cell-suppression.md.
 */
export function isSmallCell(count: number, threshold: number): boolean {
  return count > 0 && count < threshold;
}

/** One count, or null when it is a small cell. */
export function suppressCount(count: number, threshold: number): number | null {
  return isSmallCell(count, threshold) ? null : count;
}

/**
 * The given counts of a group with its small cells nulled, and `suppressed` saying whether any was.
 * `threshold` undefined (figures of the agency's own records) leaves every count as it is.
 */
export function suppressCounts<K extends string>(
  counts: Readonly<Record<K, number>>,
  threshold: number | undefined,
): Record<K, number | null> & { suppressed: boolean } {
  let suppressed = false;
  const out = {} as Record<K, number | null>;
  for (const key of Object.keys(counts) as K[]) {
    const value = counts[key];
    if (threshold !== undefined && isSmallCell(value, threshold)) {
      out[key] = null;
      suppressed = true;
    } else out[key] = value;
  }
  return { ...out, suppressed };
}
