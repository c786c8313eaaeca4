import type { i18n } from 'i18next';
import en from './locales/en.request-limits.json';
import id from './locales/id.request-limits.json';
import ms from './locales/ms.request-limits.json';
import vi from './locales/vi.request-limits.json';

/**
 * What the server's HTTP layer refuses before any route reads the request (src/http/client-error.ts):
 * too long, too slow, unreadable. Merged into each language's catalogue.
 */
export function addRequestLimitsLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
