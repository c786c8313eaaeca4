import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateVariantSet } from '../../bench/support/se-asian-variants.ts';
import { nameComparison } from './comparisons.ts';
import { linkRecords } from './index.ts';
import { atMost } from './model-train.ts';
import { generatedPersons, personOptions } from './test-fixture.ts';

describe('levels never evidence for one person (decision 0124)', () => {
  it('holds a level to its share and gives the rest to the other levels in their proportions', () => {
    const m = atMost([0.5, 0.3, 0.15, 0.05], { 3: 0.01 });
    assert.equal(m[3], 0.01);
    assert.ok(Math.abs(m.reduce((s, x) => s + x, 0) - 1) < 1e-12);
    assert.ok(Math.abs((m[0] as number) / (m[1] as number) - 0.5 / 0.3) < 1e-12);
    assert.deepEqual(atMost([0.6, 0.395, 0.005], { 2: 0.01 }), [0.6, 0.395, 0.005]);
  });

  it("learns a name read 'different' as no evidence for one person, however many strangers share a day", () => {
    // A crowd of one people born on one day, as a million persons make: coined names (Maung Thik
    // Loein Aweein / Ko Kyoot Thook Awayin Nyein) that our rules read 'different' rather than
    // 'another name'. In the exact-date session they outnumber the matches, and EM took them for
    // matches (m 0.145 against u 0.060: +1.3 bits for names that agree on nothing).
    const crowd = generateVariantSet(1200, 9, 1)
      .filter((r) => r.id.endsWith('-r0') && r.nationality === 'MM')
      .map((r) => ({
        id: `crowd-${r.id}`,
        truth: `crowd-${r.cluster}`,
        name: r.name,
        birth: '1990-05-05',
        nationality: r.nationality,
      }));
    const { model } = linkRecords([...generatedPersons(300), ...crowd], personOptions);
    const k = model.comparisons.indexOf(nameComparison);
    const different = nameComparison.levels.indexOf('different');
    const m = model.m[k]?.[different] as number;
    const u = model.u[k]?.[different] as number;
    assert.ok(m <= u * (1 + 1e-9), `'different' m ${m} against u ${u}`);
  });
});
