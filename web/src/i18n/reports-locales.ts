import type { i18n } from 'i18next';
import en from './locales/en.reports.json';
import id from './locales/id.reports.json';
import ms from './locales/ms.reports.json';
import vi from './locales/vi.reports.json';

/** The statistics page's Reports section texts, kept in their own files and added to each language's catalogue. */
export function addReportsLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
