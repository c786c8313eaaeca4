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
import { personWithCase } from '../referrals/referral.factory.ts';
import { anhRecords } from './linkage.factory.ts';
import {
  matchPerson,
  matchPersonHandler,
  matchPersonJob,
  matchPersons,
  matchPersonsHandler,
  matchPersonsJob,
} from './linkage.match.ts';

/** An HTCDS record of a victim, with the fields the linkage model reads. */
const record = (first: string, second: string, birth: string, nationality: string, gender = 'Female') => ({
  prs_FirstName: first,
  prs_SecondName: second,
  prs_Gender: gender,
  prs_Birthdate: birth,
  prs_Nationality: nationality,
  vic_TraffickingStatus: 'PossibleVictimOfTrafficking',
  vic_TypeOfExploitation: ['ForcedLabour'],
  cas_Status: 'Active',
});

/** The queued pairs and hints of these persons as stored, without ids, times or versions. */
async function outcome(db: Db, ids: readonly string[]) {
  const pairs = await db.query(
    `select agency_id, person_a, person_b, probability, weight, evidence, fingerprint, status
       from person_match_candidate where person_a = any ($1::uuid[]) or person_b = any ($1::uuid[])
      order by person_a, person_b`,
    [ids],
  );
  const hints = await db.query(
    `select agency_id, person_id, other_agency_id, probability from person_match_hint
      order by person_id, other_agency_id`,
  );
  return { pairs, hints };
}

