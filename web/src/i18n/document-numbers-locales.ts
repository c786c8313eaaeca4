import type { i18n } from 'i18next';
import en from './locales/en.document-numbers.json';
import id from './locales/id.document-numbers.json';
import ms from './locales/ms.document-numbers.json';
import vi from './locales/vi.document-numbers.json';

/**
 * A document number with no letter or digit in it (only dashes, spaces or signs), refused because
 * it would match every other such number. Merged into each language's catalogue.
 */
export function addDocumentNumbersLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
