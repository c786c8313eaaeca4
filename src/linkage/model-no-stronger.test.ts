import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { birthComparison, type Comparison } from './comparisons.ts';
import { linkRecords } from './index.ts';
import { heldToLimits } from './model-train.ts';
import { generatedPersons, personOptions } from './test-fixture.ts';

const bits = (m: number, u: number) => Math.log2(m / u);

describe('a level never stronger evidence than another (decision 0133)', () => {
  const comparison: Comparison = {
    field: 'birth',
    levels: ['exact', 'in the year', 'apart'],
    compare: () => 0,
    noStrongerThan: [[1, 2]],
  };

  it('holds the level where it weighs what the other weighs, the rest renormalised', () => {
    const u = [0.001, 0.02, 0.979];
    const m = heldToLimits(comparison, [0.9, 0.09, 0.01], u);
    assert.ok(bits(m[1] as number, u[1] as number) <= bits(m[2] as number, u[2] as number) + 1e-9);
    assert.ok(Math.abs(m.reduce((s, x) => s + x, 0) - 1) < 1e-12);
    assert.ok((m[0] as number) > 0.9, 'the mass taken goes to the other levels');
  });

  it('leaves a level learnt weaker as it is', () => {
    const row = [0.9, 0.0001, 0.0999];
    assert.deepEqual(heldToLimits(comparison, row, [0.001, 0.02, 0.979]), row);
  });

  it('learns two full dates of one year as no more evidence than two of different years, namesakes of that year among the records', () => {
    // Every third person has a namesake: the same name and nationality, born the same year on
    // another day — the anchor's rare names then show 'full dates differ in the year' far above
    // the chance random pairs give it, and learnt it as evidence for one person.
    const persons = generatedPersons(600);
    const firstOf = new Map<string, (typeof persons)[number]>();
    for (const r of persons) if (!firstOf.has(r.truth) && r.birth?.length === 10) firstOf.set(r.truth, r);
    const namesakes = [...firstOf.values()]
      .filter((_, i) => i % 3 === 0)
      .map((r, i) => {
        const day = Number(r.birth?.slice(8, 10)) > 15 ? '03' : '27';
        const month = Number(r.birth?.slice(5, 7)) > 6 ? '02' : '10';
        return {
          ...r,
          id: `namesake-${i}`,
          truth: `namesake-${i}`,
          birth: `${r.birth?.slice(0, 4)}-${month}-${day}`,
        };
      });
    const { model } = linkRecords([...persons, ...namesakes], personOptions);
    const k = model.comparisons.indexOf(birthComparison);
    const [inYear, apart] = ['full dates differ in the year', 'full dates differ'].map((level) => {
      const l = birthComparison.levels.indexOf(level);
      return bits(model.m[k]?.[l] as number, model.u[k]?.[l] as number);
    }) as [number, number];
    assert.ok(inYear <= apart + 1e-9, `in the year ${inYear.toFixed(2)} bits, apart ${apart.toFixed(2)}`);
    assert.ok(inYear < -4, `in the year ${inYear.toFixed(2)} bits`);
  });
});
