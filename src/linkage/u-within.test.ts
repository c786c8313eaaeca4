import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameComparison } from './comparisons.ts';
import { linkRecords, prepareRecord, scorePair } from './index.ts';
import { generatedPersons, personOptions } from './test-fixture.ts';

describe('u within a nationality (decision 0106)', () => {
  const { model } = linkRecords(generatedPersons(600), personOptions);
  const k = model.comparisons.indexOf(nameComparison);
  const close = nameComparison.levels.indexOf('close');

  it('reads that names of one nationality agree in part more often than names of any two persons', () => {
    assert.ok(model.uWithin, 'u within a nationality learnt');
    const within = model.uWithin?.[k]?.[close] as number;
    const any = model.u[k]?.[close] as number;
    assert.ok(within > 2 * any, `close: ${within} within, ${any} among any two`);
  });

  it('weighs a close name less when the nationality agrees, and keeps the term-frequency levels', () => {
    const a = prepareRecord({ id: 'a', name: 'Nguyen Thi Thu Huong', nationality: 'VN' }, 0);
    const b = prepareRecord({ id: 'b', name: 'Nguyen Thu Huong Lan', nationality: 'VN' }, 1);
    const c = prepareRecord({ id: 'c', name: 'Nguyen Thu Huong Lan' }, 2);
    const name = (x: typeof a, y: typeof a) =>
      scorePair(model, x, y, true).evidence.find((e) => e.field === 'name');
    const agreeing = name(a, b);
    const unknown = name(a, c);
    assert.equal(agreeing?.level, unknown?.level);
    assert.ok(
      (agreeing?.weight as number) < (unknown?.weight as number) - 1,
      JSON.stringify([agreeing, unknown]),
    );
    const exact = nameComparison.levels.indexOf('exact');
    assert.equal(model.uWithin?.[k]?.[exact], model.u[k]?.[exact]);
  });

  it("keeps u itself for the comparisons not read by nationality, the nationality's own among them", () => {
    const notByNationality = model.comparisons.flatMap((c, at) => (c.byNationality ? [] : [at]));
    assert.ok(notByNationality.includes(model.comparisons.findIndex((c) => c.field === 'nationality')));
    for (const at of notByNationality) assert.deepEqual(model.uWithin?.[at], model.u[at]);
  });
});
