import type { i18n } from 'i18next';
import en from './locales/en.linkage.json';
import id from './locales/id.linkage.json';
import ms from './locales/ms.linkage.json';
import vi from './locales/vi.linkage.json';

/** The review of possible duplicate persons (queue, pair, merge and undo), added to each language's catalogue. */
export function addLinkageLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
