import type { i18n } from 'i18next';
import en from './locales/en.home.json';
import id from './locales/id.home.json';
import ms from './locales/ms.home.json';
import vi from './locales/vi.home.json';

/** The home page's panels that are not a feature's own (the shelters' free beds). */
export function addHomeLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
