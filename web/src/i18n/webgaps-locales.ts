import type { i18n } from 'i18next';
import en from './locales/en.webgaps.json';
import id from './locales/id.webgaps.json';
import ms from './locales/ms.webgaps.json';
import vi from './locales/vi.webgaps.json';

/**
 * Texts of the web app's later gaps (approvals' decided list and withdrawal, the domain rules'
 * field messages), kept in their own files and merged into each language's catalogue.
 */
export function addWebgapsLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
