import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';

/** Decision 0130: a search by a whole date of birth alone, optionally with a nationality. */
for (const kind of await testDatabaseKinds()) {
  describe(`person search by date of birth without a name [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    const ids: Record<string, string> = {};
    const record = async (session: TestSession, key: string, birth: object, nationality: string) => {
      const response = await session.request('POST', '/api/persons', {
        names: [{ fullName: `Orang ${key}` }],
        birth,
        nationality,
      });
      assert.equal(response.statusCode, 201, response.body);
      ids[key] = response.json().id;
    };
    const search = async (query: string) => {
      const response = await jkm.request('GET', `/api/persons/matches?${query}`);
      assert.equal(response.statusCode, 200, response.body);
      const found = (response.json().items as { id: string }[]).map((item) => item.id);
      // Only the persons of this test, in the order found: the demo's persons are born elsewhen.
      const ours = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
      return found.flatMap((id) => ours.get(id) ?? []);
    };

    it('records persons born near 1931 at two agencies', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      await record(jkm, 'sameDate', { precision: 'exact', date: '1931-03-10' }, 'VN');
      await record(jkm, 'sameYear', { precision: 'exact', date: '1931-07-01' }, 'MY');
      await record(jkm, 'yearAfter', { precision: 'year', year: 1932 }, 'VN');
      await record(jkm, 'twoBefore', { precision: 'year', year: 1929 }, 'VN');
      await record(jkm, 'farOff', { precision: 'exact', date: '1926-03-10' }, 'VN');
      await record(jkm, 'unknown', { precision: 'unknown' }, 'VN');
      await record(kbri, 'otherAgency', { precision: 'exact', date: '1931-03-10' }, 'VN');
      await record(jkm, 'erased', { precision: 'exact', date: '1931-03-10' }, 'VN');
      // Erasure (retention) keeps the birth but not the person: never found again.
      await platform().db.query('update person set anonymised_at = now() where id = $1', [ids.erased]);
    });

    it('finds by a date alone those born that day, then births known by year within two years, nearest first', async () => {
      // Another whole date of the same year is another person; an erased person is found by nothing.
      assert.deepEqual(await search('birthDate=1931-03-10'), ['sameDate', 'yearAfter', 'twoBefore']);
    });

    it('says a whole date agreed as birth_date, and a year (or one near it) as birth_year', async () => {
      const response = await jkm.request('GET', '/api/persons/matches?birthDate=1931-03-10');
      const matchedOn = new Map(
        (response.json().items as { id: string; matchedOn: string[] }[]).map((item) => [
          item.id,
          item.matchedOn,
        ]),
      );
      assert.deepEqual(matchedOn.get(ids.sameDate as string), ['birth_date']);
      assert.deepEqual(matchedOn.get(ids.yearAfter as string), ['birth_year']);
    });

    it('keeps to a nationality given with the date', async () => {
      assert.deepEqual(await search('birthDate=1931-07-01&nationality=MY'), ['sameYear']);
      assert.deepEqual(await search('birthDate=1931-07-01&nationality=VN'), ['yearAfter', 'twoBefore']);
    });

    it('never lists another agency’s person, and audits the search by what it was on, never the values', async () => {
      assert.ok(!(await search('birthDate=1931-03-10&limit=50')).includes('otherAgency'));
      const [entry] = await platform().db.query<{ detail: { on: string[]; persons: string[] } }>(
        `select detail from audit_event where action = 'person.search' and actor_user_id = $1 order by id desc limit 1`,
        [jkm.userId],
      );
      assert.deepEqual(entry?.detail.on, ['birthDate']);
      assert.ok(!JSON.stringify(entry).includes('1931'));
      assert.ok(entry?.detail.persons.includes(ids.sameDate as string));
    });

    it('refuses a year or a nationality alone, which would list a whole people, with its own code', async () => {
      for (const query of ['nationality=VN', 'birthYear=1931', 'birthYear=1931&nationality=VN']) {
        const response = await jkm.request('GET', `/api/persons/matches?${query}`);
        assert.equal(response.statusCode, 400, `${query}: ${response.body}`);
        assert.equal(response.json().errors[0].code, 'name_document_or_birth_required');
        assert.equal(response.json().errors[0].field, 'query.name');
      }
    });
  });
}
