import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
import { personComparisons } from '../src/linkage/index.ts';
import { evidenceWeightText } from '../web/src/features/linkage/evidence-weight.ts';
import { nameDifferenceTexts, namesWrittenAlike } from '../web/src/features/linkage/name-difference-texts.ts';
import { type Evidence, levelKey } from '../web/src/features/linkage/types.ts';

/*
 * The reasons table of a pair (PairComparison.tsx): a field's weight in bits for or against, and
 * the father's name that agrees — weighing nothing itself — said to be counted in the name's
 * weight (decision 0112), in every language of the web app.
 */
const localesDir = fileURLToPath(new URL('../web/src/i18n/locales/', import.meta.url));
const locales = ['en', 'ms', 'id', 'vi'] as const;

/** A language's linkage texts as the app adds them (the linkage bundles, e.g. vi.father-levels.json). */
async function translator(locale: string) {
  const instance = i18next.createInstance();
  await instance.init({ lng: locale, resources: {}, interpolation: { escapeValue: false } });
  for (const file of readdirSync(localesDir).filter((f) => f.startsWith(`${locale}.`) && f.endsWith('.json')))
    instance.addResourceBundle(
      locale,
      'translation',
      JSON.parse(readFileSync(`${localesDir}${file}`, 'utf8')),
      true,
    );
  return instance.t;
}

const evidence = (weight: number, countedIn?: string): Evidence => ({
  field: 'father',
  level: 'exact or variant',
  weight,
  termFrequency: 0,
  ...(countedIn ? { countedIn } : {}),
});
const number = (value: number) => value.toFixed(2);

describe('the weight the reasons table gives a field', () => {
  it('says in English that an agreeing father’s name is counted in the name, and the bits for or against', async () => {
    const t = await translator('en');
    assert.equal(evidenceWeightText(evidence(0, 'name'), t, number), 'counted in “Name”');
    assert.equal(evidenceWeightText(evidence(0), t, number), 'no evidence');
    assert.equal(evidenceWeightText(evidence(3.5), t, number), 'for, 3.50');
    assert.equal(evidenceWeightText(evidence(-2), t, number), 'against, 2.00');
  });

  for (const locale of locales.filter((l) => l !== 'en'))
    it(`names the field it is counted in, in ${locale}`, async () => {
      const t = await translator(locale);
      const counted = evidenceWeightText(evidence(0, 'name'), t, number);
      assert.ok(counted.includes(t('linkage.field.name')), counted);
      assert.notEqual(counted, evidenceWeightText(evidence(0), t, number));
      assert.ok(!counted.includes('linkage.'), counted);
    });
});

describe('the level a pair shows per field', () => {
  // A level added to the model (decision 0126's full dates of one year) must be said in every
  // language, not shown as its translation key.
  for (const locale of locales)
    it(`names every level of the persons' model in ${locale}`, async () => {
      const t = await translator(locale);
      for (const comparison of personComparisons)
        for (const level of comparison.levels) {
          const key = `linkage.level.${levelKey(level)}`;
          assert.notEqual(t(key), key, `${comparison.field}: ${level}`);
        }
    });
});

describe('the row of a pair shared among namesakes (decision 0160)', () => {
  for (const locale of locales)
    it(`names the row and its level, and the bits it took away as against, in ${locale}`, async () => {
      const t = await translator(locale);
      for (const key of ['linkage.field.namesakes', 'linkage.level.shared'])
        assert.notEqual(t(key), key, key);
      const shared: Evidence = { field: 'namesakes', level: 'shared', weight: -2.5, termFrequency: 0 };
      assert.equal(evidenceWeightText(shared, t, number), t('linkage.against', { bits: '2.50' }));
    });
});

describe("the row of a pair raised through its person's other record (decision 0169)", () => {
  for (const locale of locales)
    it(`names the row and its level, and the bits it gave as for, in ${locale}`, async () => {
      const t = await translator(locale);
      for (const key of ['linkage.field.person', 'linkage.level.another_of_its_records'])
        assert.notEqual(t(key), key, key);
      const raised: Evidence = {
        field: 'person',
        level: 'another of its records',
        weight: 3.25,
        termFrequency: 0,
      };
      assert.equal(evidenceWeightText(raised, t, number), t('linkage.for', { bits: '3.25' }));
    });
});

describe('where the reasons table says two names differ', () => {
  const name: Evidence = {
    field: 'name',
    level: 'variant',
    weight: 4,
    termFrequency: 0,
    differences: [{ a: 'Aina', b: 'Aini', letters: 1 }],
    onlyIn: { a: ['Hassan'], b: [] },
  };

  it('shows a word only one record has, after the words that differ, in English', async () => {
    const t = await translator('en');
    assert.deepEqual(nameDifferenceTexts(name, t), [
      'Aina / Aini — letters that differ: 1',
      'Only in the first record: Hassan',
    ]);
    assert.deepEqual(
      nameDifferenceTexts({ ...name, differences: [], onlyIn: { a: [], b: ['Ali', 'Razak'] } }, t),
      ['Only in the second record: Ali, Razak'],
    );
  });

  const initial: Evidence = { ...name, differences: [{ a: 'Văn', b: 'V.', letters: 2, initial: true }] };

  it('says a word written as its initial is an initial, not letters that differ, in English', async () => {
    const [said] = nameDifferenceTexts(initial, await translator('en'));
    assert.equal(said, 'Văn / V. — the same word, one written as its initial');
  });

  for (const locale of locales.filter((l) => l !== 'en'))
    it(`says an initial as an initial in ${locale}`, async () => {
      const [said] = nameDifferenceTexts(initial, await translator(locale));
      const [differing] = nameDifferenceTexts(name, await translator(locale));
      assert.ok(said?.startsWith('Văn / V. — ') && !said.includes('linkage.') && !said.includes('2'), said);
      assert.notEqual(said?.slice(11), differing?.slice(11));
    });

  for (const locale of locales.filter((l) => l !== 'en'))
    it(`names the word only one record has in ${locale}`, async () => {
      const [, only] = nameDifferenceTexts(name, await translator(locale));
      assert.ok(only?.includes('Hassan') && !only.includes('linkage.'), only);
    });
});

describe('two names the model calls the same', () => {
  it('reads as written alike when only case, accents, dots or spacing differ, and not otherwise', () => {
    assert.ok(namesWrittenAlike(['Nguyễn Thị Ánh'], ['NGUYEN THI ANH']));
    assert.ok(namesWrittenAlike(['Aung Kyaw', 'Nur Aina b. Ali'], ['nur aina  b ali']));
    // Titles, bin/binti, joined words, variants and word order: the table says why they are the same.
    assert.ok(!namesWrittenAlike(['Puan Siti Nur Haliza bt Abdullah'], ['Siti Noorhaliza Abdullah']));
    assert.ok(!namesWrittenAlike(['Thanh Nguyen Van'], ['Nguyễn Văn Thành']));
  });

  it('says so in every language of the web app', async () => {
    for (const locale of locales) {
      const t = await translator(locale);
      assert.notEqual(t('linkage.sameOnceNormalised'), 'linkage.sameOnceNormalised', locale);
    }
  });
});
