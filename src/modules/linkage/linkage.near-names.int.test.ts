import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { pairOf } from './linkage.factory.ts';

/** A man named as written, born on a date or in a year, of a nationality (issue 8's walk). */
const man = (fullName: string, birth: object, nationality: string) => ({
  names: [{ kind: 'birth', fullName }],
  sex: 'male',
  birth,
  nationality,
});
const bornOn = { precision: 'exact', date: '1995-10-10' };
const bornIn = (year: number) => ({ precision: 'year', year });

for (const kind of await testDatabaseKinds()) {
  describe(`the scan and a given or father's name near-spelled (issue 8, decision 0112) [${kind}]`, () => {
    const platform = useTestPlatform(kind);

    it('does not call Nguyễn Văn Minh and Nguyễn Văn Mạnh a likely match, nor Minh Nguyen Van born in 1995', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const minh = await personWithCase(jkm, man('Nguyễn Văn Minh', bornOn, 'VN'));
      const manh = await personWithCase(jkm, man('Nguyễn Văn Mạnh', bornOn, 'VN'));
      const minhYear = await personWithCase(jkm, man('Minh Nguyen Van', bornIn(1995), 'VN'));
      const same = await personWithCase(jkm, man('NGUYEN VAN MINH', bornOn, 'VN'));

      const written = await pairOf(jkm, minh.personId, manh.personId);
      assert.ok(!written || written.band === 'possible', `${written?.probability}`);
      if (written) assert.equal(written.evidence.find((e) => e.field === 'name')?.level, 'different');
      const yearOnly = await pairOf(jkm, minhYear.personId, manh.personId);
      assert.ok(!yearOnly || yearOnly.band === 'possible', `${yearOnly?.probability}`);
      const typed = await pairOf(jkm, minh.personId, same.personId);
      assert.equal(typed?.band, 'likely', 'the same man, written without diacritics');
    });

    it("does not call bin Hassan and bin Hussin a likely match, and shows where the father's name counts", async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const hassan = await personWithCase(jkm, man('Muhammad Ali bin Hassan', bornIn(1990), 'MY'));
      const hussin = await personWithCase(jkm, man('Muhammad Ali bin Hussin', bornIn(1990), 'MY'));
      const hasan = await personWithCase(jkm, man('Mohd Ali bin Hasan', bornIn(1990), 'MY'));

      const near = await pairOf(jkm, hassan.personId, hussin.personId);
      assert.ok(!near || near.band === 'possible', `${near?.probability}`);
      const same = await pairOf(jkm, hassan.personId, hasan.personId);
      assert.equal(same?.band, 'likely', 'the same man, his father spelt otherwise');
      const father = same?.evidence.find((e) => e.field === 'father') as
        | { level: string; weight: number; countedIn?: string }
        | undefined;
      assert.equal(father?.level, 'exact or variant');
      assert.equal(father?.countedIn, 'name', "the father's agreement is counted in the name's weight");
    });
  });
}
