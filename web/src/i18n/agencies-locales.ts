import type { i18n } from 'i18next';
import en from './locales/en.agencies.json';
import id from './locales/id.agencies.json';
import ms from './locales/ms.agencies.json';
import vi from './locales/vi.agencies.json';

/** The platform administrator's agencies screens, kept in their own files and added to each language's catalogue. */
export function addAgenciesLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
