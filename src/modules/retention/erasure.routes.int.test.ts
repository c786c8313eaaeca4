import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { createJobRunner } from '../../jobs/queue.ts';
import { openInvestigation, referredVictim } from '../prosecution/prosecution.factory.ts';
import { eraseCaseHandler, eraseCaseJob } from './erasure.job.ts';
import { caseWithPersonalData, closeCase } from './retention.factory.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`right to erasure with a supervisor's approval [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let worker: TestSession;
    let supervisor: TestSession;
    let investigator: TestSession;
    let erased: Awaited<ReturnType<typeof caseWithPersonalData>>;
    let approvalId: string;
    const ask = (session: TestSession, caseId: string) =>
      session.request('POST', `/api/cases/${caseId}/erasure`, { reason: 'Ani asked in writing on 3 March.' });
    const drain = () => {
      const { db, keyring, config } = platform();
      return createJobRunner(db, {
        handlers: { [eraseCaseJob]: eraseCaseHandler(db, keyring, config) },
      }).drain();
    };
    const names = async (personId: string) =>
      (await platform().db.query('select 1 from person_name where person_id = $1', [personId])).length;

    it('refuses to erase a case that is still open', async () => {
      const { app, agencyIds } = platform();
      const admin = await signInAs(app, 'admin.jkm@demo.lindung.org');
      const created = await admin.request('POST', '/api/users', {
        email: 'supervisor.jkm@example.gov.my',
        displayName: 'Supervisor',
        password: 'a long enough password',
        memberships: [{ agencyId: agencyIds.jkm, role: 'case_manager' }],
      });
      assert.equal(created.statusCode, 201, created.body);
      supervisor = await signInAs(app, 'supervisor.jkm@example.gov.my', {}, 'a long enough password');
      worker = await signInAs(app, 'cm.jkm@demo.lindung.org');
      investigator = await signInAs(app, 'investigator.pdrm@demo.lindung.org');
      erased = await caseWithPersonalData(platform(), worker);
      const open = await ask(worker, erased.caseId);
      assert.equal(open.statusCode, 409);
      assert.equal(open.json().code, 'case_not_closed');
    });

    it('turns the request into an approval that waits, the reason kept encrypted', async () => {
      await closeCase(worker, erased.caseId);
      const response = await ask(worker, erased.caseId);
      assert.equal(response.statusCode, 202, response.body);
      approvalId = response.json().approval.id;
      assert.equal(response.json().approval.kind, 'erasure');
      assert.equal(response.json().approval.status, 'pending');
      const [stored] = await platform().db.query<{ sealed_change: string; change: object }>(
        'select sealed_change, change from approval_request where id = $1',
        [approvalId],
      );
      assert.ok(!stored?.sealed_change.includes('Ani'));
      assert.deepEqual(stored?.change, {});
      const twice = await ask(worker, erased.caseId);
      assert.equal(twice.statusCode, 409);
      assert.equal(twice.json().code, 'approval_pending');
      const own = await worker.request('POST', `/api/approvals/${approvalId}/approve`);
      assert.equal(own.json().code, 'approval_own_request');
      assert.equal(await names(erased.personId), 2, 'nothing is erased before the approval');
    });

    it('erases once a supervisor approves, audited as the supervisor', async () => {
      const pending = (await supervisor.request('GET', '/api/approvals?status=pending')).json();
      const request = pending.items.find((item: { id: string }) => item.id === approvalId);
      assert.equal(request.change.reason, 'Ani asked in writing on 3 March.');
      const approved = await supervisor.request('POST', `/api/approvals/${approvalId}/approve`);
      assert.equal(approved.statusCode, 200, approved.body);
      assert.equal(await drain(), 1);
      assert.equal(await names(erased.personId), 0);
      const folder = path.join(platform().config.attachmentsDir, platform().agencyIds.jkm);
      assert.equal(existsSync(path.join(folder, erased.attachmentId)), false);
      assert.equal(existsSync(path.join(folder, erased.photoId)), false);
      const audit = await platform().db.query<{ actor_user_id: string; detail: { approvalId: string } }>(
        `select actor_user_id, detail from audit_event where action = 'case.anonymise' and subject_id = $1`,
        [erased.caseId],
      );
      assert.equal(audit.length, 1);
      assert.equal(audit[0]?.actor_user_id, supervisor.userId);
      assert.equal(audit[0]?.detail.approvalId, approvalId);
      const timeline = (await worker.request('GET', `/api/cases/${erased.caseId}/timeline`)).json();
      const kinds = timeline.items.map((event: { kind: string }) => event.kind);
      assert.ok(kinds.includes('case.erasure_requested') && kinds.includes('case.erasure_approved'));
      const again = await ask(worker, erased.caseId);
      assert.equal(again.json().code, 'case_anonymised');
      assert.equal(await drain(), 0);
    });

    it('refuses while an open prosecution holds the case, at the request and at the approval', async () => {
      const { app, agencyIds } = platform();
      const officer = await signInAs(app, 'officer.pdrm@demo.lindung.org');
      const held = await referredVictim(worker, officer, agencyIds.pdrm);
      const later = await referredVictim(worker, officer, agencyIds.pdrm);
      await closeCase(worker, held.caseId);
      await closeCase(worker, later.caseId);
      const investigationId = await openInvestigation(investigator);
      const link = (referralId: string) =>
        investigator.request('POST', `/api/investigations/${investigationId}/victims`, { referralId });
      assert.equal((await link(held.referralId)).statusCode, 201);
      const refused = await ask(worker, held.caseId);
      assert.equal(refused.statusCode, 409);
      assert.equal(refused.json().code, 'erasure_legal_hold');

      const waiting = (await ask(worker, later.caseId)).json().approval.id;
      assert.equal((await link(later.referralId)).statusCode, 201);
      const approval = await supervisor.request('POST', `/api/approvals/${waiting}/approve`);
      assert.equal(approval.statusCode, 409);
      assert.equal(approval.json().code, 'erasure_legal_hold');
      const still = (await supervisor.request('GET', '/api/approvals?status=pending')).json();
      assert.ok(
        still.items.some((item: { id: string }) => item.id === waiting),
        'the request still waits',
      );
      assert.equal(await names(later.personId), 2);
    });

    it('does not let another agency ask for it', async () => {
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      assert.equal((await ask(kbri, erased.caseId)).statusCode, 404);
    });
  });
}
