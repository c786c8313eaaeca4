import type { i18n } from 'i18next';
import en from './locales/en.namesake-evidence.json';
import id from './locales/id.namesake-evidence.json';
import ms from './locales/ms.namesake-evidence.json';
import vi from './locales/vi.namesake-evidence.json';

/**
 * The reasons table's row of a pair shared among namesakes (decision 0160): a person without a
 * full date of birth as likely another recorded person of the name; and of a pair raised to its
 * person's share through another of that person's records (decision 0169). Merged into each
 * language's catalogue.
 */
export function addNamesakeEvidenceLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
