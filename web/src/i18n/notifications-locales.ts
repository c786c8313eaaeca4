import type { i18n } from 'i18next';
import en from './locales/en.notifications.json';
import id from './locales/id.notifications.json';
import ms from './locales/ms.notifications.json';
import vi from './locales/vi.notifications.json';

/** The in-app notifications: the bell, its unread count and the list. */
export function addNotificationsLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
