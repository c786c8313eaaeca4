import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { personComparisons } from '../../linkage/index.ts';
import { relearnAfterMs, type StoredParameters, staleAgencies, storedModel } from './linkage.learnt.ts';
import { ownModelMinimum } from './person-model.ts';

describe('the parameters the scheduled scan learns again (decision 0109)', () => {
  const now = Date.parse('2026-12-03T08:00:00Z');
  const at = (msAgo: number) => new Date(now - msAgo);
  const agency = (
    agencyId: string,
    persons: number,
    learntPersons: number | null,
    learntAt: Date | null,
  ) => ({
    agencyId,
    persons,
    learntPersons,
    learntAt,
  });

  it('names the large agencies never learnt, learnt over a day ago, or on a population 5 % off', () => {
    const large = ownModelMinimum * 10;
    assert.deepEqual(
      staleAgencies(
        [
          agency('never', large, null, null),
          agency('a day old', large, large, at(relearnAfterMs)),
          agency('grown', large, Math.floor(large / 1.06), at(60_000)),
          agency('shrunk', large, Math.ceil(large * 1.06), at(60_000)),
          agency('fresh', large, large, at(relearnAfterMs - 60_000)),
          agency('grown a little', large, Math.ceil(large / 1.04), at(60_000)),
          agency('small', ownModelMinimum - 1, null, null),
        ],
        now,
      ),
      ['never', 'a day old', 'grown', 'shrunk'],
    );
  });
});

describe('parameters stored before a limit was added (decision 0133)', () => {
  const birth = personComparisons.findIndex((comparison) => comparison.field === 'birth');
  const [level, than] = personComparisons[birth]?.noStrongerThan?.[0] ?? [];

  it('are held to the limits their levels have now when taken in', () => {
    assert.ok(birth >= 0 && level !== undefined && than !== undefined, 'the birth comparison has a cap');
    const levels = personComparisons[birth]?.levels.length ?? 0;
    const u = Array.from({ length: levels }, () => 1 / levels);
    // Learnt before the cap: 'full dates differ in the year' ten times as likely among matches
    // as among strangers, 'full dates differ' a tenth.
    const m = u.map((share, l) => (l === level ? share * 10 : l === than ? share / 10 : share));
    const total = m.reduce((sum, x) => sum + x, 0);
    const stored: StoredParameters = {
      prior: 0.001,
      m: personComparisons.map((comparison, k) =>
        k === birth ? m.map((x) => x / total) : comparison.levels.map(() => 1 / comparison.levels.length),
      ),
      u: personComparisons.map((comparison, k) =>
        k === birth ? u : comparison.levels.map(() => 1 / comparison.levels.length),
      ),
      randomU: [],
      recordCount: 1000,
      iterations: 1,
    };
    const taken = storedModel(stored);
    const weight = (l: number) =>
      Math.log2((taken.m[birth]?.[l] as number) / (taken.u[birth]?.[l] as number));
    assert.ok(weight(level) <= weight(than) + 1e-9, `${weight(level)} ≤ ${weight(than)}`);
    assert.ok(Math.abs((taken.m[birth] ?? []).reduce((sum, x) => sum + x, 0) - 1) < 1e-9);
    assert.deepEqual(taken.m[0], stored.m[0], 'a comparison within its limits is taken as stored');
  });
});
