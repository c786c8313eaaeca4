import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { byNameOrCode, countryOptions } from '../web/src/components/country-options.ts';

/* The web app's country fields (decision 0207): the countries by name, found by a name's words or the code. */
describe('the country fields’ options (web/src/components/country-options.ts)', () => {
  const found = (language: string, search: string) =>
    byNameOrCode({ options: countryOptions(language), search, limit: 300 }).map((option) =>
      'value' in option ? option.value : '',
    );

  it('lists the API’s 249 codes, named and sorted in the reader’s language', () => {
    const options = countryOptions('vi');
    assert.equal(options.length, 249);
    assert.equal(options.find((option) => option.value === 'VN')?.label, 'Việt Nam');
    const labels = options.map((option) => option.label);
    assert.deepEqual(labels, [...labels].sort(new Intl.Collator('vi').compare));
  });

  it('finds a country by the start of any word of its name, accents aside, or by its code whole', () => {
    assert.deepEqual(found('vi', 'viet'), ['VN']);
    assert.deepEqual(found('en', 'my').sort(), ['MM', 'MY']);
    assert.ok(found('en', 'burma').includes('MM'), 'a word in brackets: Myanmar (Burma)');
    assert.ok(found('en', 'timor').includes('TL'), 'a later word: Timor-Leste');
    assert.deepEqual(found('en', 'kh'), ['KH']);
    assert.deepEqual(found('en', 'zz'), []);
    assert.equal(found('en', '  ').length, 249);
  });
});
