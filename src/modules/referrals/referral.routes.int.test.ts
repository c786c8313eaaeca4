import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { answer, personWithCase, recordConsent, refer } from './referral.factory.ts';

/*
 * The walkthrough of the issue: the Malaysian welfare department (JKM) records a presumed victim,
 * opens her case, records her consent to share her identity and the facts of her case with the
 * Indonesian embassy (KBRI) for repatriation, and refers her there. The embassy sees exactly that,
 * and loses it the moment she withdraws her consent.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`referrals API: sharing by consent, end to end [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let kbri: TestSession;
    let personId: string;
    let caseId: string;
    let consentId: string;
    let referralId: string;

    it('records a person, opens her case and records her consent to share identity and case facts with the embassy', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      ({ personId, caseId } = await personWithCase(jkm));
      consentId = await recordConsent(jkm, personId, {
        recipientAgencyIds: [platform().agencyIds.kbri],
        purposes: ['repatriation'],
        dataCategories: ['identity', 'case_facts'],
      });
      const consents = (await jkm.request('GET', `/api/persons/${personId}/consents`)).json().items;
      assert.deepEqual(
        consents.map((c: { id: string; state: string; dataCategories: string[] }) => [
          c.id,
          c.state,
          c.dataCategories,
        ]),
        [[consentId, 'in_force', ['identity', 'case_facts']]],
      );
    });

    it('refers the case to the embassy with a response deadline set by its urgency', async () => {
      const before = Date.now();
      referralId = await refer(jkm, {
        caseId,
        consentId,
        toAgencyId: platform().agencyIds.kbri,
        purpose: 'repatriation',
        services: ['repatriation', 'interpretation'],
        urgency: 'urgent',
      });
      const referral = (await jkm.request('GET', `/api/referrals/${referralId}`)).json();
      assert.equal(referral.status, 'pending');
      assert.equal(referral.direction, 'outgoing');
      assert.equal(referral.toAgency.shortName, 'KBRI KL');
      assert.match(referral.caseReference, /^JKM-\d{4}-000001$/);
      const hours = (Date.parse(referral.responseDeadline) - before) / 3_600_000;
      assert.ok(hours > 71.9 && hours < 72.1, String(hours));
    });

    it('shows the referral among the embassy’s incoming referrals and the department’s outgoing ones', async () => {
      const incoming = (await kbri.request('GET', '/api/referrals?direction=incoming')).json();
      assert.deepEqual(
        incoming.items.map((r: { id: string; direction: string; overdue: boolean }) => [
          r.id,
          r.direction,
          r.overdue,
        ]),
        [[referralId, 'incoming', false]],
      );
      // The list says whether the consent is in force, so the web offers Accept only when it is.
      assert.equal(incoming.items[0].consentState, 'in_force');
      assert.equal(incoming.items[0].fromAgency.shortName, 'JKM');
      // Both lists name the sending case, as the referral itself does on either side.
      assert.equal(incoming.items[0].caseId, caseId);
      assert.deepEqual((await kbri.request('GET', '/api/referrals?direction=outgoing')).json().items, []);
      const outgoing = (
        await jkm.request('GET', `/api/referrals?direction=outgoing&caseId=${caseId}`)
      ).json();
      assert.deepEqual(
        outgoing.items.map((r: { id: string; caseId: string }) => [r.id, r.caseId]),
        [[referralId, caseId]],
      );
    });

    it('shows the embassy only what it needs to decide while the referral is pending', async () => {
      const response = await kbri.request('GET', `/api/referrals/${referralId}`);
      assert.equal(response.statusCode, 200, response.body);
      const { shared, consentState } = response.json();
      assert.equal(consentState, 'in_force');
      assert.equal(shared.stage, 'pending');
      assert.deepEqual(
        [
          shared.person.sex,
          shared.person.nationality,
          shared.person.languages,
          shared.case.exploitationTypes,
        ],
        ['female', 'ID', ['id', 'jv'], ['forced_labour']],
      );
      assert.deepEqual(
        [shared.person.names, shared.person.birth, shared.case.exploitationPlace],
        [null, null, null],
      );
    });

    it('lets the embassy accept, then shows names, birth, nationality and exploitation facts, and no contact, documents or summary', async () => {
      assert.equal((await answer(kbri, referralId, 'accept')).status, 'accepted');
      const { shared } = (await kbri.request('GET', `/api/referrals/${referralId}`)).json();
      assert.equal(shared.stage, 'accepted');
      assert.deepEqual(shared.dataCategories, ['identity', 'case_facts']);
      assert.deepEqual(
        shared.person.names.map((n: { fullName: string }) => n.fullName),
        ['Ani Suryani', 'Yani'],
      );
      assert.deepEqual(shared.person.birth, { precision: 'exact', date: '1998-04-12' });
      assert.equal(shared.person.nationality, 'ID');
      assert.deepEqual(
        [shared.case.recruitmentPlace, shared.case.exploitationPlace, shared.case.exploitationStartedOn],
        ['Lombok Timur', 'Kinabatangan, Sabah', '2024-04-01'],
      );
      assert.deepEqual(
        [shared.person.contact, shared.person.address, shared.person.documents, shared.case.summary],
        [null, null, null, null],
      );
      assert.doesNotMatch(JSON.stringify(shared), /B7654321|345 6789|Rumah Kongsi|passport and wages/);
    });

    it('still answers 404 to the embassy on the person and the case themselves', async () => {
      assert.equal((await kbri.request('GET', `/api/persons/${personId}`)).statusCode, 404);
      assert.equal((await kbri.request('GET', `/api/cases/${caseId}`)).statusCode, 404);
      assert.equal((await kbri.request('GET', `/api/cases/${caseId}/timeline`)).statusCode, 404);
      assert.equal((await kbri.request('GET', `/api/persons/${personId}/consents`)).statusCode, 404);
    });

    it('keeps the referral from a third agency: 404 to read or answer it, and none in its lists', async () => {
      const molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      assert.equal((await molisa.request('GET', `/api/referrals/${referralId}`)).statusCode, 404);
      assert.equal(
        (await molisa.request('POST', `/api/referrals/${referralId}/complete`, {})).statusCode,
        404,
      );
      assert.deepEqual((await molisa.request('GET', '/api/referrals')).json().items, []);
    });

    it('ends the embassy’s access the moment the consent is withdrawn', async () => {
      const withdrawn = await jkm.request('POST', `/api/consents/${consentId}/withdraw`, {
        reason: 'She wants to stay in Malaysia for the trial first',
      });
      assert.equal(withdrawn.statusCode, 200, withdrawn.body);
      assert.equal(withdrawn.json().state, 'withdrawn');
      const referral = (await kbri.request('GET', `/api/referrals/${referralId}`)).json();
      assert.deepEqual(
        [referral.status, referral.consentState, referral.consentWithdrawn, referral.shared],
        ['accepted', 'withdrawn', true, null],
      );
      const listed = (await kbri.request('GET', '/api/referrals?direction=incoming')).json().items;
      assert.deepEqual(
        listed.map((r: { id: string; consentState: string }) => [r.id, r.consentState]),
        [[referralId, 'withdrawn']],
        'the list tells the receiver too that the referral can no longer be passed on',
      );
      const again = await jkm.request('POST', `/api/consents/${consentId}/withdraw`, {});
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().code, 'consent_withdrawn');
    });

    it('records every step in the audit log, each under the agency that took it, and the third agency’s refused ones', async () => {
      const { jkm: jkmId, kbri: kbriId, molisa: molisaId } = platform().agencyIds;
      const names = { [jkmId]: 'JKM', [kbriId]: 'KBRI', [molisaId]: 'MOLISA' };
      const audit = await platform().db.query<{ action: string; agency_id: string; outcome: string }>(
        `select action, agency_id, outcome from audit_event where subject_id = any ($1::text[]) order by id`,
        [[consentId, referralId]],
      );
      assert.deepEqual(
        audit.map((entry) => [entry.action, names[entry.agency_id] ?? '?', entry.outcome]),
        [
          ['consent.record', 'JKM', 'success'],
          ['referral.create', 'JKM', 'success'],
          ['referral.view', 'JKM', 'success'],
          ['referral.view', 'KBRI', 'success'],
          ['referral.accept', 'KBRI', 'success'],
          ['referral.view', 'KBRI', 'success'],
          ['referral.view', 'MOLISA', 'denied'],
          ['referral.complete', 'MOLISA', 'denied'],
          ['consent.withdraw', 'JKM', 'success'],
          ['referral.view', 'KBRI', 'success'],
          // Withdrawn twice: the refusal is audited too (decision 0130).
          ['consent.withdraw', 'JKM', 'failure'],
        ],
      );
      const [lastView] = await platform().db.query<{ detail: Record<string, unknown> }>(
        `select detail from audit_event where action = 'referral.view' order by id desc limit 1`,
      );
      assert.deepEqual(lastView?.detail, { consentState: 'withdrawn', stage: null, dataCategories: [] });
    });
  });
}
