import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { createJobRunner } from '../../jobs/queue.ts';
import { aniCaseFacts } from '../referrals/referral.factory.ts';
import { eraseCaseHandler, eraseCaseJob } from './erasure.job.ts';
import { caseWithPersonalData, closeCase } from './retention.factory.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`erasing a person across their cases [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let worker: TestSession;
    let supervisor: TestSession;
    let ani: Awaited<ReturnType<typeof caseWithPersonalData>>;
    let secondCaseId: string;
    const ask = (session: TestSession, personId: string) =>
      session.request('POST', `/api/persons/${personId}/erasure`, {
        reason: 'Ani asked in writing on 3 March.',
      });
    const drain = () => {
      const { db, keyring, config } = platform();
      return createJobRunner(db, {
        handlers: { [eraseCaseJob]: eraseCaseHandler(db, keyring, config) },
      }).drain();
    };
    const names = async (personId: string) =>
      (await platform().db.query('select 1 from person_name where person_id = $1', [personId])).length;
    const anonymised = async (caseId: string) =>
      (
        await platform().db.query<{ done: boolean }>(
          'select anonymised_at is not null as done from case_file where id = $1',
          [caseId],
        )
      )[0]?.done;

    it('refuses while one of the person’s cases is still open', async () => {
      const { app, agencyIds } = platform();
      const admin = await signInAs(app, 'admin.jkm@demo.lindung.org');
      const created = await admin.request('POST', '/api/users', {
        email: 'supervisor2.jkm@example.gov.my',
        displayName: 'Supervisor',
        password: 'a long enough password',
        memberships: [{ agencyId: agencyIds.jkm, role: 'case_manager' }],
      });
      assert.equal(created.statusCode, 201, created.body);
      supervisor = await signInAs(app, 'supervisor2.jkm@example.gov.my', {}, 'a long enough password');
      worker = await signInAs(app, 'cm.jkm@demo.lindung.org');
      ani = await caseWithPersonalData(platform(), worker);
      const second = await worker.request('POST', '/api/cases', {
        type: 'victim_case',
        personId: ani.personId,
        ...aniCaseFacts,
      });
      assert.equal(second.statusCode, 201, second.body);
      secondCaseId = second.json().id;
      await closeCase(worker, ani.caseId);
      const refused = await ask(worker, ani.personId);
      assert.equal(refused.statusCode, 409, refused.body);
      assert.equal(refused.json().code, 'person_case_open');
    });

    it('erases the person and every case of theirs once a supervisor approves', async () => {
      await closeCase(worker, secondCaseId);
      const asked = await ask(worker, ani.personId);
      assert.equal(asked.statusCode, 202, asked.body);
      const approvalId = asked.json().approval.id;
      assert.equal(asked.json().approval.change.personId, ani.personId);
      assert.equal(await names(ani.personId), 2, 'nothing is erased before the approval');
      const twice = await ask(worker, ani.personId);
      assert.equal(twice.json().code, 'approval_pending');
      const approved = await supervisor.request('POST', `/api/approvals/${approvalId}/approve`);
      assert.equal(approved.statusCode, 200, approved.body);
      assert.equal(await drain(), 1);
      assert.equal(await names(ani.personId), 0);
      assert.ok((await anonymised(ani.caseId)) && (await anonymised(secondCaseId)), 'both cases are erased');
      const audit = await platform().db.query<{ actor_user_id: string; subject_id: string }>(
        `select actor_user_id, subject_id from audit_event
          where action in ('case.anonymise', 'person.anonymise') and detail->>'approvalId' = $1`,
        [approvalId],
      );
      assert.equal(audit.length, 2, 'each case audited');
      const personAudit = await platform().db.query(
        `select 1 from audit_event where action = 'person.anonymise' and subject_id = $1 and actor_user_id = $2`,
        [ani.personId, supervisor.userId],
      );
      assert.equal(personAudit.length, 1, 'the person audited as erased by the supervisor');
      const timeline = (await worker.request('GET', `/api/cases/${secondCaseId}/timeline`)).json();
      const kinds = timeline.items.map((event: { kind: string }) => event.kind);
      assert.ok(kinds.includes('case.erasure_requested') && kinds.includes('case.erasure_approved'));
      const again = await ask(worker, ani.personId);
      assert.equal(again.json().code, 'person_anonymised');
      assert.equal(await drain(), 0);
    });

    it('erases a record of hers merged into the person, with its case, under the same approval', async () => {
      const survivor = await caseWithPersonalData(platform(), worker);
      const duplicate = await caseWithPersonalData(platform(), worker);
      await closeCase(worker, survivor.caseId);
      await closeCase(worker, duplicate.caseId);
      await platform().db.query(
        `insert into person_merge (agency_id, survivor_id, merged_id, reason, merged_by)
         values ($1, $2, $3, 'The same woman, recorded twice', $4)`,
        [worker.agencyId, survivor.personId, duplicate.personId, worker.userId],
      );
      const asked = await ask(worker, survivor.personId);
      assert.equal(asked.statusCode, 202, asked.body);
      assert.equal(asked.json().approval.change.cases, 2, "the duplicate's case is hers too");
      const approved = await supervisor.request('POST', `/api/approvals/${asked.json().approval.id}/approve`);
      assert.equal(approved.statusCode, 200, approved.body);
      assert.equal(await drain(), 1);
      assert.equal(await names(survivor.personId), 0);
      assert.equal(await names(duplicate.personId), 0, 'the merged record is erased with her');
      assert.ok((await anonymised(duplicate.caseId)) && (await anonymised(survivor.caseId)));
    });

    it('does not let another agency ask for it', async () => {
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      const other = await ask(kbri, ani.personId);
      assert.ok([403, 404].includes(other.statusCode), other.body);
    });

    it("refuses to erase a person who also appears in someone else's case", async () => {
      const witness = await caseWithPersonalData(platform(), worker);
      await closeCase(worker, witness.caseId);
      const other = await caseWithPersonalData(platform(), worker);
      await platform().db.query(
        `insert into case_person (case_id, person_id, agency_id, role) values ($1, $2, $3, 'witness')`,
        [other.caseId, witness.personId, worker.agencyId],
      );
      const refused = await ask(worker, witness.personId);
      assert.equal(refused.statusCode, 409, refused.body);
      assert.equal(refused.json().code, 'person_in_other_case');
      assert.equal(await anonymised(other.caseId), false);
    });
  });
}
