import type { i18n } from 'i18next';
import en from './locales/en.portal.json';
import id from './locales/id.portal.json';
import ms from './locales/ms.portal.json';
import vi from './locales/vi.portal.json';

/**
 * The public portal's texts (report, track, case progress, help, pictures), the triage queue's with
 * its routing to a region and jurisdiction, and their problems.
 */
export function addPortalLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
