import type { i18n } from 'i18next';
import en from './locales/en.birth-levels.json';
import id from './locales/id.birth-levels.json';
import ms from './locales/ms.birth-levels.json';
import vi from './locales/vi.birth-levels.json';

/**
 * The linkage model's date-of-birth level for a year apart where one side knows only the year
 * (an estimated age, decision 0084). Merged into each language's catalogue.
 */
export function addBirthLevelsLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
