import type { i18n } from 'i18next';
import en from './locales/en.webapp.json';
import id from './locales/id.webapp.json';
import ms from './locales/ms.webapp.json';
import vi from './locales/vi.webapp.json';

/**
 * Texts of the app's shared parts kept in their own files: field problems said from the API's
 * codes, attachments, the person page, administration and the audit log.
 */
export function addWebappLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
