/*
 * A calendar date as people type it, the same in every browser and language (decision 0091): a
 * browser's own date box shows and takes dates in the browser's locale (month first in an
 * American browser, day first elsewhere) and differs per browser. Forms take dates as text, day
 * first as Malaysia, Indonesia and Viet Nam write them, or as ISO `yyyy-mm-dd`, and show them day
 * first.
 */

/** Year, month and day as typed: `yyyy-mm-dd`, or day first (`dd/mm/yyyy`, with `/`, `.` or `-`). */
export function datePartsOf(typed: string): [year: string, month: string, day: string] | undefined {
  const text = typed.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return [iso[1] as string, iso[2] as string, iso[3] as string];
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (dayFirst) return [dayFirst[3] as string, dayFirst[2] as string, dayFirst[1] as string];
  return undefined;
}

/** The parts as the API takes them (`yyyy-mm-dd`), whether or not the calendar has that day. */
export function isoOfParts([year, month, day]: [string, string, string]): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Whether `yyyy-mm-dd` is a day the calendar has (not 31/02, not month 13, not day 00). */
export function isCalendarDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === iso;
}

/** A typed date as the API takes it (`yyyy-mm-dd`), or undefined when it is no date of the calendar. */
export function readTypedDate(typed: string): string | undefined {
  const parts = datePartsOf(typed);
  if (!parts) return undefined;
  const iso = isoOfParts(parts);
  return isCalendarDate(iso) ? iso : undefined;
}

/** An ISO date as a form shows it (`dd/mm/yyyy`); anything else as it is (text still being typed). */
export function typedDateOf(value: string): string {
  if (!isCalendarDate(value)) return value;
  const [year, month, day] = value.split('-');
  return `${day}/${month}/${year}`;
}
