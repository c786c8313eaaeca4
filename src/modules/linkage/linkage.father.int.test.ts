import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { pairOf } from './linkage.factory.ts';

/** A Malaysian man born on the walk's date (walk10 F3), named as written. */
const hafiz = (fullName: string) => ({
  names: [{ kind: 'birth', fullName }],
  sex: 'male',
  birth: { precision: 'exact', date: '1992-05-14' },
  nationality: 'MY',
});

for (const kind of await testDatabaseKinds()) {
  describe(`the scan and the father's name (walk10 F3) [${kind}]`, () => {
    const platform = useTestPlatform(kind);

    it('queues two men of one name and birth date but different fathers as possible at most', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const ismail = await personWithCase(jkm, hafiz('Muhammad Hafiz bin Ismail'));
      const abdullah = await personWithCase(jkm, hafiz('Muhammad Hafiz bin Abdullah'));
      const haji = await personWithCase(jkm, hafiz('Hj. Mohamad Hafiz b. Abdullah'));
      const dropped = await personWithCase(jkm, hafiz('Mohd Hafiz'));

      for (const other of [abdullah, haji]) {
        const pair = await pairOf(jkm, ismail.personId, other.personId);
        if (!pair) continue;
        assert.equal(pair.band, 'possible');
        const father = pair.evidence.find((e) => e.field === 'father');
        assert.equal(father?.level, 'different');
        assert.ok((father?.weight ?? 0) < 0);
      }
      const same = await pairOf(jkm, abdullah.personId, haji.personId);
      assert.equal(same?.band, 'likely', 'the same man, his patronymic spelt otherwise');
      assert.equal(same?.evidence.find((e) => e.field === 'father')?.weight, 0, 'agreement is the name’s');
      const withoutFather = await pairOf(jkm, abdullah.personId, dropped.personId);
      assert.equal(withoutFather?.band, 'likely', 'a dropped patronymic does not count against');
      assert.equal(withoutFather?.evidence.find((e) => e.field === 'father')?.level, 'missing');
    });
  });
}
