import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameComparison } from './comparisons.ts';
import { type LinkageModel, linkRecords, prepareRecord, scorePair } from './index.ts';
import { generatedPersons, personOptions } from './test-fixture.ts';

describe('term frequencies on the near levels of a name (decision 0149)', () => {
  const learnt = linkRecords(generatedPersons(600), personOptions).model;
  const k = learnt.comparisons.indexOf(nameComparison);
  const person = (id: string, name: string, at: number) =>
    prepareRecord({ id, name, birth: '1990-01-02' }, at);
  const common = [person('a', 'Nguyen Van Nam', 0), person('b', 'Nguyen Van Nam Anh', 1)] as const;
  const rare = [person('c', 'Zawira Oktaviani Kusumadewi', 2), person('d', 'Zawira Kusumadewi', 3)] as const;
  // One record in fifty is a Nguyen Van Nam; the rare name is held by no other record.
  const shares = new Map([[common[0].nameKey, 0.02]]);
  const model: LinkageModel = {
    ...learnt,
    frequencies: learnt.frequencies.map((f, at) => (at === k ? shares : f)),
  };
  const withoutFrequencies: LinkageModel = {
    ...learnt,
    frequencies: learnt.frequencies.map(() => undefined),
  };
  const name = (m: LinkageModel, [a, b]: readonly [(typeof common)[0], (typeof common)[0]]) =>
    scorePair(m, a, b, true).evidence.find((e) => e.field === 'name');

  it('weighs a common name close less than a rare one close', () => {
    const [x, y] = [name(model, common), name(model, rare)];
    assert.equal(x?.level, 'close');
    assert.equal(y?.level, 'close');
    assert.ok((x?.weight as number) < (y?.weight as number) - 1, JSON.stringify([x, y]));
    assert.ok((x?.termFrequency as number) < 0);
  });

  it('never weighs a near level more than it would without term frequencies', () => {
    for (const pair of [common, rare]) {
      const [x, y] = [name(model, pair), name(withoutFrequencies, pair)];
      assert.ok((x?.weight as number) <= (y?.weight as number), JSON.stringify([x, y]));
    }
  });
});
