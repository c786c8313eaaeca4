import type { i18n } from 'i18next';
import en from './locales/en.personcontact.json';
import id from './locales/id.personcontact.json';
import ms from './locales/ms.personcontact.json';
import vi from './locales/vi.personcontact.json';

/** The person contact form's texts (phones, e-mails, address; old values not kept), kept in their own files and added to each language's catalogue. */
export function addPersonContactLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
