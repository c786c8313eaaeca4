import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`supervisor approval of closing a case [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let caseManager: TestSession;
    let supervisor: TestSession;
    let caseId: string;
    let approvalId: string;
    let withdrawnId: string;

    it('lets an agency require approval to close cases', async () => {
      const admin = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      const created = await admin.request('POST', '/api/users', {
        email: 'senior.jkm@example.gov.my',
        displayName: 'Senior Case Manager',
        password: 'a long enough password',
        memberships: [{ agencyId: platform().agencyIds.jkm, role: 'case_manager' }],
      });
      assert.equal(created.statusCode, 201);
      supervisor = await signInAs(platform().app, 'senior.jkm@example.gov.my', {}, 'a long enough password');
      const response = await admin.request('PATCH', `/api/agencies/${platform().agencyIds.jkm}`, {
        approvalsRequired: ['case_closure'],
      });
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json().approvalsRequired, ['case_closure']);
    });

    it('turns a closing into a request that waits, leaving the case open', async () => {
      caseManager = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const person = await caseManager.request('POST', '/api/persons', {
        names: [{ fullName: 'Lwin Lwin Oo' }],
      });
      caseId = (
        await caseManager.request('POST', '/api/cases', { type: 'victim_case', personId: person.json().id })
      ).json().id;
      const response = await caseManager.request('POST', `/api/cases/${caseId}/status`, {
        status: 'closed',
        reason: 'reintegrated with family',
      });
      assert.equal(response.statusCode, 202);
      approvalId = response.json().approval.id;
      assert.equal(response.json().approval.status, 'pending');
      assert.equal((await caseManager.request('GET', `/api/cases/${caseId}`)).json().status, 'open');
      const again = await caseManager.request('POST', `/api/cases/${caseId}/status`, {
        status: 'closed',
        reason: 'again',
      });
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().code, 'approval_pending');
    });

    it('does not let the requester approve their own request', async () => {
      const own = await caseManager.request('POST', `/api/approvals/${approvalId}/approve`);
      assert.equal(own.statusCode, 403);
      assert.equal(own.json().code, 'approval_own_request');
    });

    it('shows the approver who asked, by name, and the case by its reference', async () => {
      const reference = (await caseManager.request('GET', `/api/cases/${caseId}`)).json().reference;
      const [pending] = (await supervisor.request('GET', '/api/approvals?status=pending')).json().items;
      assert.equal(pending.requestedBy, caseManager.userId);
      assert.equal(pending.requestedByName, 'Nurul Huda Ismail');
      assert.equal(pending.caseReference, reference);
      assert.equal(pending.decidedByName, null);
    });

    it('closes the case when another member approves, with the requester\u2019s reason', async () => {
      const pending = (await supervisor.request('GET', '/api/approvals?status=pending')).json();
      assert.deepEqual(
        pending.items.map((a: { id: string }) => a.id),
        [approvalId],
      );
      const approved = await supervisor.request('POST', `/api/approvals/${approvalId}/approve`, {
        comment: 'agreed',
      });
      assert.equal(approved.statusCode, 200, approved.body);
      assert.equal(approved.json().status, 'approved');
      const closed = (await caseManager.request('GET', `/api/cases/${caseId}`)).json();
      assert.equal(closed.status, 'closed');
      assert.equal(closed.closeReason, 'reintegrated with family');
      const timeline = (await caseManager.request('GET', `/api/cases/${caseId}/timeline`)).json();
      assert.deepEqual(
        timeline.items.map((e: { kind: string }) => e.kind),
        ['case.opened', 'case.closure_requested', 'case.closed'],
      );
      const twice = await supervisor.request('POST', `/api/approvals/${approvalId}/approve`);
      assert.equal(twice.statusCode, 409);
    });

    it('needs a comment to reject, and lets the requester withdraw instead', async () => {
      await caseManager.request('POST', `/api/cases/${caseId}/status`, {
        status: 'active',
        reason: 'new disclosure',
      });
      const request = await caseManager.request('POST', `/api/cases/${caseId}/status`, {
        status: 'closed',
        reason: 'done',
      });
      const id = request.json().approval.id;
      const bare = await supervisor.request('POST', `/api/approvals/${id}/reject`);
      assert.equal(bare.statusCode, 400);
      assert.equal(bare.json().errors[0].field, 'comment');
      const rejected = await supervisor.request('POST', `/api/approvals/${id}/reject`, {
        comment: 'needs a follow-up visit first',
      });
      assert.equal(rejected.json().status, 'rejected');
      assert.equal((await caseManager.request('GET', `/api/cases/${caseId}`)).json().status, 'active');
      const next = (
        await caseManager.request('POST', `/api/cases/${caseId}/status`, {
          status: 'closed',
          reason: 'visited',
        })
      ).json();
      const notTheirs = await supervisor.request('POST', `/api/approvals/${next.approval.id}/withdraw`);
      assert.equal(notTheirs.statusCode, 403);
      assert.equal(notTheirs.json().code, 'approval_not_yours');
      const withdrawn = await caseManager.request('POST', `/api/approvals/${next.approval.id}/withdraw`);
      assert.equal(withdrawn.json().status, 'withdrawn');
      withdrawnId = next.approval.id;
    });

    it('records a withdrawal in the audit log, and refuses to withdraw a decided request (409)', async () => {
      const audit = await platform().db.query(
        `select 1 from audit_event where action = 'approval.withdraw' and subject_id = $1`,
        [withdrawnId],
      );
      assert.equal(audit.length, 1);
      for (const id of [approvalId, withdrawnId]) {
        const late = await caseManager.request('POST', `/api/approvals/${id}/withdraw`);
        assert.equal(late.statusCode, 409, id);
        assert.equal(late.json().code, 'approval_settled');
      }
    });

    it('lists the decided requests a page at a time, latest first, with who decided and when', async () => {
      const first = (await caseManager.request('GET', '/api/approvals/decided?limit=2')).json();
      assert.deepEqual(
        first.items.map((a: { status: string; decidedByName: string | null }) => [a.status, a.decidedByName]),
        [
          ['withdrawn', null],
          ['rejected', 'Senior Case Manager'],
        ],
      );
      assert.ok(first.items.every((a: { decidedAt: string | null }) => a.decidedAt));
      const second = (
        await caseManager.request('GET', `/api/approvals/decided?limit=2&cursor=${first.nextCursor}`)
      ).json();
      assert.deepEqual(
        second.items.map((a: { id: string; decidedByName: string }) => [a.id, a.decidedByName]),
        [[approvalId, 'Senior Case Manager']],
      );
      assert.equal(second.nextCursor, null);
      assert.equal(second.items[0].requestedByName, 'Nurul Huda Ismail');
    });

    it('keeps requests within the agency and away from roles that cannot decide', async () => {
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      assert.deepEqual((await kbri.request('GET', '/api/approvals')).json().items, []);
      assert.deepEqual((await kbri.request('GET', '/api/approvals/decided')).json().items, []);
      assert.equal((await kbri.request('POST', `/api/approvals/${approvalId}/approve`)).statusCode, 404);
      const officer = await signInAs(platform().app, 'officer.pdrm@demo.lindung.org');
      assert.equal((await officer.request('POST', `/api/approvals/${approvalId}/approve`)).statusCode, 403);
    });
  });
}
