import type { i18n } from 'i18next';
import en from './locales/en.portalroute.json';
import id from './locales/id.portalroute.json';
import ms from './locales/ms.portalroute.json';
import vi from './locales/vi.portalroute.json';

/** Jurisdiction routing of reports from the public (regions, sending a report on) and opening an investigation from one. */
export function addPortalRouteLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
