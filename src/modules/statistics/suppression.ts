/**
 * Small-cell suppression: the one place that says how small a count may be before it is hidden.
 * A count of 1 to `smallCellThreshold - 1` shown beyond the agency that owns the records (a
 * national figure) becomes null and is marked suppressed, so that nobody can single out a victim
 * from a table. Zero is shown: it names nobody. See docs/decisions/0013-statistics.md.
 */
export const smallCellThreshold = 5;

export interface Cell {
  value: number | null;
  suppressed: boolean;
}

export function isSmall(count: number): boolean {
  return count > 0 && count < smallCellThreshold;
}

/** A count as shown: as it is within the owning agency, suppressed if small beyond it. */
export function cell(count: number, suppress: boolean): Cell {
  return suppress && isSmall(count) ? { value: null, suppressed: true } : { value: count, suppressed: false };
}

/** A figure derived from a group (a median): hidden with the group when the group is small. */
export function derived(value: number | null, groupCount: number, suppress: boolean): Cell {
  return suppress && isSmall(groupCount) ? { value: null, suppressed: true } : { value, suppressed: false };
}
