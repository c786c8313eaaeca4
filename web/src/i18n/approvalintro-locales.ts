import type { i18n } from 'i18next';
import en from './locales/en.approvalintro.json';
import id from './locales/id.approvalintro.json';
import ms from './locales/ms.approvalintro.json';
import vi from './locales/vi.approvalintro.json';

/** The approvals page's intros for those who ask for approval (requesters), and who both ask and decide. */
export function addApprovalintroLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
