import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { birthComparison } from './comparisons.ts';
import { linkRecords, personTraining, prepareRecord } from './index.ts';
import { learnModel } from './model-sample.ts';
import { withoutNamesakes } from './model-train.ts';
import { generatedPersons, personOptions } from './test-fixture.ts';

describe('the anchor without namesakes (decision 0105)', () => {
  it('takes pairs of two persons out of the tallies at the shares random pairs show', () => {
    // 900 matches (m 0.8 / 0.2 / 0 / 0) and 300 namesakes whose levels fall as u's.
    const u = [0.001, 0.02, 0.379, 0.6];
    const tallies = [720 + 0.3, 180 + 6, 0 + 113.7, 0 + 180];
    const m = withoutNamesakes(tallies, u, 0);
    assert.ok(Math.abs((m[0] as number) - 0.8) < 0.01, `exact ${m[0]}`);
    assert.ok(Math.abs((m[1] as number) - 0.2) < 0.01, `near ${m[1]}`);
    assert.ok((m[3] as number) < 0.01, `different ${m[3]}`);
  });

  it('leaves every level at least the least m', () => {
    const m = withoutNamesakes([500, 10, 0, 100], [0.001, 0.02, 0.379, 0.6], 0.005);
    assert.ok(m.every((x) => x >= 0.005 * 0.99));
    assert.ok(Math.abs(m.reduce((s, x) => s + x, 0) - 1) < 1e-9);
  });

  it('learns two full dates that differ as strong evidence of two persons, namesakes among the records', () => {
    // Every fourth person has a namesake: the same name and nationality, another full date.
    const persons = generatedPersons(600);
    const firstOf = new Map<string, (typeof persons)[number]>();
    for (const r of persons) if (!firstOf.has(r.truth) && r.birth?.length === 10) firstOf.set(r.truth, r);
    const namesakes = [...firstOf.values()]
      .filter((_, i) => i % 4 === 0)
      .map((r, i) => ({
        ...r,
        id: `namesake-${i}`,
        truth: `namesake-${i}`,
        birth: `${1960 + (i % 40)}-07-19`,
      }));
    const { model } = linkRecords([...persons, ...namesakes], personOptions);
    const k = model.comparisons.indexOf(birthComparison);
    const level = birthComparison.levels.indexOf('full dates differ');
    const weight = Math.log2((model.m[k]?.[level] as number) / (model.u[k]?.[level] as number));
    assert.ok(weight < -4, `full dates differ weighs ${weight.toFixed(2)} bits`);
  });

  it('reads the date on the pairs of the rules that leave it free, a pair the exact-date rule also made counted once', () => {
    // Decision 0152: with the exact-date session read too, the pairs whose dates agree were counted
    // twice, and two records of one person read as agreeing on the date far more often than they do.
    const records = generatedPersons(600).map(prepareRecord);
    const birthOf = (training: typeof personTraining) => {
      const model = learnModel(records, { ...personOptions, training });
      return model.m[model.comparisons.indexOf(birthComparison)] as number[];
    };
    const withoutDateRule = personTraining.filter((t) => !t.fields.includes('birth'));
    assert.deepEqual(birthOf(personTraining), birthOf(withoutDateRule));
  });

  it('reads the date on pairs whose names agree closely too, not only exactly', () => {
    const records = generatedPersons(600).map(prepareRecord);
    const exactOf = (nearest: number) => {
      const model = learnModel(records, { ...personOptions, anchor: { ...personOptions.anchor, nearest } });
      return (model.m[model.comparisons.indexOf(birthComparison)] as number[])[0] as number;
    };
    // The cleanest records' names agree exactly, and their dates do more often than all matches'.
    assert.ok(exactOf(2) < exactOf(0), `exact date ${exactOf(2)} against ${exactOf(0)}`);
  });
});
