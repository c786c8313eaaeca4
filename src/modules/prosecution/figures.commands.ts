import { can } from '../../policy/policy.ts';
import { ValidationError } from '../../shared/errors.ts';
import { agencyToday } from '../agencies/index.ts';
import { type FiguresRow, prosecutionFigures } from './figures.repo.ts';
import type { FiguresQuery, FiguresView } from './figures.schema.ts';
import { offenceCategories } from './offences.ts';
import type { ProsecutionProps } from './prosecution-command.ts';

const zero = { investigations: 0, arrests: 0, prosecutions: 0, convictions: 0 };
const countsOf = (row: FiguresRow | undefined) =>
  row
    ? {
        investigations: row.investigations,
        arrests: row.arrests,
        prosecutions: row.prosecutions,
        convictions: row.convictions,
      }
    : zero;

/**
 * Investigations opened, arrests made, persons charged and persons convicted, by offence category
 * and period: the agency's own, or the country's for a statistics reader. The database decides the
 * scope; only counts leave it. Every category is listed in every period that has any record.
 */
export async function readFigures(props: ProsecutionProps & { query: FiguresQuery }): Promise<FiguresView> {
  const { tx, actor, query } = props;
  const today = await agencyToday(tx, actor.agencyId);
  const from = query.from ?? `${today.slice(0, 4)}-01-01`;
  const to = query.to ?? today;
  if (from > to) throw new ValidationError([{ field: 'query.from', message: 'is after query.to' }]);
  const rows = await prosecutionFigures(tx, { from, to, groupBy: query.groupBy });
  const periods = [...new Set(rows.map((row) => row.period))];
  return {
    scope: can(actor, 'statistics:read') ? 'national' : 'agency',
    from,
    to,
    groupBy: query.groupBy,
    periods: periods.map((period) => {
      const of = rows.filter((row) => row.period === period);
      return {
        period,
        total: countsOf(of.find((row) => row.category === null)),
        byCategory: offenceCategories.map((category) => ({
          category,
          ...countsOf(of.find((row) => row.category === category)),
        })),
      };
    }),
  };
}
