import type { i18n } from 'i18next';
import en from './locales/en.name-edit.json';
import id from './locales/id.name-edit.json';
import ms from './locales/ms.name-edit.json';
import vi from './locales/vi.name-edit.json';

/** The person edit form's note on a name recorded in Zawgyi (decision 0083), merged into each language's catalogue. */
export function addNameEditLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