for (const kind of await testDatabaseKinds()) {
  describe(`an import's persons matched by one job [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    const drain = (handlers: Parameters<typeof createJobRunner>[1]['handlers']) =>
      createJobRunner(platform().db, { handlers }).drain();
    let jkm: TestSession;
    let imported: string[];
    let existing: string;

    it('queues one job naming every imported person, in the import transaction, and none per person', async () => {
      const { app, db } = platform();
      jkm = await signInAs(app, 'cm.jkm@demo.lindung.org');
      const molisa = await signInAs(app, 'cm.molisa@demo.lindung.org');
      existing = (await personWithCase(jkm, anhRecords.withAccents)).personId;
      await personWithCase(molisa, anhRecords.withoutAccents);
      await drain({ [matchPersonJob]: matchPersonHandler(db) });
      const response = await jkm.request('POST', '/api/opendata/htcds', {
        standard: 'HTCDS field reference 0.2 (with 2.0 victim-context fields)',
        organisation: { org_Name: 'Partner NGO' },
        records: [
          // The woman JKM and MOLISA already hold, written twice more, and two other persons.
          record('Thi Anh', 'Nguyen', '1998-02-03', 'VN'),
          record('Thị Ánh', 'Nguyễn', '1998-02-03', 'VN'),
          record('Siti Nurhaliza', 'binti Tarudin', '2001-07-14', 'MY'),
          record('Aung Ko', 'Ko', '1990-05-05', 'MM', 'Male'),
        ],
      });
      assert.equal(response.statusCode, 201, response.body);
      const jobs = await db.query<{ kind: string; payload: { personIds?: string[]; personId?: string } }>(
        `select kind, payload from job where kind in ($1, $2) and status = 'queued'`,
        [matchPersonJob, matchPersonsJob],
      );
      assert.deepEqual(
        jobs.map((j) => j.kind),
        [matchPersonsJob],
      );
      imported = jobs[0]?.payload.personIds ?? [];
      assert.equal(imported.length, 4);
      const held = await db.query<{ id: string }>(
        `select p.id from person p join case_person cp on cp.person_id = p.id
           join case_file c on c.id = cp.case_id where c.reference = any ($1::text[]) order by p.id`,
        [(response.json().cases as { reference: string }[]).map((c) => c.reference)],
      );
      assert.deepEqual(
        held.map((p) => p.id),
        [...imported].sort(),
        'the job names exactly the imported persons',
      );
    });

    it('gives the pairs and hints that one job per person gives', async () => {
      const { db } = platform();
      const hintsBefore = await db.query<Record<string, unknown>>(
        'select agency_id, person_id, other_agency_id, probability, found_at from person_match_hint',
      );
      assert.equal(await drain({ [matchPersonsJob]: matchPersonsHandler(db) }), 1);
      const batch = await outcome(db, imported);
      const within = batch.pairs.filter(
        (p) => imported.includes(String(p.person_a)) && imported.includes(String(p.person_b)),
      );
      assert.ok(within.length >= 1, 'a pair between two imported persons');
      assert.ok(
        batch.pairs.some((p) => [p.person_a, p.person_b].includes(existing)),
        'a pair with a person held before',
      );
      assert.ok(
        batch.hints.some((h) => imported.includes(String(h.person_id))),
        'a hint of the match held by another agency',
      );

      // The same persons matched one job at a time, from the same starting point.
      await db.transaction(async (tx) => {
        await tx.query(
          'delete from person_match_candidate where person_a = any ($1::uuid[]) or person_b = any ($1::uuid[])',
          [imported],
        );
        await tx.query('delete from person_match_hint');
        await tx.query(
          `insert into person_match_hint (agency_id, person_id, other_agency_id, probability, found_at)
           select agency_id, person_id, other_agency_id, probability, found_at
             from jsonb_to_recordset($1::jsonb)
               as h(agency_id uuid, person_id uuid, other_agency_id uuid, probability float8, found_at timestamptz)`,
          [JSON.stringify(hintsBefore)],
        );
      });
      for (const id of imported) await matchPerson(db, id);
      assert.deepEqual(await outcome(db, imported), batch);
    });

    it('leaves the pairs as they are when the batch runs again', async () => {
      const { db } = platform();
      const versions = () =>
        db.query(
          `select person_a, person_b, version from person_match_candidate
            where person_a = any ($1::uuid[]) or person_b = any ($1::uuid[]) order by person_a, person_b`,
          [imported],
        );
      const before = await versions();
      const [result] = await matchPersons(db, imported);
      assert.equal(result?.added, 0);
      assert.equal(result?.removed, 0);
      assert.deepEqual(await versions(), before);
    });

    /* With the application's checks switched off, what the database allows by itself. */
    describe('queueing the match of many persons in the database', () => {
      const rlsOnly = useAppWithoutPolicyChecks(platform);
      const asTenant = tenantQuery(() => rlsOnly().db);
      const writer = ['person:read', 'person:write'];

      it("names only persons of the caller's own agency, needs person:write, and reads no job", async () => {
        const { app, db } = rlsOnly();
        const jkm = await signInAs(app, 'cm.jkm@demo.lindung.org');
        const kbri = await signInAs(app, 'cm.kbri@demo.lindung.org');
        const own = (await personWithCase(jkm, anhRecords.withAccents)).personId;
        const other = (await personWithCase(kbri, anhRecords.other)).personId;
        const queued = (who: TestSession, permissions: string[]) =>
          asTenant<{ n: number }>(
            who,
            permissions,
            'select lindung_enqueue_person_matches($1::uuid[]) as n',
            [[own, other]],
          );
        const batches = async () =>
          (
            await db.query<{ payload: { personIds: string[] } }>(
              `select payload from job where kind = $1 order by created_at, id`,
              [matchPersonsJob],
            )
          ).map((j) => j.payload.personIds);
        const before = (await batches()).length;
        assert.deepEqual(await queued(jkm, ['person:read']), [{ n: 0 }], 'not without person:write');
        assert.deepEqual(await queued(jkm, writer), [{ n: 1 }], "only JKM's own person");
        assert.deepEqual((await batches()).slice(before), [[own]]);
        await assert.rejects(
          asTenant(jkm, writer, 'select payload from job'),
          (error: { code?: string }) => error.code === '42501',
        );
      });
    });
  });
}
