import type { i18n } from 'i18next';
import en from './locales/en.portalfix.json';
import id from './locales/id.portalfix.json';
import ms from './locales/ms.portalfix.json';
import vi from './locales/vi.portalfix.json';

/** Corrections to routing reports from the public (decision 0039): who declares an agency's regions. */
export function addPortalFixLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
