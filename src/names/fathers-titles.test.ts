import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareNames } from './match.ts';
import { normalizeName } from './normalize.ts';

const read = (name: string) => {
  const n = normalizeName(name);
  return { own: n.own.map((t) => t.canonical), father: n.father.map((t) => t.canonical) };
};
const score = (a: string, b: string) => compareNames(normalizeName(a), normalizeName(b)).score;

describe("a father's title (decision 0153)", () => {
  it('reads Hj or Haji between two names as the marker left out', () => {
    assert.deepEqual(read('Ahmad Faizal Hj Ismail'), { own: ['ahmad', 'faizal'], father: ['ismail'] });
    assert.deepEqual(read('Farah Norhaliza Hj. Faisal Azlan'), {
      own: ['farah', 'nur', 'haliza'],
      father: ['faisal', 'azlan'],
    });
    assert.deepEqual(read('Vijay Haji Kumaresan').father, ['kumaresan']);
  });
  it("keeps Haji as the person's own title first, and as a name last or after the marker alone", () => {
    assert.deepEqual(read('Hj. Ahmad Hassan'), { own: ['ahmad', 'hassan'], father: [] });
    assert.deepEqual(read('Ahmad Haji'), { own: ['ahmad', 'haji'], father: [] });
    assert.deepEqual(read('Ahmad bin Haji').father, ['haji']);
  });
  it("leaves the father's titles out of his name after a marker", () => {
    assert.deepEqual(read('Ahmad bin Haji Ismail').father, ['ismail']);
    assert.deepEqual(read('Farah bt Hj. Faisal').father, ['faisal']);
    assert.deepEqual(read('Devi a/p Dr Kumar').father, ['kumar']);
  });
  it('meets the same name written with bin, with Hj and with Haji', () => {
    const forms = [
      'Vijay a/l Kumaresan',
      'Vijay Hj. Kumaresan',
      'VIJAY HAJI KUMARESAN',
      'Vijay bin Haji Kumaresan',
    ];
    for (const a of forms) for (const b of forms) assert.ok(score(a, b) >= 0.95, `${a} / ${b}`);
  });
});

describe('St. as the short form of Siti (UNCONFIRMED, decision 0153)', () => {
  it('reads St. and St as Siti', () => {
    assert.deepEqual(read('St. Aminah').own, ['siti', 'aminah']);
    assert.ok(score('St Aminah', 'Siti Aminah binti Rosli') >= 0.9);
  });
  it('is no name on its own: Siti is a common word', () => {
    assert.ok(score('St. Aminah', 'Siti Rohani') <= 0.5);
  });
});
