import type { i18n } from 'i18next';
import en from './locales/en.statsgaps.json';
import id from './locales/id.statsgaps.json';
import ms from './locales/ms.statsgaps.json';
import vi from './locales/vi.statsgaps.json';

/**
 * Texts of issue 7's remaining gaps (a cell hidden to protect another, the longest period, the
 * care-plan deadline on the statistics page), kept in their own files and merged into each
 * language's catalogue.
 */
export function addStatsgapsLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
