import type { i18n } from 'i18next';
import en from './locales/en.document-evidence.json';
import id from './locales/id.document-evidence.json';
import ms from './locales/ms.document-evidence.json';
import vi from './locales/vi.document-evidence.json';

/**
 * A pair's evidence from identity documents: the kind and issuer of the documents compared, never
 * their number (decision 0121). Merged into each language's catalogue.
 */
export function addDocumentEvidenceLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
