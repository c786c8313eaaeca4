import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { openInvestigation, referredVictim } from '../prosecution/prosecution.factory.ts';
import { closeCase } from './retention.factory.ts';

const caseWorker = ['case:read', 'case:write', 'person:read', 'person:write', 'approval:decide'];

/* With the application's checks switched off, what the database shows and refuses by itself. */
for (const kind of await testDatabaseKinds()) {
  describe(`erasure and retention in the database [${kind}]`, () => {
    const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: true });
    const asTenant = tenantQuery(() => platform().db);
    let jkm: TestSession;
    let kbri: TestSession;
    let heldCaseId: string;

    it('sets up a closed case of the welfare department that a police investigation holds', async () => {
      const { app, agencyIds } = platform();
      jkm = await signInAs(app, 'cm.jkm@demo.lindung.org');
      kbri = await signInAs(app, 'cm.kbri@demo.lindung.org');
      const officer = await signInAs(app, 'officer.pdrm@demo.lindung.org');
      const investigator = await signInAs(app, 'investigator.pdrm@demo.lindung.org');
      const held = await referredVictim(jkm, officer, agencyIds.pdrm);
      heldCaseId = held.caseId;
      const investigationId = await openInvestigation(investigator);
      await investigator.request('POST', `/api/investigations/${investigationId}/victims`, {
        referralId: held.referralId,
      });
      await closeCase(jkm, heldCaseId);
    });

    it('refuses an erasure request another agency makes for the case', async () => {
      await assert.rejects(
        asTenant(
          kbri,
          caseWorker,
          `insert into approval_request (agency_id, kind, case_id, requested_by)
           values ($1, 'erasure', $2, $3)`,
          [kbri.agencyId, heldCaseId, kbri.userId],
        ),
        /row-level security/,
      );
      const asked = await kbri.request('POST', `/api/cases/${heldCaseId}/erasure`, { reason: 'Taken over' });
      assert.equal(asked.statusCode, 404);
      const [person] = await platform().db.query<{ person_id: string }>(
        'select person_id from case_person where case_id = $1',
        [heldCaseId],
      );
      const forPerson = await kbri.request('POST', `/api/persons/${person?.person_id}/erasure`, {
        reason: 'Taken over',
      });
      assert.equal(forPerson.statusCode, 404, "another agency's person is not found");
      const requests = await platform().db.query(`select 1 from approval_request where agency_id = $1`, [
        kbri.agencyId,
      ]);
      assert.deepEqual(requests, []);
    });

    it('tells only the owning agency that a prosecution holds the case', async () => {
      const hold = (who: TestSession) =>
        asTenant<{ id: string }>(who, caseWorker, 'select lindung_cases_on_legal_hold($1::uuid[]) as id', [
          [heldCaseId],
        ]);
      assert.deepEqual(
        (await hold(jkm)).map((row) => row.id),
        [heldCaseId],
      );
      assert.deepEqual(await hold(kbri), []);
    });

    it('queues no erasure for a request that is not an approved erasure of the agency', async () => {
      const asked = await jkm.request('POST', `/api/cases/${heldCaseId}/erasure`, { reason: 'Asked' });
      assert.equal(asked.json().code, 'erasure_legal_hold');
      const [closure] = await platform().db.query<{ id: string }>(
        `insert into approval_request (agency_id, kind, case_id, requested_by)
         values ($1, 'erasure', $2, $3) returning id`,
        [jkm.agencyId, heldCaseId, jkm.userId],
      );
      for (const who of [jkm, kbri]) {
        const [queued] = await asTenant<{ n: number }>(
          who,
          caseWorker,
          'select lindung_enqueue_erasure($1) as n',
          [closure?.id],
        );
        assert.equal(queued?.n, 0, 'a pending request queues nothing');
      }
    });

    it('keeps retention periods and jobs away from the application role', async () => {
      // Retention periods are read and set by their administrators only (decision 0038).
      assert.deepEqual(await asTenant(jkm, caseWorker, 'select * from retention_period'), []);
      await assert.rejects(
        asTenant(jkm, caseWorker, `update case_file set anonymised_at = now() where id = $1`, [heldCaseId]),
        /only the platform/,
      );
    });
  });
}
