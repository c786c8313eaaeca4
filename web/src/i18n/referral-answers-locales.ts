import type { i18n } from 'i18next';
import en from './locales/en.referral-answers.json';
import id from './locales/id.referral-answers.json';
import ms from './locales/ms.referral-answers.json';
import vi from './locales/vi.referral-answers.json';

/**
 * Answering referrals and following them (decisions 0059, 0062): a referral whose case was closed,
 * declining with a reason, a referral's steps on the referring case's timeline, a screening's
 * reason for a child profile. Merged into each language's catalogue.
 */
export function addReferralAnswersLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
