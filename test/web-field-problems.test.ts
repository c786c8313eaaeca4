import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createInstance } from 'i18next';
import { fieldMessage, fieldProblemKey, tellingFirst } from '../web/src/app/forms.ts';

const catalogue = (file: string) =>
  JSON.parse(readFileSync(new URL(`../web/src/i18n/locales/${file}.json`, import.meta.url), 'utf8'));

async function translator(locale: string) {
  const instance = createInstance();
  await instance.init({
    lng: locale,
    resources: { [locale]: { translation: catalogue(locale) } },
    interpolation: { escapeValue: false },
  });
  instance.addResourceBundle(locale, 'translation', catalogue(`${locale}.fieldrules`), true, false);
  instance.addResourceBundle(locale, 'translation', catalogue(`${locale}.birth-date`), true, false);
  return instance.t;
}

describe("the API's field problems in the user's language", () => {
  it('should say an empty required text as "fill this in", a short one with its bound', () => {
    assert.equal(
      fieldProblemKey({ field: 'title', message: 'x', code: 'too_small', origin: 'string', limit: 1 }),
      'required',
    );
    assert.equal(
      fieldProblemKey({ field: 'title', message: 'x', code: 'too_small', origin: 'string', limit: 2 }),
      'tooShort',
    );
    assert.equal(
      fieldProblemKey({ field: 'ids', message: 'x', code: 'too_small', origin: 'array', limit: 1 }),
      'chooseOne',
    );
    assert.equal(
      fieldProblemKey({ field: 'on', message: 'x', code: 'invalid_format', format: 'date' }),
      'date',
    );
    assert.equal(
      fieldProblemKey({ field: 'id', message: 'x', code: 'invalid_format', format: 'uuid' }),
      'choose',
    );
  });

  it('should say a text the API found blank as "fill this in" in every language, whatever its least length', async () => {
    // What the API answers for spaces alone in any text a person types (src/shared/trimmed-text.ts).
    const blank = {
      field: 'reason',
      message: 'must not be blank',
      code: 'too_small',
      origin: 'string',
      limit: 1,
    };
    for (const locale of ['en', 'ms', 'id', 'vi']) {
      const t = await translator(locale);
      assert.equal(
        fieldMessage(blank, t),
        catalogue(`${locale}.fieldrules`).problems.fields.required,
        locale,
      );
    }
  });

  it('should write the message in Malay without the English text of the API', async () => {
    const t = await translator('ms');
    const message = fieldMessage(
      {
        field: 'name',
        message: 'Too small: expected string to have >=2 characters',
        code: 'too_small',
        origin: 'string',
        limit: 2,
      },
      t,
    );
    assert.equal(message, 'Gunakan sekurang-kurangnya 2 aksara.');
    assert.doesNotMatch(message, /Too small/);
  });

  it('should fall back to the API message behind a translated prefix for a rule of the domain', async () => {
    const t = await translator('vi');
    const message = fieldMessage({ field: 'startsOn', message: 'is in the future' }, t);
    assert.match(message, /is in the future/);
    assert.notEqual(message, 'is in the future');
  });

  it('should say a date of birth with day or month 00 as such, not as "Enter a date", in every language', async () => {
    // What the API answers for 1990-00-00: the ISO check and the rule, on the same field.
    const problems = [
      { field: 'query.birthDate', message: 'Invalid ISO date', code: 'invalid_format', format: 'date' },
      { field: 'query.birthDate', message: 'has day or month 00', code: 'date_day_or_month_zero' },
    ];
    const [first] = tellingFirst(problems);
    assert.equal(first?.code, 'date_day_or_month_zero');
    for (const locale of ['en', 'ms', 'id', 'vi']) {
      const t = await translator(locale);
      const message = fieldMessage(first as (typeof problems)[number], t);
      assert.equal(message, catalogue(`${locale}.birth-date`).problems.date_day_or_month_zero, locale);
    }
  });
});
