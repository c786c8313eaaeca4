import type { i18n } from 'i18next';
import en from './locales/en.coordination.json';
import id from './locales/id.coordination.json';
import ms from './locales/ms.coordination.json';
import vi from './locales/vi.coordination.json';

/** The coordination texts (action plan, committees, guidelines, their editing on the version read), kept in their own files and added to each language's catalogue. */
export function addCoordinationLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
