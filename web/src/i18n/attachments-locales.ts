import type { i18n } from 'i18next';
import en from './locales/en.attachments.json';
import id from './locales/id.attachments.json';
import ms from './locales/ms.attachments.json';
import vi from './locales/vi.attachments.json';

/** A case's attachments tab: the list, upload with its progress, download and the limits. */
export function addAttachmentsLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
