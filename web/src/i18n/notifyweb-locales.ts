import type { i18n } from 'i18next';
import en from './locales/en.notifyweb.json';
import id from './locales/id.notifyweb.json';
import ms from './locales/ms.notifyweb.json';
import vi from './locales/vi.notifyweb.json';

/** Texts of the header's notifications (count, list, mark all read), merged into each language's catalogue. */
export function addNotifywebLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
