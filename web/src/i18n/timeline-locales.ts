import type { i18n } from 'i18next';
import en from './locales/en.timeline.json';
import id from './locales/id.timeline.json';
import ms from './locales/ms.timeline.json';
import vi from './locales/vi.timeline.json';

/**
 * The case timeline's labels for the kinds of event the other bundles do not name (the return
 * home, protection orders, what is recorded about the person…): with them, every kind the server
 * writes has one (test/web-timeline-kinds.test.ts). Merged into each language's catalogue.
 */
export function addTimelineLocales(instance: i18n): void {
  for (const [locale, texts] of Object.entries({ en, ms, id, vi })) {
    instance.addResourceBundle(locale, 'translation', texts, true, false);
  }
}
