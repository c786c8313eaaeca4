import type { i18n } from 'i18next';
import en from './locales/en.admin.json';
import id from './locales/id.admin.json';
import ms from './locales/ms.admin.json';
import vi from './locales/vi.admin.json';

/** The admin screens, the audit log, the person page and domain-rule messages, added to each language's catalogue. */
export function addAdminLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
