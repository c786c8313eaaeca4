import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';

/** A plan's nodes, each with the nodes below it. */
type PlanNode = Record<string, unknown> & { Plans?: PlanNode[] };
const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

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
      // The persons shown are random uuids, which can hold the digits 1931: read apart from them.
      assert.ok(!JSON.stringify({ ...entry?.detail, persons: undefined }).includes('1931'));
      assert.ok(entry?.detail.persons.includes(ids.sameDate as string));
    });

    it('reads in the database only the agency’s own persons, and none without person:read', async () => {
      const asTenant = tenantQuery(() => platform().db);
      const lookUp = `select person_id from lindung_persons_born_near('1931-03-10', null, 50)`;
      const found = await asTenant(jkm, ['person:read'], lookUp);
      assert.deepEqual(
        found.map((row) => row.person_id),
        [ids.sameDate, ids.yearAfter, ids.twoBefore],
      );
      assert.deepEqual(await asTenant(jkm, ['case:read'], lookUp), []);
    });

    it('reads the persons born near the date through an index that leads with the agency (decision 0137)', async () => {
      // The look-up's own statement, as the function holds it, with the values written in; sequential
      // scans priced out so that the plan says which index the statement can use, on a few rows too.
      const plan = await platform().db.transaction(async (tx) => {
        await tx.query('set local enable_seqscan = off');
        const [fn] = await tx.query<{ prosrc: string }>(
          `select prosrc from pg_proc where proname = 'lindung_persons_born_near'`,
        );
        const statement = String(fn?.prosrc)
          .replace(/\bborn\b/g, `'1931-03-10'::date`)
          .replace(/\bwanted_nationality\b/g, 'null::text')
          .replace(/\bcandidates\b/g, '50');
        const [row] = await tx.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
          `explain (format json) ${statement}`,
        );
        return row?.['QUERY PLAN'][0].Plan as PlanNode;
      });
      const personScans = nodesOf(plan).filter((node) => node['Relation Name'] === 'person');
      assert.equal(personScans.length, 2, JSON.stringify(plan));
      for (const scan of personScans) {
        assert.equal(scan['Index Name'], 'person_agency_birth', JSON.stringify(scan));
        assert.match(String(scan['Index Cond']), /agency_id = /);
      }
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
