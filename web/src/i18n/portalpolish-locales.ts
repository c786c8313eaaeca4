import type { i18n } from 'i18next';
import en from './locales/en.portalpolish.json';
import id from './locales/id.portalpolish.json';
import ms from './locales/ms.portalpolish.json';
import vi from './locales/vi.portalpolish.json';

/** A report from the public taken up as an investigation: its words for the reporter and for the triage queue. */
export function addPortalPolishLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
