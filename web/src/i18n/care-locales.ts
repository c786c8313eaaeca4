import type { i18n } from 'i18next';
import en from './locales/en.care.json';
import id from './locales/id.care.json';
import ms from './locales/ms.care.json';
import vi from './locales/vi.care.json';

/** The Care tab texts (care plans, needs, services delivered), kept in their own files and added to each language's catalogue. */
export function addCareLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
