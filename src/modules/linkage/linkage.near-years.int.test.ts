import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { drainMatches, pairOf } from './linkage.factory.ts';

const person = (fullName: string, birth: Record<string, unknown>, nationality: string) => ({
  names: [{ kind: 'birth', fullName }],
  sex: 'female',
  birth,
  nationality,
});

/** Her age estimated at intake, a year off the year another officer wrote (decision 0084). */
const huong = {
  year: person('Huong Nguyen Thi Thu', { precision: 'year', year: 1996 }, 'VN'),
  estimated: person('Huong Nguyen Thi Thu', { precision: 'estimated', age: 28, on: '2025-03-01' }, 'VN'),
};
/** The Malaysian and the Indonesian spelling of Aisyah (sh, sy), an honorific and a patronymic. */
const aisyah = {
  malaysian: person('Noor Aishah Ismail', { precision: 'year', year: 2000 }, 'MY'),
  withPatronymic: person('Puan Nur Aisyah binti Ismail', { precision: 'exact', date: '2000-02-02' }, 'MY'),
};

for (const kind of await testDatabaseKinds()) {
  describe(`a birth year a year off and Aishah/Aisyah still find the person [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    const drain = () => drainMatches(platform().db);
    const hintFor = async (session: TestSession, personId: string) => {
      const response = await session.request('GET', '/api/linkage/hints?limit=100');
      assert.equal(response.statusCode, 200, response.body);
      return (response.json().items as { personId: string; probability: number }[]).find(
        (h) => h.personId === personId,
      );
    };

    it('queues the same full name born 1996 and aged 28 in 2025 as a likely match, the year apart weighed on its own', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const a = (await personWithCase(jkm, huong.year)).personId;
      const b = (await personWithCase(jkm, huong.estimated)).personId;
      const pair = await pairOf(jkm, a, b);
      assert.ok(pair, 'the pair is queued');
      assert.ok(pair.probability >= 0.5, String(pair.probability));
      const birth = pair.evidence.find((e) => e.field === 'birth');
      assert.equal(birth?.level, 'a year apart, one a year only');
    });

    it('queues Noor Aishah Ismail against Puan Nur Aisyah binti Ismail in one agency', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const a = (await personWithCase(jkm, aisyah.malaysian)).personId;
      const b = (await personWithCase(jkm, aisyah.withPatronymic)).personId;
      const pair = await pairOf(jkm, a, b);
      assert.ok(pair, 'the pair is queued');
      assert.notEqual(pair.evidence.find((e) => e.field === 'name')?.level, 'partial');
    });

    it('hints each across agencies: a birth year a year off, and Aishah recorded where Aisyah is held', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      const heldHuong = (await personWithCase(jkm, huong.year)).personId;
      await drain();
      const newHuong = (await personWithCase(molisa, huong.estimated)).personId;
      await drain();
      const heldAisyah = (await personWithCase(jkm, aisyah.withPatronymic)).personId;
      await drain();
      const newAisyah = (await personWithCase(molisa, aisyah.malaysian)).personId;
      await drain();
      for (const [held, newer] of [
        [heldHuong, newHuong],
        [heldAisyah, newAisyah],
      ] as const) {
        assert.ok(await hintFor(jkm, held), 'the holder is told');
        const hint = await hintFor(molisa, newer);
        assert.ok(hint, 'the newer side is told a match exists');
        assert.ok(hint.probability >= 0.5, String(hint.probability));
      }
    });
  });
}
