import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';
import { inTenant } from '../../db/tenant.ts';
import { platformActor } from '../../policy/policy.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { linkablePersons, storedPopulation } from './linkable-persons.repo.ts';
import { anhRecords } from './linkage.factory.ts';
import { populationOf } from './linkage.learnt.ts';
import { matchPerson } from './linkage.match.ts';
import { storedPairs, upsertCandidates } from './linkage.repo.ts';
import type { ScoredPair } from './person-scoring.ts';
import { scoreStoredAgainst } from './stored-match.ts';

const byPair = (p: { personA: string; personB: string }, q: { personA: string; personB: string }) =>
  `${p.personA}:${p.personB}`.localeCompare(`${q.personA}:${q.personB}`);

for (const kind of await testDatabaseKinds()) {
  describe(`the pairs a match stores [${kind}]`, () => {
    const platform = useTestPlatform(kind);

    it('stores every pair above the review floor with its score, weight, evidence and fingerprint to the last bit', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const persons = [];
      for (const record of [
        anhRecords.withAccents,
        anhRecords.withoutAccents,
        { ...anhRecords.withAccents, names: [{ kind: 'birth', fullName: 'Nguyen Thi Anh Hong' }] },
        anhRecords.other,
      ] as const) {
        persons.push((await personWithCase(jkm, record)).personId);
      }
      const target = persons[1] as string;
      await matchPerson(platform().db, target);
      const scope = {
        userId: platformActor.userId,
        agencyId: jkm.agencyId,
        permissions: ['person:read', 'person:link'],
      };
      const scored = await inTenant(platform().db, scope, async (tx) =>
        scoreStoredAgainst(
          storedPopulation(tx, 'agency'),
          await linkablePersons(tx, [target]),
          populationOf(jkm.agencyId),
        ),
      );
      assert.ok(scored && scored.length >= 2, 'the target has pairs to store');
      const expected = JSON.parse(JSON.stringify(scored)).sort(byPair) as ScoredPair[];
      const readStored = () =>
        platform().db.query<ScoredPair & { version: number }>(
          `select person_a as "personA", person_b as "personB", probability, weight, evidence, fingerprint, version
             from person_match_candidate where $1 in (person_a, person_b) order by person_a, person_b`,
          [target],
        );
      const stored = (await readStored()).sort(byPair);
      assert.deepEqual(
        stored.map(({ version: _, ...pair }) => pair).sort(byPair),
        expected,
        'the scored pairs, none more or less, the same numbers',
      );
      assert.ok(stored.every((pair) => pair.version === 1));

      // Stored again unchanged: nothing rescored, whether the pairs kept are told (none sent) or
      // not (every pair sent, the statement leaves them); a changed score rescores that pair only.
      for (const known of [true, false]) {
        await inTenant(platform().db, scope, async (tx) =>
          upsertCandidates(tx, jkm.agencyId, expected, known ? await storedPairs(tx, [target]) : []),
        );
        assert.deepEqual(
          (await readStored()).map((pair) => pair.version),
          stored.map(() => 1),
        );
      }
      const [first, ...rest] = expected as [ScoredPair, ...ScoredPair[]];
      const changed = { ...first, probability: first.probability / 2 };
      await inTenant(platform().db, scope, async (tx) =>
        upsertCandidates(tx, jkm.agencyId, [changed, ...rest], await storedPairs(tx, [target])),
      );
      const after = (await readStored()).sort(byPair);
      assert.deepEqual(
        after.map((pair) => [pair.personA, pair.probability, pair.version]),
        expected.map((pair, i) =>
          i === 0 ? [pair.personA, changed.probability, 2] : [pair.personA, pair.probability, 1],
        ),
      );
    });
  });
}
