import type { i18n } from 'i18next';
import en from './locales/en.input-rules.json';
import id from './locales/id.input-rules.json';
import ms from './locales/ms.input-rules.json';
import vi from './locales/vi.input-rules.json';

/**
 * Rules from a new user's walk of issues 4 and 8, by code (src/shared/field-rules.ts): a screening
 * with nothing answered, a case's dates against each other and the victim's birth, an unknown
 * language, and the person search's field messages; strict input (file parts, decimal integers,
 * methods). Merged into each language's catalogue.
 */
export function addInputRulesLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
