import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relearnAfterMs, staleAgencies } from './linkage.learnt.ts';
import { ownModelMinimum } from './person-scoring.ts';

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
