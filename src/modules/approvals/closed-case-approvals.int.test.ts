import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { personWithCase } from '../referrals/referral.factory.ts';

/*
 * A closed case takes no change, so nothing may stay waiting for approval on it: closing the case
 * withdraws its pending requests (audited, with the closing's reason), and they no longer wait on
 * the supervisor's list (decision 0150).
 */
for (const kind of await testDatabaseKinds()) {
  describe(`approvals of a case that is closed [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let caseManager: TestSession;
    let supervisor: TestSession;
    let caseId: string;
    let approvalId: string;

    it('keeps a care plan waiting for the demo supervisor', async () => {
      const admin = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      const changed = await admin.request('PATCH', `/api/agencies/${platform().agencyIds.jkm}`, {
        approvalsRequired: ['care_plan'],
      });
      assert.equal(changed.statusCode, 200, changed.body);
      caseManager = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      supervisor = await signInAs(platform().app, 'supervisor.jkm@demo.lindung.org');
      ({ caseId } = await personWithCase(caseManager));
      const planned = await caseManager.request('PUT', `/api/cases/${caseId}/care-plan`, {
        reviewOn: '2099-01-31',
        goals: ['Safe housing'],
      });
      assert.equal(planned.statusCode, 202, planned.body);
      approvalId = planned.json().approval.id;
      const waiting = (await supervisor.request('GET', '/api/approvals?status=pending')).json().items;
      assert.deepEqual(
        waiting.map((approval: { id: string }) => approval.id),
        [approvalId],
      );
    });

    it('withdraws the pending request when the case is closed, with the reason', async () => {
      const closed = await supervisor.request('POST', `/api/cases/${caseId}/status`, {
        status: 'closed',
        reason: 'returned home',
      });
      assert.equal(closed.statusCode, 200, closed.body);
      const waiting = (await supervisor.request('GET', '/api/approvals?status=pending')).json().items;
      assert.deepEqual(waiting, []);
      const [withdrawn] = (await caseManager.request('GET', '/api/approvals?status=withdrawn')).json().items;
      assert.deepEqual(
        [withdrawn.id, withdrawn.status, withdrawn.comment, withdrawn.decidedBy],
        [approvalId, 'withdrawn', 'returned home', null],
      );
    });

    it('audits the withdrawal under the one who closed the case, naming the cause', async () => {
      const audit = await platform().db.query<{ actor_user_id: string; reason: string; detail: unknown }>(
        `select actor_user_id, reason, detail from audit_event
          where action = 'approval.withdraw' and outcome = 'success' and subject_id = $1`,
        [approvalId],
      );
      assert.deepEqual(audit, [
        {
          actor_user_id: supervisor.userId,
          reason: 'returned home',
          detail: { kind: 'care_plan', caseId, cause: 'case_closed' },
        },
      ]);
    });

    it('leaves nothing for the supervisor to approve on the closed case', async () => {
      const late = await supervisor.request('POST', `/api/approvals/${approvalId}/approve`);
      assert.equal(late.statusCode, 409);
      assert.equal(late.json().code, 'approval_settled');
      assert.equal((await caseManager.request('GET', `/api/cases/${caseId}/care-plan`)).statusCode, 404);
    });
  });
}
