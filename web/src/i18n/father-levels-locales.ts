import type { i18n } from 'i18next';
import en from './locales/en.father-levels.json';
import id from './locales/id.father-levels.json';
import ms from './locales/ms.father-levels.json';
import vi from './locales/vi.father-levels.json';

/**
 * The linkage model's father's-name comparison (walk10 F3): its field and its agreeing level.
 * Merged into each language's catalogue.
 */
export function addFatherLevelsLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
