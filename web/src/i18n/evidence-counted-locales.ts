import type { i18n } from 'i18next';
import en from './locales/en.evidence-counted.json';
import id from './locales/id.evidence-counted.json';
import ms from './locales/ms.evidence-counted.json';
import vi from './locales/vi.evidence-counted.json';

/**
 * A pair's evidence for a field counted in another field's weight (decision 0112).
 * Merged into each language's catalogue.
 */
export function addEvidenceCountedLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
