import type { i18n } from 'i18next';
import en from './locales/en.portal3.json';
import id from './locales/id.portal3.json';
import ms from './locales/ms.portal3.json';
import vi from './locales/vi.portal3.json';

/** The public portal's home page, its picture problems, the secret only after a summary, and the person picker of triage. */
export function addPortal3Locales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
