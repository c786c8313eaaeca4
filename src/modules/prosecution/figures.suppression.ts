import { suppressCounts } from '../../shared/small-cells.ts';
import type { FiguresView } from './figures.schema.ts';

type Periods = FiguresView['periods'];

/**
 * Figures leaving the agency (a statistics reader's national figures) with their small counts
 * nulled and marked, so that one suspect or one victim cannot be picked out; the agency's own
 * figures (`threshold` undefined) as they are. See src/shared/small-cells.ts.
 */
export function suppressSmallCells(periods: Periods, threshold: number | undefined): Periods {
  if (threshold === undefined) return periods;
  return periods.map((period) => ({
    period: period.period,
    total: suppressCounts(period.total, threshold),
    byCategory: period.byCategory.map((row) => suppressCounts(row, threshold)),
  }));
}
