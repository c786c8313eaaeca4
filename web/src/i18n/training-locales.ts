import type { i18n } from 'i18next';
import en from './locales/en.training.json';
import id from './locales/id.training.json';
import ms from './locales/ms.training.json';
import vi from './locales/vi.training.json';

/** The training screens' (courses, sessions, attendance, certificates, report) and public certificate texts, kept in their own files and added to each language's catalogue. */
export function addTrainingLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
