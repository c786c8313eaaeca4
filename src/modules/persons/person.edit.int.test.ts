import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import {
  signInAs,
  type TestSession,
  useAppWithoutPolicyChecks,
  useTestPlatform,
} from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import type { Db } from '../../db/db.ts';
import { createJobRunner } from '../../jobs/queue.ts';
import {
  matchPersonHandler,
  matchPersonJob,
  matchPersonsHandler,
  matchPersonsJob,
} from '../linkage/index.ts';

const before = {
  names: [{ kind: 'birth', fullName: 'Rohana Kamaruddin' }],
  sex: 'female',
  birth: { precision: 'exact', date: '1995-03-09' },
  nationality: 'MY',
  documents: [{ type: 'passport', number: 'A9081726', issuingCountry: 'MY' }],
};
const after = {
  names: [
    { kind: 'birth', fullName: 'Zulaikha Hashim' },
    { kind: 'alias', fullName: 'Ika' },
  ],
  sex: 'female',
  birth: { precision: 'year', year: 1993 },
  nationality: 'ID',
  languages: ['ms', 'id'],
  documents: [{ type: 'national_id', number: '3174-0411-9301', issuingCountry: 'ID', heldBy: 'person' }],
};

/** Every counted key except those counted to nothing, as the triggers keep them. */
const counts = (db: Db) =>
  db.query<{ key: string; agency_id: string; records: number }>(
    'select key, agency_id, records from linkage_key_count where records <> 0 order by key, agency_id',
  );

