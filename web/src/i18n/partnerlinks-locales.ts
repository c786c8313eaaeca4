import type { i18n } from 'i18next';
import en from './locales/en.partnerlinks.json';
import id from './locales/id.partnerlinks.json';
import ms from './locales/ms.partnerlinks.json';
import vi from './locales/vi.partnerlinks.json';

/** The texts of the partner directory as referral receivers, kept in their own files and added to each language's catalogue. */
export function addPartnerLinksLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
