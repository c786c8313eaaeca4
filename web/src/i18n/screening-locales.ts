import type { i18n } from 'i18next';
import en from './locales/en.screening.json';
import id from './locales/id.screening.json';
import ms from './locales/ms.screening.json';
import vi from './locales/vi.screening.json';

/** The screening wizard's texts, kept in their own files and added to each language's catalogue. */
export const screeningLocales = { en, ms, id, vi };

export function addScreeningLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries(screeningLocales)) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
