import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';

/**
 * A new user's walk of issue 8 (decision 0122): a year of birth searched for puts the persons born
 * that year first, then those within two years, then those born far from it, however a name
 * spelled a little closer would have scored.
 */
interface Match {
  id: string;
  names: string[];
  score: number;
}

for (const kind of await testDatabaseKinds()) {
  describe(`person search orders by the year of birth searched for [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    const ids = new Map<string, string>();

    const record = async (label: string, fullName: string, year: number) => {
      const created = await jkm.request('POST', '/api/persons', {
        names: [{ fullName }],
        birth: { precision: 'year', year },
      });
      assert.equal(created.statusCode, 201, created.body);
      ids.set(label, created.json().id);
    };
    const search = async (query: Record<string, string>) => {
      const response = await jkm.request('GET', `/api/persons/matches?${new URLSearchParams(query)}`);
      assert.equal(response.statusCode, 200, response.body);
      const labels = new Map([...ids].map(([label, id]) => [id, label]));
      return (response.json().items as Match[]).map((match) => labels.get(match.id));
    };

    before(async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      await record('Sumiati 1975', 'Sumiati', 1975);
      await record('Sumiyati 1994', 'Sumiyati', 1994);
      await record('Aung 1992', 'Aung', 1992);
      await record('Aung Kyaw Min 1990', 'Aung Kyaw Min', 1990);
      await record('Aung Ko 1960', 'Aung Ko', 1960);
      await record('X', 'X', 1980);
      await record('Aung Kyaw Mo', 'Aung Kyaw Mo', 1985);
      await record('Aung Kyaw Moe', 'Aung Kyaw Moe', 1986);
      await record('Md Faizal', 'Md Faizal', 1987);
      await record('Muhammad Faizal', 'Muhammad Faizal', 1988);
    });

    it('puts a name born within two years of the year searched for above the same name spelled exactly but born far off', async () => {
      assert.deepEqual(await search({ name: 'Sumiati', birthYear: '1992' }), [
        'Sumiyati 1994',
        'Sumiati 1975',
      ]);
    });

    it('puts the person born in the year searched for above one born two years off, and both above one born far off', async () => {
      const found = await search({ name: 'Aung', birthYear: '1990' });
      assert.deepEqual(found.slice(0, 2), ['Aung Kyaw Min 1990', 'Aung 1992']);
      assert.ok(found.includes('Aung Ko 1960'), 'born far off, still found');
    });

    it('matches no one-letter name on a letter typed over and over', async () => {
      for (const name of ['xx', 'xxxxx', 'x'.repeat(300)]) assert.deepEqual(await search({ name }), [], name);
    });

    it('finds the Burmese Mo and Moe "Moh" sounds like, and the Mohd and Muhammad it begins, as the README says', async () => {
      // A whole word it sounds like first, then the names it only begins (decision 0107).
      const found = await search({ name: 'Moh' });
      assert.deepEqual(new Set(found.slice(0, 2)), new Set(['Aung Kyaw Mo', 'Aung Kyaw Moe']));
      assert.deepEqual(new Set(found.slice(2)), new Set(['Md Faizal', 'Muhammad Faizal']));
    });

    it('orders by the name alone when no year is searched for', async () => {
      assert.deepEqual((await search({ name: 'Sumiati' }))[0], 'Sumiati 1975');
    });
  });
}
