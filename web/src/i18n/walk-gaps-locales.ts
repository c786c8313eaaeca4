import type { i18n } from 'i18next';
import en from './locales/en.walk-gaps.json';
import id from './locales/id.walk-gaps.json';
import ms from './locales/ms.walk-gaps.json';
import vi from './locales/vi.walk-gaps.json';

/**
 * What a new user's walk found missing (issues 4 and 8): the screening's interpreter languages,
 * asking before a merge or its undoing, a minor's consent, and what was said on a referral's
 * steps. Merged into each language's catalogue.
 */
export function addWalkGapsLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
