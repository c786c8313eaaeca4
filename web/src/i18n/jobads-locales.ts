import type { i18n } from 'i18next';
import en from './locales/en.jobads.json';
import id from './locales/id.jobads.json';
import ms from './locales/ms.jobads.json';
import vi from './locales/vi.jobads.json';

/** The job-advert screening texts (public check page, officers' bulk screening), added to each language's catalogue. */
export function addJobAdvertLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
