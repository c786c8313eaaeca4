import type { i18n } from 'i18next';
import en from './locales/en.gaps4.json';
import id from './locales/id.gaps4.json';
import ms from './locales/ms.gaps4.json';
import vi from './locales/vi.gaps4.json';

/**
 * Issue 4's gaps by code (src/shared/field-rules.ts): a referral pending already, a screening
 * profile against the person's age, a control character in a name. Merged into each language's
 * catalogue.
 */
export function addGaps4Locales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
