import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { generateVariantSet } from '../../../bench/support/se-asian-variants.ts';
import { testDatabaseKinds, useFreshDatabase } from '../../../test/support/databases.ts';
import { relearnStaleAgencies } from './linkage.learnt.ts';
import { forgetLearnt, ownModelMinimum } from './person-model.ts';

/** Generated Southeast Asian names with their birth years (bench/support/se-asian-variants.ts). */
const names = generateVariantSet(1900, 31).map((r) => ({
  name: r.name as string,
  year: r.birth ? Number(r.birth.slice(0, 4)) : null,
}));

for (const kind of await testDatabaseKinds()) {
  describe(`the scheduled scan learning an agency's parameters again (decision 0109) [${kind}]`, () => {
    const db = useFreshDatabase(kind);
    const agency = randomUUID();
    /** Adds persons to the agency, each with one name and, where known, a birth year. */
    const addPersons = async (from: number, to: number) => {
      const added = names.slice(from, to).map((n) => ({ ...n, id: randomUUID() }));
      const ids = added.map((p) => p.id);
      await db().query(
        `insert into person (id, agency_id, birth_precision, birth_year)
         select id, $1, case when year is null then 'unknown' else 'year' end, year
           from unnest($2::uuid[], $3::int[]) as p(id, year)`,
        [agency, ids, added.map((p) => p.year)],
      );
      await db().query(
        `insert into person_name (person_id, agency_id, kind, full_name)
         select id, $1, 'birth', name from unnest($2::uuid[], $3::text[]) as n(id, name)`,
        [agency, ids, added.map((p) => p.name)],
      );
    };
    const learnt = async () =>
      (
        await db().query<{ persons: number; learnt_at: Date }>(
          'select persons, learnt_at from linkage_learnt_parameters where agency_id = $1',
          [agency],
        )
      )[0];

    before(async () => {
      assert.ok(names.length >= ownModelMinimum * 1.07);
      await db().query(
        `insert into agency (id, name, type, country) values ($1, 'Agency', 'welfare', 'MY')`,
        [agency],
      );
      await addPersons(0, ownModelMinimum);
      forgetLearnt();
    });

    it('learns the parameters of an agency large enough for its own model that has none kept', async () => {
      assert.equal(await learnt(), undefined);
      assert.deepEqual(await relearnStaleAgencies(db()), [agency]);
      assert.equal((await learnt())?.persons, ownModelMinimum);
    });

    it('leaves parameters learnt less than a day ago on the same population alone', async () => {
      const before = await learnt();
      assert.deepEqual(await relearnStaleAgencies(db()), []);
      assert.deepEqual(await learnt(), before);
    });

    it('learns again the parameters kept for a day', async () => {
      await db().query(
        `update linkage_learnt_parameters set learnt_at = now() - interval '1 day' where agency_id = $1`,
        [agency],
      );
      const dayOld = (await learnt())?.learnt_at as Date;
      assert.deepEqual(await relearnStaleAgencies(db()), [agency]);
      assert.ok(((await learnt())?.learnt_at as Date) > dayOld);
    });

    it('learns again the parameters of a population grown by more than 5 %, not by less', async () => {
      await addPersons(ownModelMinimum, ownModelMinimum * 1.04);
      assert.deepEqual(await relearnStaleAgencies(db()), [], 'grown by 4 %');
      await addPersons(ownModelMinimum * 1.04, ownModelMinimum * 1.06);
      assert.deepEqual(await relearnStaleAgencies(db()), [agency], 'grown by 6 %');
      assert.equal((await learnt())?.persons, ownModelMinimum * 1.06);
    });
  });
}
