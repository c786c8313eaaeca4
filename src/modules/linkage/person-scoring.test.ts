import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type DocumentKey, personComparisons, personRecords, prepareRecord } from '../../linkage/index.ts';
import { exactBirth, generatedPersons, linkablePerson } from './linkable-person.factory.ts';
import { shareAmongNamesakes } from './namesake-pairs.ts';
import { forgetLearnt, keepLearnt, learntOn, ownModelMinimum, personModel } from './person-model.ts';
import parameters from './person-parameters.json' with { type: 'json' };
import {
  bestPairs,
  fingerprintOf,
  type KeptPair,
  type LinkablePerson,
  likelyThreshold,
  reviewFloor,
  type ScoredPair,
  scorePersons,
  scorePersonsAgainst,
} from './person-scoring.ts';
import { scoreStoredAgainst } from './stored-match.ts';
import { storedPopulation } from './stored-population.factory.ts';

const person = (names: string[], birth: Partial<LinkablePerson> = {}, nationality = 'VN') =>
  linkablePerson(names, { ...birth, nationality });

/** A passport as the model reads it: the number's blind index, kind and issuer. */
const passport: DocumentKey = {
  id: 'document-1',
  index: 'index-of-b1234567',
  type: 'passport',
  country: 'ID',
};

const byPair = (p: { personA: string; personB: string }, q: { personA: string; personB: string }) =>
  `${p.personA}:${p.personB}`.localeCompare(`${q.personA}:${q.personB}`);

/** `count` Malaysian women of one common name, none with a date of birth (decision 0193). */
const rizalOmars = (count: number) => Array.from({ length: count }, () => person(['Rizal Omar'], {}, 'MY'));
/** The pair of two persons, if kept. */
const pairOf = (pairs: readonly ScoredPair[] | undefined, a: LinkablePerson, b: LinkablePerson) =>
  pairs?.find((p) => [p.personA, p.personB].sort().join() === [a.id, b.id].sort().join());

