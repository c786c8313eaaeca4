import type { i18n } from 'i18next';
import en from './locales/en.referral-note.json';
import id from './locales/id.referral-note.json';
import ms from './locales/ms.referral-note.json';
import vi from './locales/vi.referral-note.json';

/** Accepting a referral with a note to the referring agency (decision 0082), merged into each language's catalogue. */
export function addReferralNoteLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
