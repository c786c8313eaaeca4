import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

/*
 * The web app in four languages: every key in every language, nothing left in English, every
 * key the code asks for present, and no text written straight into the components.
 */
const webSrc = fileURLToPath(new URL('../web/src/', import.meta.url));
const locales = ['en', 'ms', 'id', 'vi'] as const;
/** Words that are the same in every language: names, not translations. */
const sameInEveryLanguage = new Set([
  'Lindung',
  'English',
  'Bahasa Melayu',
  'Bahasa Indonesia',
  'Tiếng Việt',
  // Country names the portal lists, written alike in English, Malay and Indonesian.
  'Malaysia',
  'Indonesia',
  'Vietnam',
]);

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(name, value);
    else for (const [inner, text] of flatten(value, name)) flat.set(inner, text);
  }
  return flat;
}

const catalogues = Object.fromEntries(
  locales.map((locale) => [
    locale,
    // Each language's catalogue and the feature files added to it (e.g. en.screening.json).
    new Map(
      readdirSync(path.join(webSrc, 'i18n/locales'))
        .filter(
          (file) => file === `${locale}.json` || (file.startsWith(`${locale}.`) && file.endsWith('.json')),
        )
        .flatMap((file) => [
          ...flatten(JSON.parse(readFileSync(path.join(webSrc, 'i18n/locales', file), 'utf8')) as Tree),
        ]),
    ),
  ]),
) as Record<(typeof locales)[number], Map<string, string>>;
const english = catalogues.en;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}
const sources = sourceFiles(webSrc).map((file) => ({
  file: path.relative(webSrc, file),
  text: readFileSync(file, 'utf8'),
}));

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the web app translations', () => {
  for (const locale of locales.filter((l) => l !== 'en')) {
    const catalogue = catalogues[locale];

    it(`should have exactly the English keys in ${locale}`, () => {
      assert.deepEqual([...catalogue.keys()].sort(), [...english.keys()].sort());
    });

    it(`should translate every text into ${locale} rather than repeat the English`, () => {
      const untranslated = [...catalogue].filter(
        ([key, text]) => text === english.get(key) && !sameInEveryLanguage.has(text),
      );
      assert.deepEqual(untranslated, []);
    });

    it(`should keep the same placeholders in ${locale}`, () => {
      const different = [...english]
        .filter(([key, text]) => placeholders(text).join() !== placeholders(catalogue.get(key) ?? '').join())
        .map(([key]) => key);
      assert.deepEqual(different, []);
    });

    it(`should leave no text empty in ${locale}`, () => {
      assert.deepEqual(
        [...catalogue].filter(([, text]) => text.trim() === '').map(([key]) => key),
        [],
      );
    });
  }

  it('should have every key the components ask for', () => {
    const missing: string[] = [];
    const groups = new Set(
      [...english.keys()].flatMap((key) =>
        key.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.')),
      ),
    );
    for (const { file, text } of sources) {
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) {
        if (!english.has(match[1] as string)) missing.push(`${file}: ${match[1]}`);
      }
      // t(`case.status.${status}`): the fixed part must name a group of keys.
      for (const match of text.matchAll(/\bt\(\s*`([a-zA-Z0-9_.]+)\.\$\{/g)) {
        if (!groups.has(match[1] as string)) missing.push(`${file}: ${match[1]}.*`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('should write no text straight into the components', () => {
    const found: string[] = [];
    for (const { file, text } of sources.filter((source) => source.file.endsWith('.tsx'))) {
      // Text between tags, and the attributes people read (labels, titles, placeholders, alt text).
      for (const match of text.matchAll(/(?<!=)>\s*([^<>{}\n]*[\p{L}][^<>{}\n]*?)\s*</gu)) {
        const words = (match[1] as string).trim();
        if (!sameInEveryLanguage.has(words) && !/^[\s=>&|?:!().,;-]*$/.test(words) && !/[=;]/.test(words)) {
          found.push(`${file}: ${words}`);
        }
      }
      for (const match of text.matchAll(
        /\b(label|title|placeholder|alt|aria-label|description)="([^"]*\p{L}[^"]*)"/gu,
      )) {
        if (!sameInEveryLanguage.has(match[2] as string)) found.push(`${file}: ${match[1]}="${match[2]}"`);
      }
    }
    assert.deepEqual(found, []);
  });
});
