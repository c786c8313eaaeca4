import type { i18n } from 'i18next';
import en from './locales/en.strictinput.json';
import id from './locales/id.strictinput.json';
import ms from './locales/ms.strictinput.json';
import vi from './locales/vi.strictinput.json';

/**
 * The rules of issue 11's malformed requests by code (src/shared/field-rules.ts): a number that
 * is not plain decimal digits, an upload with more files than the form takes, a method an address
 * does not take (405). Merged into each language's catalogue.
 */
export function addStrictinputLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
