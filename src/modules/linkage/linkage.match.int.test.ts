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
import { createJobRunner } from '../../jobs/queue.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { anonymiseCases } from '../retention/index.ts';
import { anhRecords, type CandidateView } from './linkage.factory.ts';
import { matchPerson, matchPersonHandler, matchPersonJob } from './linkage.match.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`a new person matched on creation [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    const drain = () =>
      createJobRunner(platform().db, {
        handlers: { [matchPersonJob]: matchPersonHandler(platform().db) },
      }).drain();
    const queue = async (session: TestSession) => {
      const list = await session.request('GET', '/api/linkage/candidates?status=open&limit=200');
      assert.equal(list.statusCode, 200, list.body);
      return list.json().items as CandidateView[];
    };
    const pairIn = (items: CandidateView[], a: string, b: string) =>
      items.filter((c) => [c.personA.id, c.personB.id].sort().join() === [a, b].sort().join());
    let jkm: TestSession;
    let first: string;
    let second: string;

    it('queues the match with the person and, once the job ran, the pair waits for review', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      first = (await personWithCase(jkm, anhRecords.withAccents)).personId;
      await drain();
      second = (await personWithCase(jkm, anhRecords.withoutAccents)).personId;
      const jobs = await platform().db.query<{ payload: { personId: string } }>(
        `select payload from job where kind = $1 and status = 'queued'`,
        [matchPersonJob],
      );
      assert.deepEqual(
        jobs.map((j) => j.payload.personId),
        [second],
        'one job, naming the person only by id',
      );
      assert.deepEqual(pairIn(await queue(jkm), first, second), [], 'not scored in the request');
      assert.equal(await drain(), 1);
      const [pair] = pairIn(await queue(jkm), first, second);
      assert.ok(pair, 'the pair is in the queue without a scan');
      assert.equal(pair.band, 'likely');
    });

    it('makes no second pair when the job runs twice or is retried, and scores as the scan does', async () => {
      const [before] = pairIn(await queue(jkm), first, second);
      await matchPerson(platform().db, second);
      await matchPerson(platform().db, first);
      const after = pairIn(await queue(jkm), first, second);
      assert.equal(after.length, 1);
      assert.equal(after[0]?.version, before?.version, 'nothing changed, nothing rescored');
      const [count] = await platform().db.query<{ n: number }>(
        `select count(*)::int as n from person_match_candidate
          where (person_a, person_b) in (($1::uuid, $2::uuid), ($2::uuid, $1::uuid))`,
        [first, second],
      );
      assert.equal(count?.n, 1);
      const scan = await jkm.request('POST', '/api/linkage/scans');
      assert.equal(scan.statusCode, 200, scan.body);
      const [scanned] = pairIn(await queue(jkm), first, second);
      assert.equal(scanned?.probability, before?.probability, 'the same model as the scan');
      assert.equal(scanned?.version, before?.version);
    });

    it("tells another agency's reviewer only that another agency holds a likely match, and JKM, which held her first, who", async () => {
      const molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      const inMolisa = (
        await personWithCase(molisa, {
          ...anhRecords.withoutAccents,
          names: [{ kind: 'birth', fullName: 'Nguyen Thi Anh' }],
        })
      ).personId;
      assert.equal(await drain(), 1);
      assert.deepEqual(await queue(molisa), [], "no pair with JKM's persons in MOLISA's queue");
      assert.ok(!JSON.stringify(await queue(jkm)).includes(inMolisa), "nor with MOLISA's person in JKM's");
      // JKM recorded her first: MOLISA is told a match is held, not by whom (decision 0050).
      const molisaHints = (await molisa.request('GET', '/api/linkage/hints')).json().items;
      assert.ok(
        molisaHints.some(
          (h: { personId: string; holds: boolean; otherAgency: unknown }) =>
            h.personId === inMolisa && !h.holds && h.otherAgency === null,
        ),
        JSON.stringify(molisaHints),
      );
      const jkmHints = await jkm.request('GET', '/api/linkage/hints');
      const held = jkmHints
        .json()
        .items.filter((h: { otherAgency: { id: string } | null }) => h.otherAgency?.id === molisa.agencyId)
        .map((h: { personId: string }) => h.personId);
      assert.ok(held.includes(first) || held.includes(second), jkmHints.body);
      assert.ok(!jkmHints.body.includes(inMolisa) && !jkmHints.body.includes('Nguyen Thi Anh'));
      assert.deepEqual((await kbri.request('GET', '/api/linkage/hints')).json().items, []);
      await matchPerson(platform().db, inMolisa);
      const [hints] = await platform().db.query<{ n: number }>(
        'select count(*)::int as n from person_match_hint where person_id = $1',
        [inMolisa],
      );
      assert.equal(hints?.n, 1, 'run twice, one hint');
    });

    it("takes an anonymised person's open pairs out of the queue: their names are gone", async () => {
      const { caseId } = await personWithCase(jkm, anhRecords.other);
      const { personId: copy } = await personWithCase(jkm, anhRecords.other);
      await drain();
      const { personIds } = await platform().db.transaction((tx) =>
        anonymiseCases(tx, platform().keyring, [caseId]),
      );
      assert.equal(personIds.length, 1);
      const [pair] = pairIn(await queue(jkm), personIds[0] as string, copy);
      assert.ok(pair, 'still queued until the job ran');
      assert.equal(await drain(), 1);
      assert.deepEqual(pairIn(await queue(jkm), personIds[0] as string, copy), []);
    });

    /* With the application's checks switched off, what the database allows by itself. */
    describe("queueing a person's match in the database", () => {
      const rlsOnly = useAppWithoutPolicyChecks(platform);
      const asTenant = tenantQuery(() => rlsOnly().db);
      const writer = ['person:read', 'person:write'];

      it("queues only a person of the caller's own agency, once while one waits, and reads no job", async () => {
        const jkm = await signInAs(rlsOnly().app, 'cm.jkm@demo.lindung.org');
        const kbri = await signInAs(rlsOnly().app, 'cm.kbri@demo.lindung.org');
        const { personId } = await personWithCase(jkm, anhRecords.withAccents);
        const queued = (who: TestSession, permissions: string[]) =>
          asTenant<{ n: number }>(who, permissions, 'select lindung_enqueue_person_match($1) as n', [
            personId,
          ]);
        assert.deepEqual(await queued(kbri, writer), [{ n: 0 }], 'not for another agency');
        assert.deepEqual(await queued(jkm, writer), [{ n: 0 }], 'not twice while one waits');
        await rlsOnly().db.query(`update job set status = 'done' where kind = $1`, [matchPersonJob]);
        assert.deepEqual(await queued(jkm, ['person:read']), [{ n: 0 }], 'not without person:write');
        assert.deepEqual(await queued(jkm, writer), [{ n: 1 }]);
        await assert.rejects(
          asTenant(jkm, writer, 'select payload from job'),
          (error: { code?: string }) => error.code === '42501',
        );
      });
    });
  });
}
