import type { i18n } from 'i18next';
import en from './locales/en.erasurenotices.json';
import id from './locales/id.erasurenotices.json';
import ms from './locales/ms.erasurenotices.json';
import vi from './locales/vi.erasurenotices.json';

/** The screen of notices of erasures elsewhere (decision 0049), kept in their own files and added to each language's catalogue. */
export function addErasureNoticesLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
