import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { wordAgreements } from '../src/modules/persons/person-ranking.ts';
import { matchReasonText } from '../web/src/features/persons/match-reason-text.ts';

/*
 * Why a person matched a search, in every language of the web app: a name's words say how the
 * weakest of them agreed, so that a misspelt or variant name never reads as written exactly (issue 8).
 */
const localesDir = fileURLToPath(new URL('../web/src/i18n/locales/', import.meta.url));
const locales = ['en', 'ms', 'id', 'vi'] as const;

/** A language's text of a key with its values put in, or undefined when the catalogue lacks it. */
function textOf(locale: string, key: string, values: Record<string, number> = {}): string | undefined {
  const tree = JSON.parse(readFileSync(`${localesDir}${locale}.json`, 'utf8')) as Record<string, unknown>;
  const text = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tree);
  if (typeof text !== 'string') return undefined;
  return text.replace(/\{\{(\w+)\}\}/g, (_whole, name: string) => String(values[name]));
}

/** The reasons other than a name's words: they come without an agreement. */
const otherReasons = ['name', 'birth_date', 'birth_year', 'birth_year_near', 'nationality', 'document'];

describe('why a person matched, in words', () => {
  it('should say a name found through a variant spelling is one, not written exactly', () => {
    // "Muhd Abdulah" found "Mohd b. Abdullah": the tester's search.
    const { key, values } = matchReasonText({
      on: 'name_tokens',
      weight: 0.58,
      words: { matched: 2, of: 2 },
      agreement: 'variant',
    });
    assert.equal(key, 'openCase.matchWords.variant');
    assert.equal(
      textOf('en', key, values),
      '2 of 2 words of the name match, one or more in another known spelling',
    );
  });

  it('should say a name written as searched for matches as written', () => {
    const { key, values } = matchReasonText({
      on: 'name_partial',
      weight: 0.4,
      words: { matched: 1, of: 2 },
      agreement: 'exact',
    });
    assert.equal(
      textOf('en', key, values),
      '1 of 2 words of the name match, as written (capitals and accents aside)',
    );
  });

  for (const locale of locales) {
    it(`should word every way a name's words agree, with their count, in ${locale}`, () => {
      const missing = wordAgreements.filter((agreement) => {
        const { key, values } = matchReasonText({
          on: 'name_tokens',
          weight: 1,
          words: { matched: 7, of: 9 },
          agreement,
        });
        const text = textOf(locale, key, values);
        return text === undefined || !text.includes('7') || !text.includes('9');
      });
      assert.deepEqual(missing, []);
    });

    it(`should word every other reason, in ${locale}`, () => {
      const missing = otherReasons.filter(
        (on) => textOf(locale, matchReasonText({ on, weight: 0.1 }).key) === undefined,
      );
      assert.deepEqual(missing, []);
    });
  }
});
