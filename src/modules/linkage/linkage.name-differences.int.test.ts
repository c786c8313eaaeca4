import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { pairOf } from './linkage.factory.ts';

/** A woman named as written, born on the twins' date. */
const twin = (fullName: string) => ({
  names: [{ kind: 'birth', fullName }],
  sex: 'female',
  birth: { precision: 'exact', date: '2001-03-14' },
  nationality: 'MY',
});

for (const kind of await testDatabaseKinds()) {
  describe(`a pair's name evidence says which words differ (issue 8's walk) [${kind}]`, () => {
    const platform = useTestPlatform(kind);

    it('tells the reviewer that the twins Nur Aina and Nur Aini binti Razak differ by one letter, whatever the model scores', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const aina = await personWithCase(jkm, twin('Nur Aina binti Razak'));
      const aini = await personWithCase(jkm, twin('Nur Aini binti Razak'));

      const pair = await pairOf(jkm, aina.personId, aini.personId);
      assert.ok(pair, 'the twins are queued as a pair');
      const name = pair.evidence.find((e) => e.field === 'name') as
        | { differences?: { a: string; b: string; letters: number }[] }
        | undefined;
      const [difference, ...more] = name?.differences ?? [];
      assert.deepEqual(more, []);
      assert.deepEqual(
        new Set([difference?.a, difference?.b]),
        new Set(['Aina', 'Aini']),
        JSON.stringify(name),
      );
      assert.equal(difference?.letters, 1);
      const other = pair.evidence.find((e) => e.field !== 'name') as { differences?: unknown } | undefined;
      assert.equal(other?.differences, undefined, 'only the name says where it differs');
    });

    it('tells the reviewer that V. is the initial of Văn, not two letters that differ', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const vietnamese = (fullName: string) => ({ ...twin(fullName), nationality: 'VN' });
      const full = await personWithCase(jkm, vietnamese('Trần Văn Thảo'));
      const initial = await personWithCase(jkm, vietnamese('Trần V. Thảo'));

      const pair = await pairOf(jkm, full.personId, initial.personId);
      assert.ok(pair, 'the two are queued as a pair');
      const name = pair.evidence.find((e) => e.field === 'name') as
        | { differences?: { a: string; b: string; initial?: boolean }[] }
        | undefined;
      assert.deepEqual(
        name?.differences?.map((d) => [new Set([d.a, d.b]), d.initial]),
        [[new Set(['Văn', 'V.']), true]],
        JSON.stringify(name),
      );
    });
  });
}
