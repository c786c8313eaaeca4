import type { FiguresRow } from './figures.repo.ts';
import type { FiguresView } from './figures.schema.ts';
import { offenceCategories } from './offences.ts';

type Counts = FiguresView['periods'][number]['total'];

const zero: Counts = { investigations: 0, arrests: 0, prosecutions: 0, convictions: 0 };

function countsOf(row: FiguresRow | undefined): Counts {
  if (!row) return zero;
  const { investigations, arrests, prosecutions, convictions } = row;
  return { investigations, arrests, prosecutions, convictions };
}

/**
 * The figures' rows as periods, in the order given: each with its total (the row without a
 * category) and every offence category, zero where nothing was counted.
 */
export function presentFigurePeriods(rows: readonly FiguresRow[]): FiguresView['periods'] {
  const periods = [...new Set(rows.map((row) => row.period))];
  return periods.map((period) => {
    const of = rows.filter((row) => row.period === period);
    return {
      period,
      total: countsOf(of.find((row) => row.category === null)),
      byCategory: offenceCategories.map((category) => ({
        category,
        ...countsOf(of.find((row) => row.category === category)),
      })),
    };
  });
}
