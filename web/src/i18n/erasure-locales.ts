import type { i18n } from 'i18next';
import en from './locales/en.erasure.json';
import id from './locales/id.erasure.json';
import ms from './locales/ms.erasure.json';
import vi from './locales/vi.erasure.json';

/** The right-to-erasure dialog's texts (and its problems and timeline events), kept in their own files and added to each language's catalogue. */
export function addErasureLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
