import type { i18n } from 'i18next';
import en from './locales/en.fieldrules.json';
import id from './locales/id.fieldrules.json';
import ms from './locales/ms.fieldrules.json';
import vi from './locales/vi.fieldrules.json';

/**
 * The domain rules' field messages by code (src/shared/field-rules.ts) not said elsewhere:
 * training, investigation and prosecution, committees, action plans, campaigns, job adverts,
 * partners, files and passwords, a case's referral and screening profile, control characters, and
 * the form's field summary. Merged into each language's catalogue.
 */
export function addFieldrulesLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
