import type { TFunction } from 'i18next';
import { intlTag } from '../../i18n/format.ts';
import type { Cell, GroupBy, LocalizedLabel } from './types.ts';

/** A period (its first day) as the month, quarter or year it starts, in the user's language. */
export function formatPeriod(period: string, groupBy: GroupBy, locale: string, t: TFunction): string {
  const date = new Date(`${period.slice(0, 10)}T00:00:00Z`);
  const year = new Intl.NumberFormat(intlTag(locale), { useGrouping: false }).format(date.getUTCFullYear());
  if (groupBy === 'year') return year;
  if (groupBy === 'quarter') {
    return t('statistics.quarter', { quarter: Math.floor(date.getUTCMonth() / 3) + 1, year });
  }
  return new Intl.DateTimeFormat(intlTag(locale), {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A label in the user's language, English when the language is not one of the four. */
export function pick(label: LocalizedLabel | null | undefined, locale: string): string | undefined {
  if (!label) return undefined;
  return label[locale as keyof LocalizedLabel] ?? label.en;
}

/**
 * A cell as the page shows it: a suppressed cell says so (never 0) with one label for a small
 * figure and one hidden to protect it — telling them apart would give the small one away from the
 * total —, a cell with nothing to measure is a dash, a figure is in the user's number format.
 */
export function cellText(
  cell: Cell,
  threshold: number,
  formatNumber: (value: number) => string,
  t: TFunction,
): string {
  if (cell.suppressed) return t('statistics.suppressed', { threshold: formatNumber(threshold) });
  if (cell.value === null) return '—';
  return formatNumber(cell.value);
}

/** A cell in a CSV file: the plain figure, or the same words as on the page. */
export function cellCsv(cell: Cell, threshold: number, t: TFunction): string | number {
  if (cell.suppressed) return t('statistics.suppressed', { threshold: String(threshold) });
  return cell.value ?? '';
}

/** The longest period the statistics answer for (the server's rule, src/shared/period.ts). */
export const maxPeriodYears = 20;

/** Whether a period (both days counted) covers more than `maxPeriodYears` years. */
export function periodTooLong(from: string, to: string): boolean {
  const [year, month, day] = from.split('-').map(Number) as [number, number, number];
  const limit = new Date(Date.UTC(2000, month - 1, day));
  limit.setUTCFullYear(year + maxPeriodYears);
  return to >= limit.toISOString().slice(0, 10);
}
