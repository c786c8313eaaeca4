import type { i18n } from 'i18next';
import en from './locales/en.referral-steps.json';
import id from './locales/id.referral-steps.json';
import ms from './locales/ms.referral-steps.json';
import vi from './locales/vi.referral-steps.json';

/**
 * A referral's whole life in the web app: completing, passing on, cancelling, its state and
 * deadline, and the overdue referrals of both sides. Merged into each language's catalogue.
 */
export function addReferralStepsLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
