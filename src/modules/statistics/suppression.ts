import { isSmallCell } from '../../shared/small-cells.ts';

/**
 * Small-cell suppression in the statistics' cell shape. The rule and the threshold are the
 * platform's (src/shared/small-cells.ts, LINDUNG_SMALL_CELL_THRESHOLD, decision 0012): a count from 1
 * to one below the threshold in a figure shown beyond the agency owning the records (a national
 * figure) becomes `{ value: null, suppressed: true }`; zero is shown. `threshold` undefined means the
 * caller's own records: nothing is suppressed.
 */
export interface Cell {
  value: number | null;
  suppressed: boolean;
}

/** A count as shown. */
export function cell(count: number, threshold: number | undefined): Cell {
  return threshold !== undefined && isSmallCell(count, threshold)
    ? { value: null, suppressed: true }
    : { value: count, suppressed: false };
}

/** A figure derived from a group (a median): hidden with the group when the group is small. */
export function derived(value: number | null, groupCount: number, threshold: number | undefined): Cell {
  return threshold !== undefined && isSmallCell(groupCount, threshold)
    ? { value: null, suppressed: true }
    : { value, suppressed: false };
}

/**
 * A count hidden by complementary suppression (`hiddenCells`, `suppressPartition`), small or hidden
 * to protect a small one: both look the same. Saying which would narrow the small one's range from
 * the total and the shown cells (a review found the total 6 with a man "small" and the women
 * "protecting" gave 1 and 5 exactly).
 */
export const hiddenCell: Cell = { value: null, suppressed: true };
