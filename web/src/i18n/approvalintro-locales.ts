import type { i18n } from 'i18next';
import en from './locales/en.approvalintro.json';
import id from './locales/id.approvalintro.json';
import ms from './locales/ms.approvalintro.json';
import vi from './locales/vi.approvalintro.json';

/** The approvals page's intro for those who ask for approval rather than decide (requesters). */
export function addApprovalintroLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
