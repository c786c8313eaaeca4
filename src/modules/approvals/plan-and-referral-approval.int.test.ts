import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantPrelude } from '../../db/tenant.ts';
import { answer, personWithCase, recordConsent } from '../referrals/referral.factory.ts';

/*
 * JKM puts care plans and referrals out under a supervisor's approval: a case manager's plan and
 * referral wait, a supervisor sees what they would make (the plan's goals included, though they
 * are stored encrypted), and approving makes them, checked again at that moment.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`supervisor approval of care plans and referrals out [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let caseManager: TestSession;
    let supervisor: TestSession;
    let kbri: TestSession;
    let personId: string;
    let caseId: string;
    let consentId: string;
    const goals = ['Safe housing until her return to Lombok'];

    it('lets the agency put care plans and referrals out under approval', async () => {
      const admin = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      const created = await admin.request('POST', '/api/users', {
        email: 'supervisor.jkm@example.gov.my',
        displayName: 'Supervisor',
        password: 'a long enough password',
        memberships: [{ agencyId: platform().agencyIds.jkm, role: 'case_manager' }],
      });
      assert.equal(created.statusCode, 201, created.body);
      supervisor = await signInAs(
        platform().app,
        'supervisor.jkm@example.gov.my',
        {},
        'a long enough password',
      );
      const changed = await admin.request('PATCH', `/api/agencies/${platform().agencyIds.jkm}`, {
        approvalsRequired: ['care_plan', 'referral_out'],
      });
      assert.equal(changed.statusCode, 200, changed.body);
      const unknown = await admin.request('PATCH', `/api/agencies/${platform().agencyIds.jkm}`, {
        approvalsRequired: ['case_deletion'],
      });
      assert.equal(unknown.statusCode, 400);
      assert.match(unknown.json().errors[0].field, /^approvalsRequired/);
    });

    it('keeps a new care plan waiting, its goals encrypted in the request, and no plan in force', async () => {
      caseManager = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      ({ personId, caseId } = await personWithCase(caseManager));
      const response = await caseManager.request('PUT', `/api/cases/${caseId}/care-plan`, {
        reviewOn: '2099-01-31',
        goals,
        services: [{ type: 'shelter' }],
      });
      assert.equal(response.statusCode, 202, response.body);
      const { approval } = response.json();
      assert.deepEqual([approval.kind, approval.status], ['care_plan', 'pending']);
      assert.deepEqual(approval.change.plan.goals, goals);
      assert.equal((await caseManager.request('GET', `/api/cases/${caseId}/care-plan`)).statusCode, 404);
      const [stored] = await platform().db.query<{ change: string; sealed_change: string }>(
        'select change::text, sealed_change from approval_request where id = $1',
        [approval.id],
      );
      assert.ok(stored && !stored.change.includes('Lombok') && !stored.sealed_change.includes('Lombok'));
      const twice = await caseManager.request('PUT', `/api/cases/${caseId}/care-plan`, {
        reviewOn: '2099-01-31',
        goals,
      });
      assert.equal(twice.statusCode, 409);
      assert.equal(twice.json().code, 'approval_pending');
    });

    it('makes the plan version 1 when a supervisor approves it, with the steps on the timeline', async () => {
      const [pending] = (await supervisor.request('GET', '/api/approvals?status=pending')).json().items;
      assert.deepEqual(pending.change.plan.goals, goals);
      const approved = await supervisor.request('POST', `/api/approvals/${pending.id}/approve`);
      assert.equal(approved.statusCode, 200, approved.body);
      const plan = (await caseManager.request('GET', `/api/cases/${caseId}/care-plan`)).json();
      assert.deepEqual([plan.version, plan.goals, plan.services[0].type], [1, goals, 'shelter']);
      const kinds = (await caseManager.request('GET', `/api/cases/${caseId}/timeline`))
        .json()
        .items.map((event: { kind: string }) => event.kind);
      assert.deepEqual(kinds.slice(-2), ['case.care_plan_submitted', 'case.care_plan_created']);
    });

    it('refuses to approve a plan based on a version that another change has since replaced', async () => {
      const first = await caseManager.request('PUT', `/api/cases/${caseId}/care-plan`, {
        reviewOn: '2099-02-28',
        goals: ['First revision'],
        basedOnVersion: 1,
      });
      assert.equal(first.statusCode, 202, first.body);
      assert.equal(
        (await supervisor.request('POST', `/api/approvals/${first.json().approval.id}/approve`)).statusCode,
        200,
      );
      const stale = await platform().db.query<{ id: string }>(
        `insert into approval_request (agency_id, kind, case_id, change, sealed_change, requested_by)
         select agency_id, kind, case_id, change, sealed_change, requested_by from approval_request
          where id = $1 returning id`,
        [first.json().approval.id],
      );
      const refused = await supervisor.request('POST', `/api/approvals/${stale[0]?.id}/approve`);
      assert.equal(refused.statusCode, 409, refused.body);
      assert.equal(refused.json().code, 'care_plan_changed');
      const plan = (await caseManager.request('GET', `/api/cases/${caseId}/care-plan`)).json();
      assert.deepEqual([plan.version, plan.goals], [2, ['First revision']]);
    });

    it('checks a referral out before it waits, and sends nothing to the receiver until approved', async () => {
      consentId = await recordConsent(caseManager, personId, {
        recipientAgencyIds: [platform().agencyIds.kbri],
        purposes: ['repatriation'],
        dataCategories: ['identity'],
      });
      const uncovered = await caseManager.request('POST', '/api/referrals', {
        caseId,
        consentId,
        toAgencyId: platform().agencyIds.kbri,
        purpose: 'medical',
        services: ['medical'],
        urgency: 'routine',
      });
      assert.equal(uncovered.statusCode, 422, uncovered.body);
      const response = await caseManager.request(
        'POST',
        '/api/referrals',
        {
          caseId,
          consentId,
          toAgencyId: platform().agencyIds.kbri,
          purpose: 'repatriation',
          services: ['repatriation'],
          urgency: 'urgent',
        },
        { 'idempotency-key': 'refer-ani-to-kbri' },
      );
      assert.equal(response.statusCode, 202, response.body);
      assert.equal(response.json().approval.kind, 'referral_out');
      const replayed = await caseManager.request(
        'POST',
        '/api/referrals',
        {
          caseId,
          consentId,
          toAgencyId: platform().agencyIds.kbri,
          purpose: 'repatriation',
          services: ['repatriation'],
          urgency: 'urgent',
        },
        { 'idempotency-key': 'refer-ani-to-kbri' },
      );
      assert.equal(replayed.statusCode, 202);
      assert.equal(replayed.json().approval.id, response.json().approval.id);
      assert.deepEqual((await kbri.request('GET', '/api/referrals?direction=incoming')).json().items, []);
      const approved = await supervisor.request(
        'POST',
        `/api/approvals/${response.json().approval.id}/approve`,
      );
      assert.equal(approved.statusCode, 200, approved.body);
      const [incoming] = (await kbri.request('GET', '/api/referrals?direction=incoming')).json().items;
      assert.equal(incoming.status, 'pending');
    });

    it('refuses to approve a referral whose consent was withdrawn while it waited', async () => {
      // The embassy declines the first; only then may the case be referred to it again for this purpose.
      const [first] = (await kbri.request('GET', '/api/referrals?direction=incoming')).json().items;
      await answer(kbri, first.id, 'decline', 'Her consent was withdrawn');
      const waiting = await caseManager.request('POST', '/api/referrals', {
        caseId,
        consentId,
        toAgencyType: 'embassy',
        toCountry: 'ID',
        purpose: 'repatriation',
        services: ['interpretation'],
        urgency: 'routine',
      });
      assert.equal(waiting.statusCode, 202, waiting.body);
      const withdrawn = await caseManager.request('POST', `/api/consents/${consentId}/withdraw`, {
        reason: 'She changed her mind',
      });
      assert.equal(withdrawn.statusCode, 200, withdrawn.body);
      const refused = await supervisor.request(
        'POST',
        `/api/approvals/${waiting.json().approval.id}/approve`,
      );
      assert.equal(refused.statusCode, 422, refused.body);
      assert.equal(refused.json().code, 'consent_not_in_force');
      const [pending] = (await supervisor.request('GET', '/api/approvals?status=pending')).json().items;
      assert.equal(pending.id, waiting.json().approval.id);
    });

    it('puts every step of the referral on the referred case, whichever agency took it', async () => {
      const [incoming] = (await kbri.request('GET', '/api/referrals?direction=incoming')).json().items;
      const events = (await caseManager.request('GET', `/api/cases/${caseId}/timeline`))
        .json()
        .items.filter((event: { kind: string }) => event.kind.startsWith('referral.'));
      assert.deepEqual(
        events.map((event: { kind: string; detail: { referralId?: string } }) => [
          event.kind,
          event.detail.referralId ?? null,
        ]),
        [
          ['referral.submitted', null],
          ['referral.sent', incoming.id],
          ['referral.declined', incoming.id],
          ['referral.submitted', null],
        ],
      );
    });

    it('tells the owning agency who outside it viewed the shared data, and nobody else', async () => {
      const [incoming] = (await kbri.request('GET', '/api/referrals?direction=incoming')).json().items;
      for (const _view of [1, 2]) {
        assert.equal((await kbri.request('GET', `/api/referrals/${incoming.id}`)).statusCode, 200);
      }
      const disclosures = await caseManager.request('GET', `/api/cases/${caseId}/disclosures?limit=1`);
      assert.equal(disclosures.statusCode, 200, disclosures.body);
      const page = disclosures.json();
      assert.equal(page.items.length, 1);
      assert.equal(page.items[0].agencyId, platform().agencyIds.kbri);
      assert.equal(page.items[0].referralId, incoming.id);
      assert.ok(page.nextCursor, 'the embassy viewed it more than once');
      const next = (
        await caseManager.request(
          'GET',
          `/api/cases/${caseId}/disclosures?limit=50&cursor=${page.nextCursor}`,
        )
      ).json();
      assert.ok(next.items.length >= 1);
      assert.ok(
        next.items.every((item: { agencyId: string }) => item.agencyId === platform().agencyIds.kbri),
      );
      assert.equal((await kbri.request('GET', `/api/cases/${caseId}/disclosures`)).statusCode, 404);
      // In the database itself, as the application role: the embassy, even with case:read, gets none.
      const countAs = (session: TestSession) =>
        platform().db.transaction(
          (tx) =>
            tx.query<{ n: number }>('select count(*)::int as n from lindung_case_disclosures($1, null, 50)', [
              caseId,
            ]),
          {
            prelude: tenantPrelude({
              userId: session.userId,
              agencyId: session.agencyId,
              permissions: ['case:read'],
            }),
          },
        );
      assert.equal((await countAs(kbri))[0]?.n, 0);
      assert.ok(((await countAs(caseManager))[0]?.n ?? 0) >= 2);
    });
  });
}
