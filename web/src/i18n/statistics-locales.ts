import type { i18n } from 'i18next';
import en from './locales/en.statistics.json';
import id from './locales/id.statistics.json';
import ms from './locales/ms.statistics.json';
import vi from './locales/vi.statistics.json';

/** Issue 7's dashboard texts (deadlines, filters, the period's limit), kept in their own files and added to each language's catalogue. */
export function addStatisticsLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
