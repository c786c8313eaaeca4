import type { i18n } from 'i18next';
import en from './locales/en.requestdates.json';
import id from './locales/id.requestdates.json';
import ms from './locales/ms.requestdates.json';
import vi from './locales/vi.requestdates.json';

/** The bounds of a day any form sends (src/shared/period.ts): after 2999 is refused. Merged into each language's catalogue. */
export function addRequestDatesLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
