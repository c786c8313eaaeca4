import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { personRecords, prepareRecord, prepareWith } from '../../linkage/index.ts';
import { exactBirth, generatedPersons, linkablePerson } from './linkable-person.factory.ts';
import { type ScoredPair, scorePersons } from './person-scoring.ts';
import { forgetRecentNames, PreparedRecords, Recent, recentName } from './prepared-records.ts';
import { scoreStoredAgainst } from './stored-match.ts';
import { storedPopulation } from './stored-population.factory.ts';

const byPair = (p: { personA: string; personB: string }, q: { personA: string; personB: string }) =>
  `${p.personA}:${p.personB}`.localeCompare(`${q.personA}:${q.personB}`);

describe('records prepared by earlier matches (decision 0118)', () => {
  it('reads none prepared before its person changed: the match finds the pairs and scores of the changed population', async () => {
    const target = linkablePerson(['Nguyen Thi Anh'], exactBirth('1990-01-02'));
    const namesake = linkablePerson(['Nguyen Thi Anh'], exactBirth('1990-01-02'));
    const population = [...generatedPersons(150, 30), target, namesake];
    forgetRecentNames();
    // Each match a job of its own, as matchPersons: the names its predecessors prepared, kept.
    const job = () => new PreparedRecords(recentName);
    const ofTarget = (pairs: readonly ScoredPair[]) =>
      pairs.filter((p) => p.personA === target.id || p.personB === target.id).sort(byPair);
    const withNamesake = (pairs: readonly ScoredPair[] | undefined) =>
      pairs?.find((p) => p.personA === namesake.id || p.personB === namesake.id);
    const before = await scoreStoredAgainst(storedPopulation(population, true), [target], undefined, job());
    assert.deepEqual(before?.sort(byPair), ofTarget(scorePersons(population)));
    // The namesake's name, then her birth, then her sex recorded otherwise: still a candidate.
    for (const changed of [
      { names: ['Nguyen Thi Anhh'] },
      { birth_date: '1990-02-01' },
      { sex: 'male' },
    ] as const) {
      const edited = population.map((p) => (p.id === namesake.id ? { ...p, ...changed } : p));
      const expected = ofTarget(scorePersons(edited));
      assert.notDeepEqual(
        withNamesake(expected)?.evidence,
        withNamesake(before)?.evidence,
        `${JSON.stringify(changed)} tells`,
      );
      const found = await scoreStoredAgainst(storedPopulation(edited, true), [target], undefined, job());
      assert.deepEqual(found?.sort(byPair), expected, JSON.stringify(changed));
    }
  });

  it('prepares a record with a kept name exactly as afresh', () => {
    forgetRecentNames();
    const records = [...generatedPersons(200, 31), ...generatedPersons(200, 31)].flatMap(personRecords);
    records.forEach((record, i) => {
      assert.deepEqual(prepareWith(record, i, recentName), prepareRecord(record, i));
    });
  });

  it('keeps at most its limit, dropping the least recently read first', () => {
    const recent = new Recent<string>(2);
    recent.set('a', 'Anh');
    recent.set('b', 'Binh');
    assert.equal(recent.get('a'), 'Anh');
    recent.set('c', 'Chau');
    assert.equal(recent.size, 2);
    assert.equal(recent.get('b'), undefined, 'read least recently: dropped');
    assert.equal(recent.get('a'), 'Anh');
    assert.equal(recent.get('c'), 'Chau');
  });
});
