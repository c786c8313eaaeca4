import type { i18n } from 'i18next';
import en from './locales/en.date-fields.json';
import id from './locales/id.date-fields.json';
import ms from './locales/ms.date-fields.json';
import vi from './locales/vi.date-fields.json';

/** Dates typed as text, day first, in every form (decision 0091), merged into each language's catalogue. */
export function addDateFieldsLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
