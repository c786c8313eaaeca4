import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

/*
 * English left on a page shown in another language: the English texts of the web app's catalogue
 * (every `<locale>.*.json`) long enough to be telling, whole (no placeholders), that the language
 * says differently, found in the page's visible text.
 */
const localesDir = fileURLToPath(new URL('../../web/src/i18n/locales/', import.meta.url));
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into.set(name, value);
    else flatten(value, name, into);
  }
  return into;
}

function catalogue(locale: string): Map<string, string> {
  const all = new Map<string, string>();
  for (const file of readdirSync(localesDir).filter(
    (f) => f === `${locale}.json` || f.startsWith(`${locale}.`),
  )) {
    flatten(JSON.parse(readFileSync(`${localesDir}${file}`, 'utf8')) as Tree, '', all);
  }
  return all;
}

const englishOnly = new Map<string, string[]>();

function englishOnlyFor(locale: string): string[] {
  const known = englishOnly.get(locale);
  if (known) return known;
  const translated = catalogue(locale);
  const texts = [...catalogue('en')]
    .filter(([key, text]) => text.length >= 8 && !text.includes('{{') && translated.get(key) !== text)
    .map(([, text]) => text);
  englishOnly.set(locale, texts);
  return texts;
}

/** The English texts of the catalogue visible on the page that `locale` says otherwise. */
export async function englishLeftovers(page: Page, locale: string): Promise<string[]> {
  const visible = await page.locator('body').innerText();
  return englishOnlyFor(locale).filter((text) => visible.includes(text));
}
