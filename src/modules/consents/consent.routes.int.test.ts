import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { recordPerson } from '../../../test/support/screening-factory.ts';
import { personWithCase, recordConsent, refer } from '../referrals/referral.factory.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`consents API [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let personId: string;
    let consentId: string;
    const consentsUrl = () => `/api/persons/${personId}/consents`;
    const scope = () => ({
      recipientAgencyIds: [platform().agencyIds.kbri],
      purposes: ['repatriation'],
      dataCategories: ['identity'],
      method: 'written',
      givenOn: '2025-11-20',
    });

    it('records a guardian’s consent to share with embassies of one country, with its expiry', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      personId = await recordPerson(jkm, 'Putri Ayu');
      const response = await jkm.request('POST', consentsUrl(), {
        recipientAgencyTypes: ['embassy', 'embassy'],
        recipientCountry: 'ID',
        purposes: ['repatriation', 'family_tracing'],
        dataCategories: ['identity', 'contact'],
        method: 'guardian',
        guardianName: 'Siti Aminah (mother)',
        givenOn: '2025-11-20',
        expiresOn: '2031-05-20',
      });
      assert.equal(response.statusCode, 201, response.body);
      const consent = response.json();
      consentId = consent.id;
      assert.deepEqual(
        [consent.recipientAgencyTypes, consent.recipientCountry, consent.guardianName, consent.state],
        [['embassy'], 'ID', 'Siti Aminah (mother)', 'in_force'],
      );
      assert.equal(consent.recordedBy.id, jkm.userId);
    });

    it('refuses impossible consents, naming each field', async () => {
      const attempts: [Record<string, unknown>, string, string][] = [
        [{ expiresOn: '2025-11-19' }, 'expiresOn', 'is before givenOn'],
        [{ givenOn: '2999-01-01' }, 'givenOn', 'is in the future'],
        [{ method: 'guardian' }, 'guardianName', 'is required when a guardian consented'],
        [{ guardianName: 'Somebody' }, 'guardianName', 'is only for consent given by a guardian'],
        [{ recipientAgencyIds: [] }, 'recipientAgencyIds', 'name at least one agency or agency type'],
        [
          { recipientCountry: 'ID' },
          'recipientCountry',
          'limits agency types, so needs recipientAgencyTypes',
        ],
        [
          { recipientAgencyIds: [crypto.randomUUID()] },
          'recipientAgencyIds.0',
          'is not an agency of the directory',
        ],
      ];
      for (const [change, field, message] of attempts) {
        const response = await jkm.request('POST', consentsUrl(), { ...scope(), ...change });
        assert.equal(response.statusCode, 400, `${field}: ${response.body}`);
        const errors = response.json().errors as { field: string; message: string }[];
        assert.deepEqual(
          errors.map((error) => ({ field: error.field, message: error.message })),
          [{ field, message }],
        );
      }
      const purposes = await jkm.request('POST', consentsUrl(), { ...scope(), purposes: ['marketing'] });
      assert.equal(purposes.json().errors[0].field, 'purposes.0');
    });

    it('returns the first consent again for a retried request with the same idempotency key', async () => {
      const send = () =>
        jkm.request('POST', consentsUrl(), scope(), { 'idempotency-key': 'consent-retry-1' });
      const first = await send();
      const retry = await send();
      assert.equal(retry.statusCode, 201);
      assert.equal(retry.headers['idempotent-replayed'], 'true');
      assert.equal(retry.json().id, first.json().id);
    });

    it('lists the person’s consents newest first, and audits the read', async () => {
      const list = await jkm.request('GET', consentsUrl());
      assert.equal(list.statusCode, 200);
      assert.equal(list.json().items.length, 2);
      assert.equal(list.json().items[1].id, consentId);
      const audit = await platform().db.query(
        `select 1 from audit_event where action = 'consent.list' and subject_id = $1`,
        [personId],
      );
      assert.equal(audit.length, 1);
    });

    it('withdraws a consent at once, with or without a reason', async () => {
      const response = await jkm.request('POST', `/api/consents/${consentId}/withdraw`, {});
      assert.equal(response.statusCode, 200, response.body);
      const withdrawn = response.json();
      assert.deepEqual(
        [withdrawn.state, withdrawn.withdrawnBy, withdrawn.withdrawalReason],
        ['withdrawn', jkm.userId, null],
      );
      assert.ok(withdrawn.withdrawnAt);
    });

    it('keeps consents from another agency: 404 to list, record or withdraw them', async () => {
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      assert.equal((await kbri.request('GET', consentsUrl())).statusCode, 404);
      assert.equal((await kbri.request('POST', consentsUrl(), scope())).statusCode, 404);
      const other = (await jkm.request('GET', consentsUrl())).json().items[0].id;
      assert.equal((await kbri.request('POST', `/api/consents/${other}/withdraw`, {})).statusCode, 404);
    });

    it('lets frontline officers record consent and refer under it: police to the welfare department', async () => {
      const officer = await signInAs(platform().app, 'officer.pdrm@demo.lindung.org');
      const { personId: own, caseId } = await personWithCase(officer);
      const consent = await recordConsent(officer, own, {
        recipientAgencyIds: [platform().agencyIds.jkm],
        purposes: ['shelter'],
        dataCategories: ['identity', 'case_facts'],
      });
      const referralId = await refer(officer, {
        caseId,
        consentId: consent,
        toAgencyId: platform().agencyIds.jkm,
        purpose: 'shelter',
        services: ['shelter'],
      });
      const welfare = (await jkm.request('GET', '/api/referrals?direction=incoming')).json().items;
      assert.ok(welfare.some((referral: { id: string }) => referral.id === referralId));
      const withdrawn = await officer.request('POST', `/api/consents/${consent}/withdraw`, {});
      assert.equal(withdrawn.statusCode, 200, withdrawn.body);
    });

    it('keeps consent from roles without it: investigators and coordinators', async () => {
      const investigator = await signInAs(platform().app, 'investigator.pdrm@demo.lindung.org');
      const own = await recordPerson(investigator, 'Nur Aini');
      assert.equal(
        (await investigator.request('POST', `/api/persons/${own}/consents`, scope())).statusCode,
        403,
      );
      assert.equal((await investigator.request('GET', `/api/persons/${own}/consents`)).statusCode, 200);
      const coordinator = await signInAs(platform().app, 'coordinator.mapo@demo.lindung.org');
      assert.equal((await coordinator.request('GET', consentsUrl())).statusCode, 403);
    });
  });
}
