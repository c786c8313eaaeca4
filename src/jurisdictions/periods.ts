import type { Duration } from './pack.ts';

/**
 * Adds a period of days or calendar months to a date (`YYYY-MM-DD`), the way laws count them: a
 * period "from" a day excludes that day, so 21 days from 1 March ends on 22 March; a month from
 * 31 January ends on the last day of February (28 or 29). Hours are not calendar periods and are
 * refused here (add them to an instant instead).
 */
export function addDuration(date: string, duration: Duration): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not a date: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (duration.unit === 'days') {
    return new Date(Date.UTC(year, month - 1, day + duration.amount)).toISOString().slice(0, 10);
  }
  if (duration.unit === 'months') {
    const firstOfTarget = new Date(Date.UTC(year, month - 1 + duration.amount, 1));
    const lastDay = new Date(
      Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0),
    ).getUTCDate();
    firstOfTarget.setUTCDate(Math.min(day, lastDay));
    return firstOfTarget.toISOString().slice(0, 10);
  }
  throw new RangeError('a period in hours is added to an instant, not a date');
}

/** Whether a period is longer than another, compared on the same start date. */
export function exceeds(start: string, period: Duration, limit: Duration): boolean {
  return addDuration(start, period) > addDuration(start, limit);
}
