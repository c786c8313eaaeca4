import type { i18n } from 'i18next';
import en from './locales/en.coordedit.json';
import id from './locales/id.coordedit.json';
import ms from './locales/ms.coordedit.json';
import vi from './locales/vi.coordedit.json';

/** The texts for editing plans and committees, indicator progress and manual chapters, kept in their own files and added to each language's catalogue. */
export function addCoordeditLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
