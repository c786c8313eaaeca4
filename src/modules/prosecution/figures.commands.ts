import { can } from '../../policy/policy.ts';
import { ValidationError } from '../../shared/errors.ts';
import { agencyToday } from '../agencies/index.ts';
import { presentFigurePeriods } from './figures.presenter.ts';
import { prosecutionFigures } from './figures.repo.ts';
import type { FiguresQuery, FiguresView } from './figures.schema.ts';
import { suppressSmallCells } from './figures.suppression.ts';
import type { ProsecutionProps } from './prosecution-command.ts';

/**
 * Investigations opened, arrests made, persons charged and persons convicted, by offence category
 * and period: the agency's own, or the country's for a statistics reader. The database decides the
 * scope; only counts leave it. Every category is listed in every period that has any record.
 */
export async function readFigures(
  props: ProsecutionProps & { query: FiguresQuery; smallCellThreshold: number },
): Promise<FiguresView> {
  const { tx, actor, query } = props;
  const today = await agencyToday(tx, actor.agencyId);
  const from = query.from ?? `${today.slice(0, 4)}-01-01`;
  const to = query.to ?? today;
  if (from > to)
    throw new ValidationError([
      { code: 'ends_before_start', field: 'query.from', message: 'is after query.to' },
    ]);
  const rows = await prosecutionFigures(tx, { from, to, groupBy: query.groupBy });
  const scope = can(actor, 'statistics:read') ? 'national' : 'agency';
  return {
    scope,
    from,
    to,
    groupBy: query.groupBy,
    // Beyond the agency's own records, small counts could point at a person.
    periods: suppressSmallCells(
      presentFigurePeriods(rows),
      scope === 'national' ? props.smallCellThreshold : undefined,
    ),
  };
}
