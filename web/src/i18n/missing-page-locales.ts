import type { i18n } from 'i18next';
import en from './locales/en.missing-page.json';
import id from './locales/id.missing-page.json';
import ms from './locales/ms.missing-page.json';
import vi from './locales/vi.missing-page.json';

/**
 * The pages of an address that leads nowhere and of an error the router caught
 * (components/MissingPage.tsx). Merged into each language's catalogue.
 */
export function addMissingPageLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