describe('scoring the persons of an agency', () => {
  it('pairs two records of one person written differently, with an alias, as a likely match', () => {
    const a = person(['Nguyễn Thị Ánh'], exactBirth('1998-02-03'));
    const b = person(['Lan', 'NGUYEN THI ANH'], { birth_precision: 'year', birth_year: 1998 });
    const c = person(['Trần Văn Bình'], exactBirth('1980-11-20'));
    const pairs = scorePersons([a, b, c]);
    assert.equal(pairs.length, 1);
    assert.ok((pairs[0]?.probability ?? 0) >= likelyThreshold);
    assert.deepEqual([pairs[0]?.personA, pairs[0]?.personB].sort(), [a.id, b.id].sort());
  });

  it('reads an estimated age as a birth year', () => {
    const a = person(['Siti Aminah binti Abdullah'], exactBirth('1995-06-01'), 'MY');
    const b = person(
      ['Siti Aminah bt Abdullah'],
      { birth_precision: 'estimated', estimated_age: 30, estimated_on: '2025-08-01' },
      'MY',
    );
    const [pair] = scorePersons([a, b]);
    assert.equal(pair?.evidence.find((e) => e.field === 'birth')?.level, 'same year');
  });

  it('queues the same full name with birth years one apart when one side is an estimated age', () => {
    const a = person(['Huong Nguyen Thi Thu'], { birth_precision: 'year', birth_year: 1996 });
    const b = person(['Huong Nguyen Thi Thu'], {
      birth_precision: 'estimated',
      estimated_age: 28,
      estimated_on: '2025-03-01',
    });
    const [pair] = scorePersons([a, b]);
    const birth = pair?.evidence.find((e) => e.field === 'birth');
    assert.equal(birth?.level, 'a year apart, one a year only');
    assert.ok((birth?.weight ?? -1) > -1, JSON.stringify(birth));
    assert.ok((pair?.probability ?? 0) >= likelyThreshold, JSON.stringify(pair));
  });

  it('queues an old Indonesian spelling born a year apart (Cahyo Kusumo 1984, Tjahjo Koesoemo 1983)', () => {
    const a = person(['Cahyo Kusumo'], { birth_precision: 'year', birth_year: 1984 }, 'ID');
    const b = person(['Tjahjo Koesoemo'], exactBirth('1983-07-14'), 'ID');
    const [pair] = scorePersons([a, b]);
    assert.ok((pair?.probability ?? 0) >= likelyThreshold, JSON.stringify(pair));
  });

  it('still weighs two full dates a year apart as different', () => {
    const a = person(['Huong Nguyen Thi Thu'], exactBirth('1996-04-02'));
    const b = person(['Huong Nguyen Thi Thu'], exactBirth('1997-09-20'));
    const [pair] = scorePersons([a, b]);
    const birth = pair?.evidence.find((e) => e.field === 'birth');
    assert.equal(birth?.level ?? 'full dates differ', 'full dates differ');
    assert.ok((birth?.weight ?? -Infinity) < -4, JSON.stringify(birth));
  });

  it('queues Noor Aishah Ismail against Puan Nur Aisyah binti Ismail (Malay sh, Indonesian sy)', () => {
    const a = person(['Noor Aishah Ismail'], { birth_precision: 'year', birth_year: 2000 }, 'MY');
    const b = person(['Puan Nur Aisyah binti Ismail'], exactBirth('2000-02-02'), 'MY');
    const [pair] = scorePersons([a, b]);
    assert.notEqual(pair?.evidence.find((e) => e.field === 'name')?.level, 'partial');
    assert.ok((pair?.probability ?? 0) >= likelyThreshold, JSON.stringify(pair));
  });

  it('never matches on nothing: no names, single letters, 10k-character names', () => {
    const pairs = scorePersons([
      person([]),
      person([]),
      person(['A']),
      person(['A']),
      person(['x'.repeat(10_000)]),
      person(['x'.repeat(10_000)]),
    ]);
    assert.ok(
      pairs.every((p) => p.probability < likelyThreshold),
      JSON.stringify(pairs),
    );
  });

  it('changes the fingerprint when a compared field changes, not otherwise', () => {
    const a = person(['Nguyễn Thị Ánh'], exactBirth('1998-02-03'));
    assert.equal(fingerprintOf(a), fingerprintOf({ ...a }));
    assert.notEqual(fingerprintOf(a), fingerprintOf({ ...a, names: ['Nguyễn Thị Ánh Hồng'] }));
    assert.notEqual(fingerprintOf(a), fingerprintOf({ ...a, birth_date: '1998-02-04' }));
  });

  it('keeps in the reference u within a nationality the u of every comparison not read by nationality (decision 0106)', () => {
    for (const [at, field] of parameters.fields.entries()) {
      if (personComparisons.find((c) => c.field === field)?.byNationality) continue;
      assert.deepEqual(parameters.uWithin[at], parameters.u[at], field);
    }
  });

  it('finds for a new person exactly the pairs the whole scan finds with it, with the same scores', () => {
    const population = generatedPersons(150, 24);
    const all = scorePersons(population);
    const targets = population.filter((_, i) => i % 37 === 0);
    for (const target of targets) {
      const expected = all.filter((p) => p.personA === target.id || p.personB === target.id);
      assert.deepEqual(scorePersonsAgainst(population, new Set([target.id])), expected);
    }
    const several = new Set(targets.map((t) => t.id));
    const expected = all.filter((p) => several.has(p.personA) || several.has(p.personB));
    const key = (p: { personA: string; personB: string }) => `${p.personA}:${p.personB}`;
    assert.deepEqual(
      scorePersonsAgainst(population, several).sort((a, b) => key(a).localeCompare(key(b))),
      expected.sort((a, b) => key(a).localeCompare(key(b))),
    );
    assert.ok(expected.length > 0);
  });

  it('matches a new person with the parameters just learnt on the same population as if it learnt them again', () => {
    const population = generatedPersons(1800, 25);
    assert.ok(
      population.length >= ownModelMinimum,
      `${population.length} persons: the model is learnt on them`,
    );
    const all = scorePersons(population, 'the test population');
    const target = population[11] as LinkablePerson;
    const expected = all.filter((p) => p.personA === target.id || p.personB === target.id);
    assert.ok(expected.length > 0);
    assert.deepEqual(scorePersonsAgainst(population, new Set([target.id]), 'the test population'), expected);
    assert.deepEqual(scorePersonsAgainst(population, new Set([target.id])), expected, 'as if learnt again');
  });

  for (const withKeys of [false, true])
    it(`finds through the stored blocks and counts exactly the pairs and scores of the whole scan${withKeys ? ", reading the names' stored blocks" : ''}`, async () => {
      const rizal = rizalOmars(24);
      // Two dateless women of a rare name, and 24 of a common one (decision 0193).
      const zulaikha = [person(['Zulaikha Wiryawati'], {}, 'ID'), person(['Zulaikha Wiryawati'], {}, 'ID')];
      const population = [
        ...generatedPersons(150, 26),
        ...rizal,
        ...zulaikha,
        person([]),
        person(['A'], exactBirth('1990-01-02')),
        // An alias sharing no block with the target: left unprepared when the stored blocks are read.
        person(['Nguyen Thi Anh', 'Zulkarnain Wiryawan'], exactBirth('1990-01-02')),
        person(['Nguyen Thi Anh'], exactBirth('1990-01-02')),
        // One passport on three records sharing no block: two of one woman, one of a man (decision 0121).
        { ...person(['Sumiati'], exactBirth('1994-10-10'), 'ID'), documents: [passport] },
        {
          ...person(['Siti', 'Sumiyati'], { birth_precision: 'year', birth_year: 1993 }, 'ID'),
          documents: [passport],
        },
        { ...person(['Budi Santoso'], exactBirth('1979-03-02'), 'ID'), sex: 'male', documents: [passport] },
      ];
      const stored = storedPopulation(population, withKeys);
      const all = scorePersons(population);
      const targets = [
        ...population.filter((_, i) => i % 23 === 0),
        ...population.slice(-4),
        rizal[5] as LinkablePerson,
        zulaikha[1] as LinkablePerson,
      ];
      for (const target of targets) {
        const expected = all.filter((p) => p.personA === target.id || p.personB === target.id).sort(byPair);
        assert.deepEqual((await scoreStoredAgainst(stored, [target]))?.sort(byPair), expected);
      }
      const several = new Set(targets.map((t) => t.id));
      const expected = all.filter((p) => several.has(p.personA) || several.has(p.personB)).sort(byPair);
      assert.deepEqual((await scoreStoredAgainst(stored, targets))?.sort(byPair), expected);
      assert.equal(expected.filter((p) => p.evidence.some((e) => e.field === 'document')).length, 3);
      assert.ok(pairOf(expected, zulaikha[0] as LinkablePerson, zulaikha[1] as LinkablePerson));
      assert.ok(!expected.some((p) => p.personA === rizal[5]?.id || p.personB === rizal[5]?.id));
    });

  it('matches through the stored counts with the kept parameters however old, never learning inside the match (decision 0109)', async () => {
    const population = generatedPersons(1800, 29);
    assert.ok(population.length >= ownModelMinimum);
    const all = scorePersons(population, 'an old population');
    const learnt = learntOn('an old population');
    assert.ok(learnt);
    // Learnt two hours ago on a population half the size: a scan would learn again, a match does not.
    const twoHoursAgo = Date.now() - 2 * 3_600_000;
    forgetLearnt();
    keepLearnt('an old population', {
      ...learnt,
      at: twoHoursAgo,
      persons: Math.floor(population.length / 2),
    });
    const stored = storedPopulation(population);
    for (const target of population.filter((_, i) => i % 607 === 0)) {
      const expected = all.filter((p) => p.personA === target.id || p.personB === target.id).sort(byPair);
      assert.deepEqual(
        (await scoreStoredAgainst(stored, [target], 'an old population'))?.sort(byPair),
        expected,
        'the same pairs and scores, with the kept parameters',
      );
    }
    assert.equal(learntOn('an old population')?.at, twoHoursAgo, 'nothing learnt again');
  });

  it('finds through the stored blocks the pairs of the scan with parameters learnt on the population, none without', async () => {
    const population = generatedPersons(1800, 27);
    assert.ok(population.length >= ownModelMinimum);
    const all = scorePersons(population, 'the stored population');
    const stored = storedPopulation(population);
    for (const target of population.filter((_, i) => i % 701 === 0)) {
      const expected = all.filter((p) => p.personA === target.id || p.personB === target.id).sort(byPair);
      assert.deepEqual(
        (await scoreStoredAgainst(stored, [target], 'the stored population'))?.sort(byPair),
        expected,
      );
    }
    assert.equal(
      await scoreStoredAgainst(stored, [population[0] as LinkablePerson], 'never learnt'),
      undefined,
    );
  });
});

