import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';
import { embassyReferralScene, refer } from './referral.factory.ts';

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
  });
}
