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
 * A cell as the page shows it: a suppressed cell says so (never 0), a cell with nothing to
 * measure is a dash, a figure is in the user's number format.
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
