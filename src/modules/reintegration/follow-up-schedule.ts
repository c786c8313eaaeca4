import type { FieldProblem } from '../../shared/errors.ts';

/** `months` calendar months after a date (`YYYY-MM-DD`), on the month's last day when it is shorter. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export interface ScheduledFollowUp {
  readonly sequence: number;
  readonly months: number;
  readonly dueOn: string;
}

/** When each follow-up falls due: the given months after the return, in order. */
export function followUpSchedule(returnedOn: string, months: readonly number[]): ScheduledFollowUp[] {
  return months.map((m, index) => ({ sequence: index + 1, months: m, dueOn: addMonths(returnedOn, m) }));
}

/** Problems with a list of intervals: each later than the one before. */
export function intervalProblems(months: readonly number[], field: string): FieldProblem[] {
  return months.flatMap((m, index): FieldProblem[] =>
    index > 0 && m <= (months[index - 1] as number)
      ? [
          {
            code: 'interval_not_increasing',
            field: `${field}.${index}`,
            message: 'is not after the interval before it',
          },
        ]
      : [],
  );
}
