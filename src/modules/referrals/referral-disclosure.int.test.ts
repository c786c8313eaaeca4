import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';
import { answer, embassyReferralScene, refer } from './referral.factory.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`a case's disclosures [${kind}]`, () => {
    const platform = useTestPlatform(kind);

    it('lists the views that showed the shared data, not a read that was refused', async () => {
      const { jkm, kbri, caseId, consentId } = await embassyReferralScene(platform(), {
        recipientAgencyTypes: ['welfare'],
        purposes: ['repatriation'],
      });
      const kemensos = await signInAs(platform().app, 'cm.kemensos@demo.lindung.org');
      const referralId = await refer(jkm, {
        caseId,
        consentId,
        toAgencyId: platform().agencyIds.kemensos,
        purpose: 'repatriation',
      });
      const probe = await kbri.request('GET', `/api/referrals/${referralId}`);
      assert.equal(probe.statusCode, 404, 'the embassy did not receive this referral');
      assert.equal((await kemensos.request('GET', `/api/referrals/${referralId}`)).statusCode, 200);

      const disclosures = await jkm.request('GET', `/api/cases/${caseId}/disclosures`);
      assert.equal(disclosures.statusCode, 200, disclosures.body);
      assert.deepEqual(
        disclosures
          .json()
          .items.map((item: { agencyId: string; dataCategories: string[] }) => [
            item.agencyId,
            item.dataCategories,
          ]),
        [[platform().agencyIds.kemensos, ['identity']]],
      );
    });
    it('says a view before acceptance showed only what a pending referral shows, and a view after withdrawal nothing', async () => {
      const { jkm, kbri, caseId, consentId, toKbri } = await embassyReferralScene(platform(), {
        purposes: ['repatriation'],
        dataCategories: ['identity', 'contact', 'case_facts'],
      });
      const referralId = await refer(jkm, toKbri());
      const view = async () =>
        assert.equal((await kbri.request('GET', `/api/referrals/${referralId}`)).statusCode, 200);
      await view();
      await answer(kbri, referralId, 'accept');
      await view();
      const withdrawn = await jkm.request('POST', `/api/consents/${consentId}/withdraw`);
      assert.equal(withdrawn.statusCode, 200, withdrawn.body);
      await view();

      const disclosures = await jkm.request('GET', `/api/cases/${caseId}/disclosures`);
      assert.equal(disclosures.statusCode, 200, disclosures.body);
      assert.deepEqual(
        disclosures
          .json()
          .items.reverse()
          .map((item: { stage: string | null; dataCategories: string[] }) => [
            item.stage,
            item.dataCategories,
          ]),
        [
          ['pending', ['identity', 'case_facts']],
          ['accepted', ['identity', 'contact', 'case_facts']],
          [null, []],
        ],
      );
    });
  });
}
