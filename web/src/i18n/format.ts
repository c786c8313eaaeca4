import type { Locale } from '../api/types.ts';

/** The BCP 47 tags Intl formats with, for each of the app's languages. */
const intlTags: Record<Locale, string> = { en: 'en-GB', ms: 'ms-MY', id: 'id-ID', vi: 'vi-VN' };

export function intlTag(locale: string): string {
  return intlTags[locale as Locale] ?? 'en-GB';
}

/** A moment (an ISO timestamp) as date and time in the agency's time zone. */
export function formatDateTime(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(intlTag(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}

/**
 * A calendar date (YYYY-MM-DD, already a date in the agency's time zone) in the user's locale.
 * Formatted in UTC so that the day never shifts.
 */
export function formatDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoDate.slice(0, 10)}T00:00:00Z`),
  );
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(intlTag(locale)).format(value);
}

/** Today's date (YYYY-MM-DD) in the agency's time zone. */
export function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}
