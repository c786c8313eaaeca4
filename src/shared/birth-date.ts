import { fieldRule } from './field-rules.ts';

/*
 * A date of birth with day or month 00 ("00/00/1990", "1990-00-00") is how registers, forms and
 * other systems say "only the year is known". Read as a day, it became 1 January (Chromium's date
 * box turns a typed 0 into 01), which the linkage then took for a real birthday. It is refused
 * wherever it is typed or sent, naming the field; a person born in a known year only is recorded
 * as such (precision `year`), by the user's own choice (decision 0082).
 */

/** The problem of a date of birth given with day or month 00. */
export const zeroDayOrMonthRule = fieldRule(
  'date_day_or_month_zero',
  'has day or month 00: a date of birth known only by its year is recorded as a year (precision "year")',
);

/** Whether an ISO-like date (`yyyy-mm-dd`) has day or month 00. */
export function hasZeroDayOrMonth(date: string): boolean {
  return /^\d{4}-(?:00-\d{2}|\d{2}-00)$/.test(date);
}
