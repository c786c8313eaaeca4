import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { recordPerson } from '../../../test/support/screening-factory.ts';

/** Decision 0138: a one-letter name and a query of junk ending in the beginning of a name match nothing. */
for (const kind of await testDatabaseKinds()) {
  describe(`a search never matches on a letter or a beginning alone [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    const ids: Record<string, string> = {};
    const found = async (name: string): Promise<string[]> => {
      const response = await jkm.request(
        'GET',
        `/api/persons/matches?${new URLSearchParams({ name, limit: '50' })}`,
      );
      assert.equal(response.statusCode, 200, response.body);
      const ours = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
      return (response.json().items as { id: string }[]).flatMap((item) => ours.get(item.id) ?? []);
    };

    before(async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      ids.letter = await recordPerson(jkm, 'A');
      ids.firdaus = await recordPerson(jkm, 'Muhammad Firdaus bin Abdullah');
    });

    it('never finds the person named "A" by a name that sounds like it or holds a word like it', async () => {
      assert.deepEqual(await found('Aye'), []);
      assert.deepEqual(await found('Thi Da Aye'), []);
    });

    it('never finds a name by its two first letters typed a hundred times, nor by a beginning among junk', async () => {
      assert.deepEqual(await found('ab '.repeat(100)), []);
      assert.deepEqual(await found('xyz qqq zzz abd'), []);
    });

    it('still finds the name being typed from three letters', async () => {
      assert.ok((await found('Abd')).includes('firdaus'));
      assert.ok((await found('Firdaus Abd')).includes('firdaus'));
    });
  });
}
