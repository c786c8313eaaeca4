import type { FieldProblem } from './errors.ts';

/**
 * The longest period a statistics request or a report covers (issue 7: "requests for more than
 * allowed" are refused). Twenty years is more than any figure the platform holds; the bound keeps
 * a mistyped year (0205 for 2025) from scanning the whole history and filling a report with empty
 * periods.
 */
export const maxPeriodYears = 20;

/** The day `years` years after a date (`YYYY-MM-DD`); 29 February goes to 1 March in common years. */
function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(2000, month - 1, day));
  shifted.setUTCFullYear(year + years);
  return shifted.toISOString().slice(0, 10);
}

/** The first day of the longest period allowed that ends on `to`: a default start for exports. */
export function longestPeriodFrom(to: string): string {
  const start = new Date(`${addYears(to, -maxPeriodYears)}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() + 1);
  return start.toISOString().slice(0, 10);
}

/**
 * What is wrong with a period from `from` to `to` (both days counted, `YYYY-MM-DD`): one that ends
 * before it starts, or that covers more than `maxPeriodYears` years, named by the request's fields
 * (`query.from`, `body.to`…).
 */
export function periodProblems(
  period: { from: string; to: string },
  fields: { from: string; to: string },
): FieldProblem[] {
  if (period.from > period.to) {
    return [{ code: 'ends_before_start', field: fields.from, message: `is after ${fields.to}` }];
  }
  if (period.to >= addYears(period.from, maxPeriodYears)) {
    return [
      {
        code: 'period_too_long',
        field: fields.to,
        message: `is more than ${maxPeriodYears} years after ${fields.from}`,
        limit: maxPeriodYears,
      },
    ];
  }
  return [];
}
