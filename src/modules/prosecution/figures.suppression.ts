import { hiddenCells, suppressCounts } from '../../shared/small-cells.ts';
import type { FiguresView } from './figures.schema.ts';

type Periods = FiguresView['periods'];

/** The counts of each category row, which the period's total counts once. */
export const figureMeasures = ['investigations', 'arrests', 'prosecutions', 'convictions'] as const;

/**
 * Figures leaving the agency (a statistics reader's national figures) with their small counts
 * nulled and marked, so that one suspect or one victim cannot be picked out; where a measure's
 * categories would leave one small count alone hidden (the total minus the shown categories would
 * give it back), the next smallest is hidden with it. The agency's own figures (`threshold`
 * undefined) as they are. See src/shared/small-cells.ts.
 */
export function suppressSmallCells(periods: Periods, threshold: number | undefined): Periods {
  if (threshold === undefined) return periods;
  return periods.map((period) => {
    const exact = period.byCategory as readonly Record<(typeof figureMeasures)[number], number>[];
    const hidden = hiddenCells(exact, figureMeasures, threshold);
    return {
      period: period.period,
      total: suppressCounts(period.total, threshold),
      byCategory: period.byCategory.map((row, index) => {
        const out = suppressCounts(row, threshold);
        for (const measure of hidden[index] ?? []) out[measure] = null;
        return hidden[index]?.size ? { ...out, suppressed: true as const } : out;
      }),
    };
  });
}
