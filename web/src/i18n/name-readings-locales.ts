import type { i18n } from 'i18next';
import en from './locales/en.name-readings.json';
import id from './locales/id.name-readings.json';
import ms from './locales/ms.name-readings.json';
import vi from './locales/vi.name-readings.json';

/**
 * How a name in another script is read (decision 0083): its Latin reading beside it, and the mark
 * of a Burmese name recorded in Zawgyi and shown in Unicode. Merged into each language's catalogue.
 */
export function addNameReadingsLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
