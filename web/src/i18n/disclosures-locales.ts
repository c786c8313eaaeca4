import type { i18n } from 'i18next';
import en from './locales/en.disclosures.json';
import id from './locales/id.disclosures.json';
import ms from './locales/ms.disclosures.json';
import vi from './locales/vi.disclosures.json';

/** Who outside the agency saw a case's shared data (decisions 0113, 0202), merged into each language's catalogue. */
export function addDisclosuresLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