for (const kind of await testDatabaseKinds()) {
  describe(`editing who a person is [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let personId: string;
    let etag: string;
    const found = async (query: string) => {
      const response = await jkm.request('GET', `/api/persons/matches?${query}&limit=50`);
      assert.equal(response.statusCode, 200, response.body);
      return (response.json().items as { id: string }[]).some((item) => item.id === personId);
    };

    it('reads a person with the version to edit on', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const created = await jkm.request('POST', '/api/persons', before);
      assert.equal(created.statusCode, 201, created.body);
      personId = created.json().id;
      await createJobRunner(platform().db, {
        handlers: { [matchPersonJob]: matchPersonHandler(platform().db) },
      }).drain();
      const read = await jkm.request('GET', `/api/persons/${personId}`);
      assert.equal(read.statusCode, 200, read.body);
      etag = String(read.headers.etag);
      assert.equal(etag, `"${read.json().version}"`);
    });

    it('refuses an edit without If-Match (428), on an older version (412), or with invalid fields (400)', async () => {
      const url = `/api/persons/${personId}`;
      const none = await jkm.request('PUT', url, after);
      assert.equal(none.statusCode, 428, none.body);
      const stale = await jkm.request('PUT', url, after, { 'if-match': '"999"' });
      assert.equal(stale.statusCode, 412, stale.body);
      assert.equal(stale.json().code, 'person_changed');
      const invalid = await jkm.request(
        'PUT',
        url,
        { ...after, names: [], nationality: 'Malaysia' },
        { 'if-match': etag },
      );
      assert.equal(invalid.statusCode, 400, invalid.body);
      const fields = (invalid.json().errors as { field: string }[]).map((e) => e.field).sort();
      assert.deepEqual(fields, ['names', 'nationality']);
      const future = await jkm.request(
        'PUT',
        url,
        { ...after, birth: { precision: 'exact', date: '2999-01-01' } },
        { 'if-match': etag },
      );
      assert.equal(future.statusCode, 400, future.body);
      assert.deepEqual(
        (future.json().errors as { field: string }[]).map((e) => e.field),
        ['birth.date'],
      );
      const unknownLanguage = await jkm.request(
        'PUT',
        url,
        { ...after, languages: ['ms', 'zzz'] },
        { 'if-match': etag },
      );
      assert.equal(unknownLanguage.statusCode, 400, unknownLanguage.body);
      assert.deepEqual(
        (unknownLanguage.json().errors as { field: string; code: string }[]).map((e) => [e.field, e.code]),
        [['languages.1', 'language_unknown']],
      );
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      const other = await kbri.request('PUT', url, after, { 'if-match': etag });
      assert.equal(other.statusCode, 404, other.body);
      const read = await jkm.request('GET', url);
      assert.equal(read.headers.etag, etag, 'nothing written');
      assert.equal(read.json().names[0].fullName, 'Rohana Kamaruddin');
    });

    it('writes the edit, audits which parts changed and queues the match again', async () => {
      const { db } = platform();
      await db.query('select lindung_recount_linkage_keys()');
      const countedBefore = await counts(db);
      const response = await jkm.request('PUT', `/api/persons/${personId}`, after, { 'if-match': etag });
      assert.equal(response.statusCode, 200, response.body);
      const person = response.json();
      assert.notEqual(response.headers.etag, etag);
      assert.equal(response.headers.etag, `"${person.version}"`);
      assert.deepEqual(
        person.names.map((n: { fullName: string }) => n.fullName),
        ['Zulaikha Hashim', 'Ika'],
      );
      assert.deepEqual(person.birth, { precision: 'year', year: 1993 });
      assert.equal(person.nationality, 'ID');
      assert.deepEqual(person.languages, ['ms', 'id']);
      assert.equal(person.documents[0].number, '3174-0411-9301');

      const [audit] = await db.query<{ detail: { changed: string[] } }>(
        `select detail from audit_event where action = 'person.update' and outcome = 'success' and subject_id = $1`,
        [personId],
      );
      assert.deepEqual(audit?.detail.changed, ['names', 'birth', 'nationality', 'languages', 'documents']);
      assert.ok(!JSON.stringify(audit).includes('Zulaikha'), 'no name in the audit');

      const jobs = await db.query<{ payload: { personIds: string[] } }>(
        `select payload from job where kind = $1 and status = 'queued'`,
        [matchPersonsJob],
      );
      assert.deepEqual(
        jobs.map((j) => j.payload.personIds),
        [[personId]],
      );

      // The counts kept by the triggers are what counting every name again gives.
      const countedAfter = await counts(db);
      assert.notDeepEqual(countedAfter, countedBefore);
      await db.query('select lindung_recount_linkage_keys()');
      assert.deepEqual(countedAfter, await counts(db));
    });

    it('is found by the new name and document, no longer by the old', async () => {
      assert.equal(await found('name=Zulaikha%20Hashim'), true);
      assert.equal(await found('name=Rohana%20Kamaruddin'), false);
      assert.equal(await found('documentNumber=3174-0411-9301'), true);
      assert.equal(await found('documentNumber=A9081726'), false);
    });

    it('is matched by its new name and date against the persons held', async () => {
      const { db } = platform();
      const twin = await jkm.request('POST', '/api/persons', {
        names: [{ fullName: 'ZULAIKHA HASHIM' }],
        sex: 'female',
        birth: { precision: 'year', year: 1993 },
        nationality: 'ID',
      });
      assert.equal(twin.statusCode, 201, twin.body);
      const twinId = twin.json().id;
      await db.query(`update job set status = 'done' where kind = $1 and payload->>'personId' = $2`, [
        matchPersonJob,
        twinId,
      ]);
      const ran = await createJobRunner(db, {
        handlers: { [matchPersonsJob]: matchPersonsHandler(db) },
      }).drain();
      assert.equal(ran, 1);
      const pairs = await db.query<{ probability: number }>(
        `select probability from person_match_candidate
          where (person_a, person_b) in (($1::uuid, $2::uuid), ($2::uuid, $1::uuid))`,
        [personId, twinId],
      );
      assert.equal(pairs.length, 1, 'the pair found by the match queued with the edit');
      assert.ok((pairs[0]?.probability ?? 0) >= 0.5);
    });

    /* With the application's checks switched off, what the database allows by itself. */
    describe('editing a person in the database', () => {
      const rlsOnly = useAppWithoutPolicyChecks(platform);
      const asTenant = tenantQuery(() => rlsOnly().db);
      const writer = ['person:read', 'person:write'];

      it("lets no other agency and no reader without person:write change a person's names, documents or row", async () => {
        const jkm = await signInAs(rlsOnly().app, 'cm.jkm@demo.lindung.org');
        const kbri = await signInAs(rlsOnly().app, 'cm.kbri@demo.lindung.org');
        const created = await jkm.request('POST', '/api/persons', before);
        assert.equal(created.statusCode, 201, created.body);
        const id = created.json().id;
        for (const [who, permissions] of [
          [kbri, writer],
          [jkm, ['person:read']],
        ] as const) {
          const names = await asTenant(
            who,
            [...permissions],
            'delete from person_name where person_id = $1 returning id',
            [id],
          );
          assert.deepEqual(names, []);
          const documents = await asTenant(
            who,
            [...permissions],
            'delete from identity_document where person_id = $1 returning id',
            [id],
          );
          assert.deepEqual(documents, []);
        }
        const moved = await asTenant(
          kbri,
          writer,
          `update person set sex = 'male' where id = $1 returning id`,
          [id],
        );
        assert.deepEqual(moved, []);
        await assert.rejects(
          asTenant(jkm, ['person:read'], `update person set sex = 'male' where id = $1`, [id]),
          (error: { code?: string }) => error.code === '42501',
        );
        const [row] = await rlsOnly().db.query<{
          sex: string;
          version: number;
          names: number;
          documents: number;
        }>(
          `select sex, version, (select count(*)::int from person_name where person_id = p.id) as names,
                (select count(*)::int from identity_document where person_id = p.id) as documents
           from person p where id = $1`,
          [id],
        );
        assert.deepEqual(row, { sex: 'female', version: 1, names: 1, documents: 1 });
        const own = await asTenant(
          jkm,
          writer,
          `update person set sex = 'other' where id = $1 returning version`,
          [id],
        );
        assert.deepEqual(own, [{ version: 2 }], 'the version moves with every change');
      });
    });
  });
}
