import type { i18n } from 'i18next';
import en from './locales/en.approvals.json';
import id from './locales/id.approvals.json';
import ms from './locales/ms.approvals.json';
import vi from './locales/vi.approvals.json';

/** The Approvals page's texts (introduction, decided list, withdrawal), kept in their own files and added to each language's catalogue. */
export function addApprovalsLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
