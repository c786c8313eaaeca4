import type { i18n } from 'i18next';
import en from './locales/en.linkage-history.json';
import id from './locales/id.linkage-history.json';
import ms from './locales/ms.linkage-history.json';
import vi from './locales/vi.linkage-history.json';

/** The texts of a candidate pair's history (decided, merged, merge undone), kept in their own files and added to each language's catalogue. */
export function addLinkageHistoryLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
