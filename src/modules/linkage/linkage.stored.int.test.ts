import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateVariantSet } from '../../../bench/support/se-asian-variants.ts';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { inTenant } from '../../db/tenant.ts';
import { platformActor } from '../../policy/policy.ts';
import { nameKeysFor } from '../persons/person-name-keys.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { linkablePersons, storedPopulation } from './linkable-persons.repo.ts';
import { anhRecords } from './linkage.factory.ts';
import { populationOf, withLearntParameters } from './linkage.learnt.ts';
import { forgetLearnt, learntOn, ownModelMinimum } from './person-model.ts';
import {
  type LinkablePerson,
  likelyThreshold,
  type ScoredPair,
  scorePersons,
  scorePersonsAgainst,
} from './person-scoring.ts';
import { PreparedRecords } from './prepared-records.ts';
import { scoreStoredAgainst } from './stored-match.ts';

const byPair = (p: ScoredPair, q: ScoredPair) =>
  `${p.personA}:${p.personB}`.localeCompare(`${q.personA}:${q.personB}`);

/** What the triggers should have counted, counted again from the names and persons themselves. */
const recount = `
  select key, agency_id, count(*)::integer as records from (
    select unnest(n.linkage_keys || array['#names']
             || case when n.linkage_value <> '' then array['#named', '=' || n.linkage_value] else '{}' end
             || lindung_search_key_counted(n.match_keys, n.phonetic_keys)) as key,
           n.agency_id
      from person_name n
    union all select '#persons', agency_id from person) k
   group by key, agency_id`;

