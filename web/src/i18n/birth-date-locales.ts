import type { i18n } from 'i18next';
import en from './locales/en.birth-date.json';
import id from './locales/id.birth-date.json';
import ms from './locales/ms.birth-date.json';
import vi from './locales/vi.birth-date.json';

/** A date of birth typed as text, and day or month 00 refused (decision 0082), merged into each language's catalogue. */
export function addBirthDateLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