describe('a person without any date among dateless namesakes (decision 0193)', () => {
  it('drops the pairs of a dateless woman with 24 dateless namesakes and keeps the one of a rare name, scanned or matched', async () => {
    const rizal = rizalOmars(25);
    const zulaikha = [person(['Zulaikha Wiryawati'], {}, 'ID'), person(['Zulaikha Wiryawati'], {}, 'ID')];
    const population = [...generatedPersons(60, 32), ...rizal, ...zulaikha];
    const scanned = scorePersons(population);
    const matched = await scoreStoredAgainst(storedPopulation(population, true), [
      rizal[0] as LinkablePerson,
    ]);
    assert.deepEqual(matched, []);
    assert.ok(!scanned.some((p) => rizal.some((r) => r.id === p.personA || r.id === p.personB)));
    const rare = pairOf(scanned, zulaikha[0] as LinkablePerson, zulaikha[1] as LinkablePerson);
    assert.ok(rare && !rare.evidence.some((e) => e.field === 'namesakes'), JSON.stringify(rare));
    const kept = await scoreStoredAgainst(storedPopulation(population, true), [
      zulaikha[1] as LinkablePerson,
    ]);
    assert.deepEqual(kept, [rare]);
    // Without its namesakes, a dateless Rizal Omar's pair with another is kept as scored.
    const two = scorePersons([...generatedPersons(60, 32), ...rizal.slice(0, 2)]);
    assert.ok(pairOf(two, rizal[0] as LinkablePerson, rizal[1] as LinkablePerson));
  });

  it("keeps, in a scan, the lower of a dateless pair's shares from each side; a match, its target's side", async () => {
    // Huda has no other namesake; Nurul, another name of hers, 20 dateless namesakes.
    const huda = person(['Nurul Huda'], {}, 'MY');
    const alsoRizal = person(['Nurul Huda', 'Rizal Omar'], {}, 'MY');
    const population = [...generatedPersons(60, 33), huda, alsoRizal, ...rizalOmars(20)];
    const scanned = pairOf(scorePersons(population), huda, alsoRizal);
    const matched = pairOf(scorePersonsAgainst(population, new Set([huda.id])), huda, alsoRizal);
    assert.ok(matched && matched.probability >= likelyThreshold, JSON.stringify(matched));
    assert.ok(!matched.evidence.some((e) => e.field === 'namesakes'), 'her side: one person read');
    assert.ok(scanned && scanned.probability < matched.probability / 2, JSON.stringify(scanned));
    assert.equal(scanned.evidence.at(-1)?.field, 'namesakes');
    const both = scorePersonsAgainst(population, new Set([huda.id, alsoRizal.id]));
    assert.deepEqual(pairOf(both, huda, alsoRizal), scanned, 'both matched: both sides read, as the scan');
    const stored = await scoreStoredAgainst(storedPopulation(population, true), [huda]);
    assert.deepEqual(pairOf(stored, huda, alsoRizal), matched);
  });
});

