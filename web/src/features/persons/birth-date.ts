/*
 * A date of birth as people type it. Chromium's date box turns a typed 0 into 01, so "00/00/1990"
 * (a register's "only the year is known") became 1 January 1990, which the linkage took for a real
 * birthday. The form takes the date as text instead and refuses day or month 00, as the server
 * does (src/shared/birth-date.ts, decision 0082): a person born in a known year only is recorded
 * with "Year only".
 */

import { datePartsOf, isCalendarDate, isoOfParts } from '../../components/typed-date.ts';

/** What a typed date of birth says: the ISO date, or why it is none. */
export type BirthDateReading =
  | { readonly date: string }
  | { readonly problem: 'date_day_or_month_zero' | 'value_malformed' };

/**
 * Reads a date of birth as people type it: `yyyy-mm-dd`, or day, month and year (`dd/mm/yyyy`,
 * with `/`, `.` or `-`, as Malaysia, Indonesia and Viet Nam write them). Day or month 00 is
 * refused as such, never read as 1 January; a day the month does not have (31/02) is malformed.
 */
export function readBirthDate(typed: string): BirthDateReading {
  const parts = datePartsOf(typed);
  if (!parts) return { problem: 'value_malformed' };
  const [, month, day] = parts;
  if (Number(month) === 0 || Number(day) === 0) return { problem: 'date_day_or_month_zero' };
  const date = isoOfParts(parts);
  return isCalendarDate(date) ? { date } : { problem: 'value_malformed' };
}

/**
 * A typed date as the API takes it (`yyyy-mm-dd`), day or month 00 kept so that the server names
 * that problem; text that is no date at all is sent as typed, for the server to refuse.
 */
export function birthDateParam(typed: string): string {
  const parts = datePartsOf(typed);
  return parts ? isoOfParts(parts) : typed.trim();
}
