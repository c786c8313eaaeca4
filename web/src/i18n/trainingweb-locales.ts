import type { i18n } from 'i18next';
import en from './locales/en.trainingweb.json';
import id from './locales/id.trainingweb.json';
import ms from './locales/ms.trainingweb.json';
import vi from './locales/vi.trainingweb.json';

/** The training staff screens’ texts (courses, sessions, attendance, certificates), kept in their own files and added to each language's catalogue. */
export function addTrainingWebLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
