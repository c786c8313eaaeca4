import type { i18n } from 'i18next';
import en from './locales/en.retention.json';
import id from './locales/id.retention.json';
import ms from './locales/ms.retention.json';
import vi from './locales/vi.retention.json';

/** The retention periods screen's texts (its record types, its problem), kept in their own files and added to each language's catalogue. */
export function addRetentionLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
