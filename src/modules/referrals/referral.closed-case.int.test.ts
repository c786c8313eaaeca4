import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { answer, type EmbassyReferralScene, embassyReferralScene, refer } from './referral.factory.ts';

/** Issue 4's gaps in the referral workflow: a closed case, a referral sent twice, fields named (decision 0059). */
for (const kind of await testDatabaseKinds()) {
  describe(`referrals of a closed case, twice-sent referrals, and the fields of their problems [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    const tenant = tenantQuery(() => platform().db);
    let jkm: TestSession;
    let kbri: TestSession;
    let caseId: string;
    let consentId: string;
    let toKbri: EmbassyReferralScene['toKbri'];
    const setStatus = async (status: string) => {
      const response = await jkm.request('POST', `/api/cases/${caseId}/status`, { status, reason: 'test' });
      assert.equal(response.statusCode, 200, response.body);
    };
    const statusOf = async (id: string) =>
      (await platform().db.query<{ status: string }>('select status from referral where id = $1', [id]))[0]
        ?.status;

    it('sets up a case and a consent covering the embassy', async () => {
      ({ jkm, kbri, caseId, consentId, toKbri } = await embassyReferralScene(platform(), {
        purposes: ['repatriation', 'shelter'],
      }));
    });

    it('refuses a second referral of the person to the same agency while one is pending, naming it', async () => {
      const first = await refer(jkm, toKbri());
      const second = await jkm.request('POST', '/api/referrals', {
        services: ['repatriation'],
        urgency: 'urgent',
        ...toKbri(),
      });
      assert.equal(second.statusCode, 409, second.body);
      assert.equal(second.json().code, 'referral_pending');
      assert.match(second.json().detail, new RegExp(first));
      assert.equal(second.json().errors[0].field, 'toAgencyId');
      assert.equal(second.json().errors[0].code, 'referral_pending');
      const count = await platform().db.query<{ n: number }>(
        'select count(*)::int as n from referral where case_id = $1',
        [caseId],
      );
      assert.equal(count[0]?.n, 1);
      // Once the first is answered, the case can be referred again.
      await answer(kbri, first, 'decline', 'no capacity this week');
      await answer(kbri, await refer(jkm, toKbri()), 'decline', 'still no capacity');
    });

    it('refuses a referral that lost the race to a pending one, in the database too', async () => {
      const pending = await refer(jkm, toKbri());
      const [row] = await platform().db.query<Record<string, unknown>>(
        'select * from referral where id = $1',
        [pending],
      );
      await assert.rejects(
        platform().db.query(
          `insert into referral (agency_id, to_agency_id, case_id, case_reference, person_id, consent_id, purpose,
                                 services, urgency, response_deadline, created_by)
           select agency_id, to_agency_id, case_id, case_reference, person_id, consent_id, purpose, services,
                  urgency, response_deadline, created_by from referral where id = $1`,
          [pending],
        ),
        /pending already/,
      );
      assert.ok(row);
      await jkm.request('POST', `/api/referrals/${pending}/cancel`, { reason: 'sent by mistake' });
    });

    it('refuses to accept a referral while its case is closed, and lets it be declined', async () => {
      const pending = await refer(jkm, toKbri());
      const listed = async () =>
        (await kbri.request('GET', '/api/referrals?direction=incoming&status=pending'))
          .json()
          .items.find((referral: { id: string }) => referral.id === pending);
      assert.equal((await listed()).caseClosed, false);
      await setStatus('closed');
      assert.equal((await listed()).caseClosed, true, 'the receiver is told, so as not to offer accepting');
      const accepted = await kbri.request('POST', `/api/referrals/${pending}/accept`);
      assert.equal(accepted.statusCode, 409, accepted.body);
      assert.equal(accepted.json().code, 'case_closed');
      assert.match(accepted.headers['content-type'] as string, /application\/problem\+json/);
      assert.equal(await statusOf(pending), 'pending');
      await answer(kbri, pending, 'decline', 'the case was closed');
      assert.equal(await statusOf(pending), 'declined');
    });

    it('lets the receiver accept once the case is reopened, and complete it after a later closure', async () => {
      await setStatus('active');
      const pending = await refer(jkm, toKbri());
      await answer(kbri, pending, 'accept');
      await setStatus('closed');
      await answer(kbri, pending, 'complete');
      assert.equal(await statusOf(pending), 'completed');
    });

    it('lets the sender cancel a pending referral of a closed case, and refuses re-referral from it', async () => {
      await setStatus('active');
      const pending = await refer(jkm, toKbri());
      const accepted = await refer(jkm, { ...toKbri(), purpose: 'shelter' });
      await answer(kbri, accepted, 'accept');
      await setStatus('closed');
      await answer(jkm, pending, 'cancel', 'the case was closed');
      const onward = await kbri.request('POST', `/api/referrals/${accepted}/re-referrals`, {
        toAgencyId: platform().agencyIds.molisa,
        purpose: 'shelter',
        services: ['shelter'],
        urgency: 'routine',
      });
      assert.equal(onward.statusCode, 409, onward.body);
      assert.equal(onward.json().code, 'case_closed');
    });

    it('refuses to accept in the database too, when the application check is skipped', async () => {
      await setStatus('active');
      const pending = await refer(jkm, toKbri());
      await setStatus('closed');
      await assert.rejects(
        tenant(
          kbri,
          ['case:read', 'referral:manage'],
          `update referral set status = 'accepted', responded_at = now(), responded_by = lindung_user_id()
            where id = $1`,
          [pending],
        ),
        (error: { code?: string; constraint?: string }) =>
          error.code === '23514' && error.constraint === 'referral_case_closed',
      );
      assert.equal(await statusOf(pending), 'pending');
    });

    it('names the field of a 422 in errors[], as a 400 does', async () => {
      await setStatus('active');
      const own = await jkm.request('POST', '/api/referrals', {
        services: ['repatriation'],
        urgency: 'urgent',
        ...toKbri(),
        toAgencyId: platform().agencyIds.jkm,
      });
      assert.equal(own.statusCode, 422, own.body);
      assert.equal(own.json().code, 'referral_to_own_agency');
      assert.deepEqual(own.json().errors, [
        { code: 'agency_is_own', field: 'toAgencyId', message: 'names your own agency' },
      ]);
      const purpose = await jkm.request('POST', '/api/referrals', {
        services: ['legal_aid'],
        urgency: 'urgent',
        ...toKbri(),
        purpose: 'legal_aid',
      });
      assert.equal(purpose.statusCode, 422, purpose.body);
      assert.equal(purpose.json().code, 'consent_does_not_cover_purpose');
      assert.equal(purpose.json().errors[0].field, 'purpose');
      const withdrawn = await jkm.request('POST', `/api/consents/${consentId}/withdraw`, {});
      assert.equal(withdrawn.statusCode, 200, withdrawn.body);
      const notInForce = await jkm.request('POST', '/api/referrals', {
        services: ['repatriation'],
        urgency: 'urgent',
        ...toKbri(),
      });
      assert.equal(notInForce.statusCode, 422, notInForce.body);
      assert.equal(notInForce.json().code, 'consent_not_in_force');
      assert.deepEqual(notInForce.json().errors, [
        { code: 'consent_not_in_force', field: 'consentId', message: 'was withdrawn' },
      ]);
    });
  });
}
