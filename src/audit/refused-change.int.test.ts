import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { z } from 'zod';
import { testDatabaseKinds } from '../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../test/support/platform.ts';
import { recordPerson, startScreening } from '../../test/support/screening-factory.ts';
import type { auditEntrySchema } from '../modules/audit-log/audit-log.schema.ts';
import { aniRecord, embassyReferralScene, refer } from '../modules/referrals/referral.factory.ts';

/** An entry as the audit log's API shows it. */
type Entry = z.infer<typeof auditEntrySchema>;

/**
 * Decision 0130: a change refused by a business rule leaves an entry, though its transaction rolled
 * back; decision 0138: so does one refused as not found in the user's scope (404, `denied`).
 */
for (const kind of await testDatabaseKinds()) {
  describe(`refused changes on the audit log [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    const failuresOf = async (subjectId: string, outcome = 'failure'): Promise<Entry[]> => {
      const admin = await signInAs(platform().app, 'admin@demo.lindung.org');
      const response = await admin.request('GET', `/api/audit?outcome=${outcome}&subjectId=${subjectId}`);
      assert.equal(response.statusCode, 200, response.body);
      assert.ok(!response.body.includes(aniRecord.names[0]?.fullName ?? '-'), 'no personal data');
      return (response.json() as { items: Entry[] }).items;
    };

    it('records accepting a referral whose consent was withdrawn as a failure of referral.accept', async () => {
      const { jkm, kbri, consentId, toKbri } = await embassyReferralScene(platform(), {
        purposes: ['repatriation'],
      });
      const referralId = await refer(jkm, toKbri());
      const withdrawn = await jkm.request('POST', `/api/consents/${consentId}/withdraw`, {});
      assert.equal(withdrawn.statusCode, 200, withdrawn.body);
      const refused = await kbri.request('POST', `/api/referrals/${referralId}/accept`);
      assert.equal(refused.statusCode, 422, refused.body);
      assert.equal(refused.json().code, 'consent_not_in_force');

      const [entry, ...more] = await failuresOf(referralId);
      assert.equal(more.length, 0, 'one entry');
      assert.deepEqual(
        { ...entry },
        {
          ...entry,
          action: 'referral.accept',
          actorUserId: kbri.userId,
          agencyId: platform().agencyIds.kbri,
          subjectType: 'referral',
          subjectId: referralId,
          outcome: 'failure',
        },
      );
      assert.equal(entry?.detail.code, 'consent_not_in_force');
      assert.equal(entry?.detail.route, 'POST /api/referrals/:id/accept');
    });

    it('records accepting a referral of a closed case as a failure with the code case_closed', async () => {
      const { jkm, kbri, caseId, toKbri } = await embassyReferralScene(platform(), {
        purposes: ['repatriation'],
      });
      const referralId = await refer(jkm, toKbri());
      const closed = await jkm.request('POST', `/api/cases/${caseId}/status`, {
        status: 'closed',
        reason: 'test',
      });
      assert.equal(closed.statusCode, 200, closed.body);
      const refused = await kbri.request('POST', `/api/referrals/${referralId}/accept`);
      assert.equal(refused.statusCode, 409, refused.body);

      const entries = await failuresOf(referralId);
      assert.deepEqual(
        entries.map((entry) => [entry.action, entry.detail.code, entry.actorUserId]),
        [['referral.accept', 'case_closed', kbri.userId]],
      );
    });

    it("records a referral to one's own agency as a failure of referral.create on the case, with the field named", async () => {
      const { jkm, caseId, toKbri } = await embassyReferralScene(platform(), { purposes: ['repatriation'] });
      const refused = await jkm.request('POST', '/api/referrals', {
        services: ['repatriation'],
        urgency: 'urgent',
        ...toKbri(),
        toAgencyId: platform().agencyIds.jkm,
      });
      assert.equal(refused.statusCode, 422, refused.body);
      assert.equal(refused.json().code, 'referral_to_own_agency');

      const entries = (await failuresOf(caseId)).filter((entry) => entry.action === 'referral.create');
      assert.equal(entries.length, 1, JSON.stringify(entries));
      assert.equal(entries[0]?.subjectType, 'case');
      assert.equal(entries[0]?.detail.code, 'referral_to_own_agency');
      assert.deepEqual(entries[0]?.detail.fields, ['toAgencyId']);
      assert.ok(!JSON.stringify(entries).includes('repatriation'), 'nothing else of the body');
    });

    it('records any refused change by its route, a screening completed with nothing answered, and keeps the chain intact', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const screeningId = await startScreening(jkm, await recordPerson(jkm, 'Siti Refused-Change'));
      const refused = await jkm.request('POST', `/api/screenings/${screeningId}/complete`, {});
      assert.equal(refused.statusCode, 422, refused.body);
      const entries = await failuresOf(screeningId);
      assert.deepEqual(
        entries.map((entry) => [entry.action, entry.subjectType, entry.detail.code]),
        [['screening.complete', 'screening', refused.json().code]],
      );
      const admin = await signInAs(platform().app, 'admin@demo.lindung.org');
      const checked = await admin.request('POST', '/api/audit/verification');
      assert.equal(checked.json().intact, true, 'the failure entries are chained like any other');
    });

    it('names a refused change by the action the same change has when done, route by route (decision 0137)', async () => {
      const { jkm, kbri, caseId, consentId, toKbri } = await embassyReferralScene(platform(), {
        purposes: ['repatriation'],
      });
      /** The actions audited for one request, by its outcome. */
      const actionsOf = async (response: { headers: Record<string, unknown> }, outcome: string) =>
        (
          await platform().db.query<{ action: string }>(
            'select action from audit_event where request_id = $1 and outcome = $2 order by id',
            [String(response.headers['x-request-id']), outcome],
          )
        ).map((row) => row.action);
      const compare = async (
        route: string,
        done: { statusCode: number; body: string; headers: Record<string, unknown> },
        refused: { statusCode: number; body: string; headers: Record<string, unknown> },
      ) => {
        assert.ok(done.statusCode < 300, `${route} done: ${done.body}`);
        assert.ok([409, 422].includes(refused.statusCode), `${route} refused: ${refused.body}`);
        const [failure, ...more] = await actionsOf(refused, 'failure');
        assert.equal(more.length, 0, route);
        assert.ok((await actionsOf(done, 'success')).includes(String(failure)), `${route}: ${failure}`);
        return failure;
      };
      const actions = new Map<string, string | undefined>();

      // Accepting a referral: done, then refused once the consent is withdrawn.
      const accepted = await kbri.request('POST', `/api/referrals/${await refer(jkm, toKbri())}/accept`);
      const second = await refer(jkm, toKbri());
      await jkm.request('POST', `/api/consents/${consentId}/withdraw`, {});
      const acceptRefused = await kbri.request('POST', `/api/referrals/${second}/accept`);
      actions.set('accept', await compare('accept', accepted, acceptRefused));

      // A case's status: closed, then closed again.
      const close = () =>
        jkm.request('POST', `/api/cases/${caseId}/status`, { status: 'closed', reason: 'test' });
      const closed = await close();
      actions.set('status', await compare('status', closed, await close()));

      // A consent: an adult's recorded, a child's without a guardian refused.
      const adult = await recordPerson(jkm, 'Siti Consenting');
      const child = await jkm.request('POST', '/api/persons', {
        names: [{ fullName: 'Ani Kecil' }],
        birth: { precision: 'exact', date: '2019-04-02' },
      });
      assert.equal(child.statusCode, 201, child.body);
      const consent = (personId: string) =>
        jkm.request('POST', `/api/persons/${personId}/consents`, {
          method: 'written',
          givenOn: '2025-11-20',
          recipientAgencyIds: [platform().agencyIds.kbri],
          dataCategories: ['identity'],
          purposes: ['repatriation'],
        });
      actions.set('consent', await compare('consent', await consent(adult), await consent(child.json().id)));

      assert.deepEqual(Object.fromEntries(actions), {
        accept: 'referral.accept',
        status: 'case.change_status',
        consent: 'consent.record',
      });
    });

    it("records withdrawing another agency's consent, refused as not found (404), as denied, without the body", async () => {
      const { kbri, consentId } = await embassyReferralScene(platform(), { purposes: ['repatriation'] });
      const refused = await kbri.request('POST', `/api/consents/${consentId}/withdraw`, {
        reason: 'Siti asked by phone',
      });
      assert.equal(refused.statusCode, 404, refused.body);
      assert.equal(refused.json().code, 'consent_not_found');

      const entries = await failuresOf(consentId, 'denied');
      assert.deepEqual(
        entries.map((entry) => [entry.action, entry.subjectType, entry.actorUserId, entry.agencyId]),
        [['consent.withdraw', 'consent', kbri.userId, platform().agencyIds.kbri]],
      );
      assert.deepEqual(entries[0]?.detail, {
        code: 'consent_not_found',
        route: 'POST /api/consents/:id/withdraw',
      });
      assert.ok(!JSON.stringify(entries).includes('Siti'), 'nothing of the body');
    });

    it('records a step on a referral refused as not found once, by its route (decision 0101)', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const unknown = '00000000-0000-4000-8000-000000000001';
      const refused = await jkm.request('POST', `/api/referrals/${unknown}/accept`);
      assert.equal(refused.statusCode, 404, refused.body);
      const entries = await failuresOf(unknown, 'denied');
      assert.deepEqual(
        entries.map((entry) => [entry.action, entry.detail.code]),
        [['referral.accept', 'referral_not_found']],
      );
    });

    it('records a re-referral refused as not found as denied under referral.create, the name of one done (decision 0144)', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const unknown = '00000000-0000-4000-8000-000000000002';
      const refused = await jkm.request('POST', `/api/referrals/${unknown}/re-referrals`, {
        toAgencyId: platform().agencyIds.kbri,
        purpose: 'repatriation',
        services: ['repatriation'],
        urgency: 'urgent',
      });
      assert.equal(refused.statusCode, 404, refused.body);
      const entries = await failuresOf(unknown, 'denied');
      assert.deepEqual(
        entries.map((entry) => [entry.action, entry.subjectType, entry.detail.code]),
        [['referral.create', 'referral', 'referral_not_found']],
      );
    });

    it('records no failure for a request refused as malformed (400), which changed and named nothing', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const screeningId = await startScreening(jkm, await recordPerson(jkm, 'Siti Malformed'));
      const refused = await jkm.request('PATCH', `/api/screenings/${screeningId}`, { answers: 'no' });
      assert.equal(refused.statusCode, 400, refused.body);
      assert.deepEqual(await failuresOf(screeningId), []);
    });
  });
}