describe("a kept pair's evidence and digests (decision 0197)", () => {
  /** A target's pairs kept by `bestPairs` against every other record, shared; what `scored` was asked for. */
  const shareOf = (population: readonly LinkablePerson[], target: LinkablePerson) => {
    const records = population.flatMap(personRecords).map(prepareRecord);
    const model = personModel(records, population.length);
    const found = bestPairs(population, model);
    for (const a of records.filter((r) => r.record.id === target.id))
      for (const b of records) found.consider(a, b);
    const made: KeptPair[] = [];
    const scored = (pair: KeptPair) => {
      made.push(pair);
      return found.scored(pair);
    };
    const thresholds = { likely: likelyThreshold, review: reviewFloor, floor: reviewFloor };
    const returned = shareAmongNamesakes(
      found.pairs(),
      (id) => id === target.id,
      records,
      model,
      scored,
      thresholds,
    );
    return { kept: found.pairs(), returned, made };
  };

  it('makes them for none of the pairs the sharing drops: a dateless Rizal Omar among 24 namesakes', () => {
    const rizal = rizalOmars(25);
    const { kept, returned, made } = shareOf(
      [...generatedPersons(60, 34), ...rizal],
      rizal[0] as LinkablePerson,
    );
    assert.ok(kept.length >= 24, `${kept.length} kept`);
    assert.deepEqual(returned, []);
    assert.deepEqual(made, []);
  });

  it('makes them once for each pair returned, as the whole match does', () => {
    const target = person(['Nguyen Thi Anh'], exactBirth('1990-01-02'));
    const namesake = person(['Nguyen Thi Anh'], exactBirth('1990-01-02'));
    const population = [...generatedPersons(60, 35), target, namesake];
    const { returned, made } = shareOf(population, target);
    assert.ok(returned.length > 0);
    assert.equal(made.length, returned.length);
    const alike = pairOf(returned, target, namesake);
    assert.ok(alike, 'the namesake born the same day: returned');
    assert.deepEqual(alike, pairOf(scorePersonsAgainst(population, new Set([target.id])), target, namesake));
  });
});