for (const kind of await testDatabaseKinds()) {
  describe(`a person's match through the stored blocks and counts [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    const persons: string[] = [];

    it('stores with each name the blocks and name value the model computes from it and the birth', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      for (const [session, record] of [
        [jkm, anhRecords.withAccents],
        [jkm, anhRecords.withoutAccents],
        [
          jkm,
          {
            ...anhRecords.other,
            names: [...anhRecords.other.names, { kind: 'alias', fullName: 'Binh Tran' }],
          },
        ],
        [jkm, { ...anhRecords.withAccents, names: [{ kind: 'birth', fullName: 'Nguyen Thi Anh Hong' }] }],
        [kbri, anhRecords.withoutAccents],
      ] as const) {
        persons.push((await personWithCase(session, record)).personId);
      }
      const names = await platform().db.query<{
        full_name: string;
        linkage_keys: string[];
        linkage_value: string;
        birth_precision: string;
        birth_date: string | null;
        birth_year: number | null;
        estimated_age: number | null;
        estimated_on: string | null;
      }>(
        `select n.full_name, n.linkage_keys, n.linkage_value, p.birth_precision,
                to_char(p.birth_date, 'YYYY-MM-DD') as birth_date, p.birth_year, p.estimated_age,
                to_char(p.estimated_on, 'YYYY-MM-DD') as estimated_on
           from person_name n join person p on p.id = n.person_id where p.id = any ($1::uuid[])`,
        [persons],
      );
      assert.equal(names.length, 6);
      for (const name of names) {
        const keys = nameKeysFor(name.full_name, name);
        assert.deepEqual([name.linkage_keys, name.linkage_value], [keys.linkageKeys, keys.linkageValue]);
        assert.ok(name.linkage_keys.length > 0 && name.linkage_value !== '');
      }
    });

    it('keeps the counts equal to the names and persons as they are, names deleted included', async () => {
      const db = platform().db;
      await db.query(`delete from person_name where person_id = $1 and kind = 'alias'`, [persons[2]]);
      const key = (r: { key: string; agency_id: string }) => `${r.key} ${r.agency_id}`;
      const expected = await db.query<{ key: string; agency_id: string; records: number }>(recount);
      const counted = await db.query<{ key: string; agency_id: string; records: number }>(
        'select key, agency_id, records from linkage_key_count where records <> 0',
      );
      assert.deepEqual(
        counted.map((r) => `${key(r)} ${r.records}`).sort(),
        expected.map((r) => `${key(r)} ${r.records}`).sort(),
      );
    });

    it('finds for each person the pairs and scores a match over the whole population finds', async () => {
      const scope = {
        userId: platformActor.userId,
        agencyId: jkm.agencyId,
        permissions: ['person:read', 'person:link'],
      };
      await inTenant(platform().db, scope, async (tx) => {
        const everyone = await linkablePersons(tx);
        let pairs = 0;
        for (const person of everyone) {
          const expected = scorePersonsAgainst(everyone, new Set([person.id])).sort(byPair);
          const stored = await scoreStoredAgainst(storedPopulation(tx, 'agency'), [person]);
          assert.deepEqual(stored?.sort(byPair), expected, person.id);
          pairs += expected.length;
        }
        assert.ok(pairs > 0);
      });
      await platform().db.transaction(async (tx) => {
        const everyone = await linkablePersons(tx);
        const targets = everyone.filter((p) => persons.includes(p.id));
        const expected = scorePersonsAgainst(everyone, new Set(persons)).sort(byPair);
        assert.ok(
          expected.some((p) => p.personA === persons[4] || p.personB === persons[4]),
          'across agencies',
        );
        assert.deepEqual(
          (await scoreStoredAgainst(storedPopulation(tx, 'owner'), targets))?.sort(byPair),
          expected,
        );
      });
    });

    it("finds across agencies, reading only the other agencies' persons, the likely pairs with them a match over every person finds (decision 0135)", async () => {
      const prepared = new PreparedRecords();
      let elsewhere = 0;
      await platform().db.transaction(async (tx) => {
        const everyone = await linkablePersons(tx);
        const agencies = new Map(
          (await tx.query<{ id: string; agency_id: string }>('select id, agency_id from person')).map((p) => [
            p.id,
            p.agency_id,
          ]),
        );
        for (const id of persons.filter((p) => agencies.get(p) === jkm.agencyId)) {
          const target = everyone.filter((p) => p.id === id);
          const expected = scorePersonsAgainst(everyone, new Set([id]))
            .filter(
              (p) => p.probability >= likelyThreshold && agencies.get(p.personA) !== agencies.get(p.personB),
            )
            .sort(byPair);
          const found = await scoreStoredAgainst(
            storedPopulation(tx, 'owner', jkm.agencyId),
            target,
            undefined,
            prepared,
            likelyThreshold,
          );
          assert.deepEqual(found?.sort(byPair), expected, id);
          elsewhere += expected.length;
        }
      });
      assert.ok(elsewhere > 0 && prepared.size > 0, "likely pairs with another agency's persons");
    });

    it('meets a person without a date, and one with a year alone a year off, through the stored blocks as the scan does (decision 0104)', async () => {
      const made: string[] = [];
      for (const [fullName, birth] of [
        // Two words: a name of one word with no date behind it is too weak to queue (decision 0114).
        ['Sunarti Wulandari', { precision: 'unknown' }],
        ['Sunarti Wulandari', { precision: 'exact', date: '1990-04-02' }],
        ['Sunarti Wulandari', { precision: 'exact', date: '1975-06-07' }],
        ['Pravatsak', { precision: 'year', year: 1990 }],
        ['Pravatsak', { precision: 'exact', date: '1991-05-06' }],
      ] as const) {
        const person = { names: [{ kind: 'birth', fullName }], sex: 'female', birth, nationality: 'ID' };
        made.push((await personWithCase(jkm, person)).personId);
      }
      const [dateless, in1990, in1975, yearAlone, in1991] = made as [string, string, string, string, string];
      await platform().db.transaction(async (tx) => {
        const everyone = await linkablePersons(tx);
        const partnersOf = async (id: string) => {
          const target = everyone.find((p) => p.id === id) as LinkablePerson;
          const expected = scorePersonsAgainst(everyone, new Set([id])).sort(byPair);
          assert.deepEqual(
            (await scoreStoredAgainst(storedPopulation(tx, 'owner'), [target]))?.sort(byPair),
            expected,
          );
          return expected.map((p) => (p.personA === id ? p.personB : p.personA)).sort();
        };
        assert.deepEqual(await partnersOf(dateless), [in1990, in1975].sort());
        assert.deepEqual(await partnersOf(in1990), [dateless], 'two dates 15 years apart never meet');
        assert.deepEqual(await partnersOf(yearAlone), [in1991]);
      });
    });

    it('keeps the parameters learnt on a population in the database for a process that did not learn them', async () => {
      const persons: LinkablePerson[] = generateVariantSet(1800, 28).map((r, i) => ({
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        names: [r.name as string],
        sex: 'female',
        birth_precision: r.birth ? 'year' : 'unknown',
        birth_date: null,
        birth_year: r.birth ? Number(r.birth.slice(0, 4)) : null,
        estimated_age: null,
        estimated_on: null,
        nationality: r.nationality ?? null,
      }));
      assert.ok(persons.length >= ownModelMinimum);
      const population = populationOf(jkm.agencyId);
      const scope = {
        userId: platformActor.userId,
        agencyId: jkm.agencyId,
        permissions: ['person:read', 'person:link'],
      };
      forgetLearnt();
      await inTenant(platform().db, scope, (tx) =>
        withLearntParameters(tx, jkm.agencyId, () => scorePersons(persons, population)),
      );
      const learnt = learntOn(population);
      assert.ok(learnt);
      forgetLearnt();
      const restored = await inTenant(platform().db, scope, (tx) =>
        withLearntParameters(tx, jkm.agencyId, () => learntOn(population)),
      );
      const parameters = (p: ReturnType<typeof learntOn>) =>
        p && [p.persons, p.at, p.model.prior, p.model.m, p.model.u, p.model.randomU];
      assert.deepEqual(parameters(restored), parameters(learnt), 'the same numbers, to the last bit');
      const other = { ...scope, agencyId: platform().agencyIds.kbri };
      forgetLearnt();
      await inTenant(platform().db, other, (tx) => withLearntParameters(tx, other.agencyId, () => undefined));
      assert.equal(learntOn(population), undefined, 'another agency reads none of them');
    });
  });
}
