import type { i18n } from 'i18next';
import en from './locales/en.personedit.json';
import id from './locales/id.personedit.json';
import ms from './locales/ms.personedit.json';
import vi from './locales/vi.personedit.json';

/** The person edit form's texts (names, date of birth, documents; a record changed meanwhile), kept in their own files and added to each language's catalogue. */
export function addPersonEditLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
