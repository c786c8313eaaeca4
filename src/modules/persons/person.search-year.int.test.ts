import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';

/**
 * Issue 8, decision 0074: a search with a year of birth reads a common name's bearers born near
 * that year first (migrations 0192, 0193), so that among more bearers than the look-up reads back,
 * the one born that year is found.
 */
interface Match {
  id: string;
  reasons: { on: string }[];
}

/** More bearers of one name than a search reads back (10 × the limit of 10). */
const bearers = 400;

for (const kind of await testDatabaseKinds()) {
  describe(`person search with a year of birth reads the name's bearers born near it [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let agency: string;
    let target: string;

    const search = async (query: Record<string, string>) => {
      const response = await jkm.request(
        'GET',
        `/api/persons/matches?${new URLSearchParams({ ...query, limit: '10' })}`,
      );
      assert.equal(response.statusCode, 200, response.body);
      return response.json().items as Match[];
    };
    const postedYears = async (person: string) =>
      (
        await platform().db.query<{ year: number }>(
          'select distinct birth_year as year from person_name_word where person_id = $1 order by 1',
          [person],
        )
      ).map((row) => row.year);

    before(async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const created = await jkm.request('POST', '/api/persons', { names: [{ fullName: 'Dewi Lestari' }] });
      assert.equal(created.statusCode, 201, created.body);
      const { db } = platform();
      const [row] = await db.query<{ agency_id: string }>('select agency_id from person where id = $1', [
        created.json().id,
      ]);
      agency = row?.agency_id as string;
      // Written as the owner without keys, so that only the look-up by words can find them: 400
      // bearers born in 1980, then one born in 1995.
      await db.query(
        `with made as (
           insert into person (agency_id, birth_precision, birth_year)
           select $1, 'year', 1980 from generate_series(1, $2) returning id
         )
         insert into person_name (person_id, agency_id, kind, full_name) select id, $1, 'birth', 'Siti Aminah' from made`,
        [agency, bearers],
      );
      const [made] = await db.query<{ id: string }>(
        `insert into person (agency_id, birth_precision, birth_year) values ($1, 'year', 1995) returning id`,
        [agency],
      );
      target = made?.id as string;
      await db.query(
        `insert into person_name (person_id, agency_id, kind, full_name) values ($1, $2, 'birth', 'Siti Aminah')`,
        [target, agency],
      );
    });

    it("posts a name's words with its person's year of birth, 0 when unknown", async () => {
      assert.deepEqual(await postedYears(target), [1995]);
      const [dewi] = await platform().db.query<{ id: string }>(
        `select person_id as id from person_name where full_name = 'Dewi Lestari' and agency_id = $1`,
        [agency],
      );
      assert.deepEqual(await postedYears(dewi?.id as string), [0]);
    });

    it('finds the bearer born that year among more bearers than it reads back, by year or by date', async () => {
      const byYear = await search({ name: 'Siti Aminah', birthYear: '1995' });
      assert.equal(byYear[0]?.id, target);
      assert.ok(byYear[0]?.reasons.some((reason) => reason.on === 'birth_year'));
      const byDate = await search({ name: 'Siti Aminah', birthDate: '1995-06-01' });
      assert.equal(byDate[0]?.id, target);
      // Two years off still reads the bearers near it: the 1995 one is listed, ranked "near".
      const near = await search({ name: 'Siti Aminah', birthYear: '1997' });
      assert.equal(near[0]?.id, target);
      assert.ok(near[0]?.reasons.some((reason) => reason.on === 'birth_year_near'));
      // By name alone, ten of the bearers, whoever they are.
      assert.equal((await search({ name: 'Siti Aminah' })).length, 10);
    });

    it("moves a person's postings to the new year when the birth changes, and finds her by it", async () => {
      const { db } = platform();
      await db.query(
        `update person set birth_precision = 'estimated', birth_year = null, estimated_age = 30,
                estimated_on = '2020-03-01' where id = $1`,
        [target],
      );
      assert.deepEqual(await postedYears(target), [1990]);
      assert.equal((await search({ name: 'Siti Aminah', birthYear: '1990' }))[0]?.id, target);
      await db.query(
        `update person set birth_precision = 'unknown', estimated_age = null, estimated_on = null where id = $1`,
        [target],
      );
      assert.deepEqual(await postedYears(target), [0]);
      await db.query(`update person set birth_precision = 'exact', birth_date = '1972-02-29' where id = $1`, [
        target,
      ]);
      assert.deepEqual(await postedYears(target), [1972]);
      assert.equal((await search({ name: 'Siti Aminah', birthYear: '1972' }))[0]?.id, target);
    });
  });
}
