import type { i18n } from 'i18next';
import en from './locales/en.casefacts.json';
import id from './locales/id.casefacts.json';
import ms from './locales/ms.casefacts.json';
import vi from './locales/vi.casefacts.json';

/** The case facts form's and status actions' texts (a case changed meanwhile, reopening), added to each language's catalogue. */
export function addCaseFactsLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
