import type { i18n } from 'i18next';
import en from './locales/en.hints.json';
import id from './locales/id.hints.json';
import ms from './locales/ms.hints.json';
import vi from './locales/vi.hints.json';

/** Who holds a match across agencies and naming one's agency to the other (decision 0050), added to each language's catalogue. */
export function addHintsLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
