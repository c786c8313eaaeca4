import type { i18n } from 'i18next';
import en from './locales/en.person-search.json';
import id from './locales/id.person-search.json';
import ms from './locales/ms.person-search.json';
import vi from './locales/vi.person-search.json';

/**
 * The person search page (issue 8): its fields, states, result count and the way back to it from
 * a person's page. Merged into each language's catalogue.
 */
export function addPersonSearchLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
