import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { anhRecords, drainMatches } from './linkage.factory.ts';

interface HintView {
  personId: string;
  holds: boolean;
  otherAgency: { id: string } | null;
}

const hintOf = async (session: TestSession, personId: string) => {
  const response = await session.request('GET', '/api/linkage/hints?limit=100');
  assert.equal(response.statusCode, 200, response.body);
  return (response.json().items as HintView[]).find((hint) => hint.personId === personId);
};

for (const kind of await testDatabaseKinds()) {
  describe(`a hint whose agency holds one pair and is newer in another [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    const drain = () => drainMatches(platform().db);

    it('names the agency that recorded a newer record to the holder, though that agency also holds an older one', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      const older = (await personWithCase(molisa, anhRecords.withoutAccents)).personId;
      await drain();
      const victim = (await personWithCase(jkm, anhRecords.withAccents)).personId;
      await drain();
      const before = await hintOf(jkm, victim);
      assert.deepEqual([before?.holds, before?.otherAgency], [false, null], 'newer than the older record');

      await personWithCase(molisa, anhRecords.withoutAccents);
      await drain();
      const after = await hintOf(jkm, victim);
      assert.equal(after?.holds, true, 'the newer record makes the shelter a holder');
      assert.equal(after?.otherAgency?.id, molisa.agencyId, 'and the holder is told who recorded it');
      const olderSide = await hintOf(molisa, older);
      assert.equal(
        olderSide?.otherAgency?.id,
        jkm.agencyId,
        'the older record’s holder is named the newer side',
      );
    });
  });
}
