import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';

interface Reading {
  name: string;
  latin: string | null;
  unicode: string | null;
}

/** A Burmese name in Unicode only, one typed in Zawgyi, and a Vietnamese name in Latin. */
const born = { sex: 'male', birth: { precision: 'exact', date: '1993-12-03' }, nationality: 'MM' };
const kyaw = { names: [{ fullName: 'ကျော်ဇင်ထက်' }], ...born };
/** The same man as another officer wrote him, in Latin: a pair for the linkage review. */
const kyawLatin = { names: [{ fullName: 'Kyaw Zin Htet' }], ...born };
const aung = { names: [{ fullName: 'ေအာင္ေက်ာ္ထက္' }, { kind: 'alias', fullName: 'Aung Htet' }] };
const anh = { names: [{ fullName: 'Nguyễn Thị Ánh' }] };

for (const kind of await testDatabaseKinds()) {
  describe(`name readings in the person and the search [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    const ids: Record<string, string> = {};

    before(async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      for (const [key, person] of Object.entries({ kyaw, kyawLatin, aung, anh })) {
        const response = await jkm.request('POST', '/api/persons', person);
        assert.equal(response.statusCode, 201, response.body);
        ids[key] = response.json().id;
      }
    });

    it('gives a Burmese-script name found by its Latin spelling with that reading beside it', async () => {
      const response = await jkm.request('GET', '/api/persons/matches?name=Kyaw+Zin+Htet');
      assert.equal(response.statusCode, 200, response.body);
      const match = response.json().items.find((item: { id: string }) => item.id === ids.kyaw);
      assert.deepEqual(match?.names, ['ကျော်ဇင်ထက်']);
      assert.deepEqual(match?.nameReadings, [{ name: 'ကျော်ဇင်ထက်', latin: 'Kyaw Zin Htet', unicode: null }]);
    });

    it("gives the person's names with their Latin reading, and none for a name in Latin", async () => {
      const burmese = await jkm.request('GET', `/api/persons/${ids.kyaw}`);
      assert.equal(burmese.statusCode, 200, burmese.body);
      const [name] = burmese.json().names;
      assert.equal(name.fullName, 'ကျော်ဇင်ထက်');
      assert.equal(name.latin, 'Kyaw Zin Htet');
      assert.equal(name.unicode, null);
      const latin = await jkm.request('GET', `/api/persons/${ids.anh}`);
      assert.deepEqual(
        latin.json().names.map((n: { latin: string | null; unicode: string | null }) => [n.latin, n.unicode]),
        [[null, null]],
      );
    });

    it('gives the Unicode form of a name recorded in Zawgyi and keeps the name as given', async () => {
      const person = await jkm.request('GET', `/api/persons/${ids.aung}`);
      assert.equal(person.statusCode, 200, person.body);
      const [zawgyi, alias] = person.json().names;
      assert.equal(zawgyi.fullName, 'ေအာင္ေက်ာ္ထက္', 'the record keeps what was typed');
      assert.equal(zawgyi.unicode, 'အောင်ကျော်ထက်');
      assert.equal(zawgyi.latin, 'Aung Kyaw Htet');
      assert.deepEqual([alias.latin, alias.unicode], [null, null]);

      const search = await jkm.request('GET', '/api/persons/matches?name=Aung+Kyaw+Htet');
      assert.equal(search.statusCode, 200, search.body);
      const match = search.json().items.find((item: { id: string }) => item.id === ids.aung);
      const readings: Reading[] = match?.nameReadings ?? [];
      assert.deepEqual(readings, [
        { name: 'ေအာင္ေက်ာ္ထက္', latin: 'Aung Kyaw Htet', unicode: 'အောင်ကျော်ထက်' },
        { name: 'Aung Htet', latin: null, unicode: null },
      ]);
    });

    it("gives the readings of each name of a linkage pair's persons", async () => {
      assert.equal((await jkm.request('POST', '/api/linkage/scans')).statusCode, 200);
      const { items } = (await jkm.request('GET', '/api/linkage/candidates?limit=50')).json();
      const pair = items.find(
        (candidate: { personA: { id: string }; personB: { id: string } }) =>
          [candidate.personA.id, candidate.personB.id].sort().join() ===
          [ids.kyaw, ids.kyawLatin].sort().join(),
      );
      assert.ok(pair, 'the two records are a possible duplicate');
      const byId = Object.fromEntries(
        [pair.personA, pair.personB].map((person: { id: string; nameReadings: Reading[] }) => [
          person.id,
          person.nameReadings,
        ]),
      );
      assert.deepEqual(byId[ids.kyaw as string], [
        { name: 'ကျော်ဇင်ထက်', latin: 'Kyaw Zin Htet', unicode: null },
      ]);
      assert.deepEqual(byId[ids.kyawLatin as string], [
        { name: 'Kyaw Zin Htet', latin: null, unicode: null },
      ]);
    });
  });
}
