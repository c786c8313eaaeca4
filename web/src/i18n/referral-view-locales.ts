import type { i18n } from 'i18next';
import en from './locales/en.referral-view.json';
import id from './locales/id.referral-view.json';
import ms from './locales/ms.referral-view.json';
import vi from './locales/vi.referral-view.json';

/**
 * The receiving agency's page of a referral (issue 4): what the person's consent shares, category
 * by category, and why nothing is shown any more. Merged into each language's catalogue.
 */
export function addReferralViewLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