describe('the match across agencies, kept to likely pairs (decision 0135)', () => {
  it('keeps with the likely threshold as its floor exactly the likely pairs the review floor keeps, with the same evidence', async () => {
    const population = generatedPersons(150, 24);
    const stored = storedPopulation(population, true);
    let [likely, below] = [0, 0];
    for (const target of population.filter((_, i) => i % 7 === 0)) {
      const all = (await scoreStoredAgainst(stored, [target]))?.sort(byPair) ?? [];
      const kept = await scoreStoredAgainst(stored, [target], undefined, undefined, likelyThreshold);
      const expected = all.filter((p) => p.probability >= likelyThreshold);
      assert.deepEqual(kept?.sort(byPair), expected, target.id);
      likely += expected.length;
      below += all.length - expected.length;
    }
    assert.ok(likely > 0 && below > 0, 'likely pairs kept, pairs under the threshold left out');
  });

  it("shares a dateless target's likely pair with its dateless namesakes below the threshold, as the review floor does (decision 0193)", async () => {
    const target = person(['Rizal Omar', 'Zulaikha Wiryawati'], {}, 'MY');
    const zulaikha = person(['Zulaikha Wiryawati'], {}, 'MY');
    const stored = storedPopulation([...generatedPersons(60, 34), target, zulaikha, ...rizalOmars(20)], true);
    const all = await scoreStoredAgainst(stored, [target]);
    const alone = pairOf(all, target, zulaikha);
    assert.ok(alone && alone.probability < likelyThreshold, JSON.stringify(alone));
    assert.deepEqual(await scoreStoredAgainst(stored, [target], undefined, undefined, likelyThreshold), []);
  });
});
