import type { i18n } from 'i18next';
import en from './locales/en.matrix3.json';
import id from './locales/id.matrix3.json';
import ms from './locales/ms.matrix3.json';
import vi from './locales/vi.matrix3.json';

/** Texts of issue 11's remaining step: the retention period of reports from the public, added to each language's catalogue. */
export function addMatrix3Locales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
