import { z } from 'zod';
import type { FieldProblem } from './errors.ts';
import { fieldRule } from './field-rules.ts';

/**
 * The longest period a statistics request or a report covers (issue 7: "requests for more than
 * allowed" are refused). Twenty years is more than any figure the platform holds; the bound keeps
 * a mistyped year (0205 for 2025) from scanning the whole history and filling a report with empty
 * periods.
 */
export const maxPeriodYears = 20;

/**
 * No figure predates it: an earlier date is a typing slip, and before year 1 PostgreSQL has no date
 * at all (`0000-01-01` passes an ISO date check and then failed in the database).
 */
export const earliestDay = '1900-01-01';

/**
 * No day the platform plans for comes after it: a later one is a typing slip, and at 9999-12-31 a
 * deadline's end of day (the next day) is year 10000, which JavaScript writes `+010000-01-01` and
 * nothing after reads (an MoU expiring then was a 500).
 */
export const latestDay = '2999-12-31';

/**
 * Refinements of a day or a moment, read by its first ten characters (`YYYY-MM-DD`). Each check
 * stops those after it, so a field gets one problem, the first and most specific: `0000-13-01` is
 * not a date at all, not also too early (decision 0130).
 */
function withinTheCalendar<Schema extends z.ZodString | z.ZodISODate | z.ZodISODateTime>(schema: Schema) {
  return schema
    .refine((day) => day.slice(0, 10) >= earliestDay, {
      ...fieldRule('date_too_early', `is before ${earliestDay}`),
      abort: true,
    })
    .refine((day) => day.slice(0, 10) <= latestDay, fieldRule('date_too_late', `is after ${latestDay}`));
}

/**
 * A calendar day sent to the platform (`YYYY-MM-DD`), from `earliestDay` to `latestDay`: year 0000
 * passes an ISO date check and then failed in the database as a problem naming no field.
 */
export const calendarDay = withinTheCalendar(z.iso.date({ abort: true }));

/**
 * A calendar day as `calendarDay`, checked first by `first`, a rule more specific than a date's
 * format: when it fails, it is the field's only problem (a date of birth `0000-00-00` has day and
 * month 00, and is not also said to be no date and too early).
 */
export function calendarDayChecked(first: z.core.$ZodCheck<string>) {
  return withinTheCalendar(
    z
      .string()
      .check(first)
      .check(z.iso.date({ abort: true })),
  );
}

/** A moment sent to the platform (ISO 8601 with its offset), on a day `calendarDay` takes. */
export const calendarMoment = withinTheCalendar(z.iso.datetime({ offset: true, abort: true }));

/** The day `years` years after a date (`YYYY-MM-DD`); 29 February goes to 1 March in common years. */
function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(2000, month - 1, day));
  shifted.setUTCFullYear(year + years);
  return shifted.toISOString().slice(0, 10);
}

/** The first day of the longest period allowed that ends on `to`: a default start for exports. */
export function longestPeriodFrom(to: string): string {
  if (to < earliestDay) return earliestDay;
  const start = new Date(`${addYears(to, -maxPeriodYears)}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() + 1);
  const day = start.toISOString().slice(0, 10);
  return day < earliestDay ? earliestDay : day;
}

/** A day before `earliestDay`, in a check made outside a schema (an imported file's records). */
export function dateTooEarly(field: string): FieldProblem {
  return { code: 'date_too_early', field, message: `is before ${earliestDay}` };
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
  const tooEarly = (['from', 'to'] as const).filter((end) => period[end] < earliestDay);
  if (tooEarly.length > 0) return tooEarly.map((end) => dateTooEarly(fields[end]));
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

/**
 * The refinement of a list's query whose optional first and last day (`openedFrom`/`openedTo`,
 * `from`/`to`) must be in order: a period that ends before it starts is refused (400
 * `ends_before_start`, naming the last day) rather than answered with an empty list that reads as
 * "nothing happened". Use as `.refine(...daysInOrder('from', 'to'))`.
 */
export function daysInOrder<From extends string, To extends string>(from: From, to: To) {
  return [
    (query: Partial<Record<From | To, string | undefined>>) => {
      const [first, last] = [query[from], query[to]];
      return first === undefined || last === undefined || first <= last;
    },
    fieldRule('ends_before_start', `is before ${from}`, [to]),
  ] as const;
}
