import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';

/** Issue 8: a name found is explained by how its weakest word agreed, "exact" only as written. */
interface Match {
  id: string;
  reasons: { on: string; detail?: string; words?: { matched: number; of: number }; agreement?: string }[];
}

const persons = {
  mohd: { names: [{ fullName: 'Mohd b. Abdullah' }], sex: 'male' },
  nam: { names: [{ fullName: 'Nguyễn Văn Nam' }] },
  siti: { names: [{ fullName: 'Siti Nurhaliza binti Ahmad' }], sex: 'female' },
  aini: { names: [{ fullName: 'Nur Aini Rahman' }], sex: 'female' },
  sreymom: { names: [{ fullName: 'Sreymom Chan' }], sex: 'female' },
};

for (const kind of await testDatabaseKinds()) {
  describe(`a name found says how its words agreed [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    const ids: Record<string, string> = {};

    /** The reason the person `key` was found by `name`. */
    const nameReasonOf = async (name: string, key: keyof typeof persons) => {
      const response = await jkm.request('GET', `/api/persons/matches?${new URLSearchParams({ name })}`);
      assert.equal(response.statusCode, 200, response.body);
      const found = (response.json().items as Match[]).find((match) => match.id === ids[key]);
      assert.ok(found, `${name}: ${response.body}`);
      return found.reasons[0];
    };

    before(async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      for (const [key, person] of Object.entries(persons)) {
        const response = await jkm.request('POST', '/api/persons', person);
        assert.equal(response.statusCode, 201, response.body);
        ids[key] = response.json().id;
      }
    });

    it('says "exact" when every word was written as stored, case aside', async () => {
      const reason = await nameReasonOf('MOHD B. ABDULLAH', 'mohd');
      assert.equal(reason?.agreement, 'exact');
      assert.deepEqual(reason?.words, { matched: 2, of: 2 });
      assert.match(reason?.detail ?? '', /Mohd b\. Abdullah: 2 of 2 words \(exact\)/);
    });

    it('says "exact" for a Vietnamese name typed without its marks: folding is no rule', async () => {
      const reason = await nameReasonOf('Nguyen Van Nam', 'nam');
      assert.equal(reason?.agreement, 'exact');
      assert.match(reason?.detail ?? '', /Nguyễn Văn Nam: 3 of 3 words \(exact\)/);
    });

    it('says "variant" when a word agreed by its canonical form (Muhd / Mohd: Muhammad)', async () => {
      const reason = await nameReasonOf('Muhd Abdullah', 'mohd');
      assert.equal(reason?.agreement, 'variant');
      assert.match(reason?.detail ?? '', /2 of 2 words \(variant\)/);
    });

    it('never says "exact" for a misspelt word: Abdulah is a listed spelling, Abdullha only sounds alike', async () => {
      const tester = await nameReasonOf('Muhd Abdulah', 'mohd');
      assert.equal(tester?.agreement, 'variant');
      assert.doesNotMatch(tester?.detail ?? '', /exact/);
      const misspelt = await nameReasonOf('Mohd Abdulah', 'mohd');
      assert.equal(misspelt?.agreement, 'variant');
      const slip = await nameReasonOf('Mohd Abdullha', 'mohd');
      assert.equal(slip?.agreement, 'phonetic');
      assert.match(slip?.detail ?? '', /2 of 2 words \(phonetic\)/);
    });

    it('counts the words as typed: Nurhaliza is one word, though the names rules read it Nur Haliza', async () => {
      const one = await nameReasonOf('Nurhaliza', 'siti');
      assert.deepEqual(one?.words, { matched: 1, of: 1 });
      assert.match(one?.detail ?? '', /Siti Nurhaliza binti Ahmad: 1 of 1 words \(exact\)/);
      const three = await nameReasonOf('Siti Nurhaliza Ahmad', 'siti');
      assert.deepEqual(three?.words, { matched: 3, of: 3 });
      assert.equal(three?.agreement, 'exact');
      const joined = await nameReasonOf('Sitinurhaliza', 'siti');
      assert.deepEqual(joined?.words, { matched: 1, of: 1 });
    });

    it('says in the API description that the words are counted as typed', async () => {
      interface Described {
        description?: string;
        properties?: Record<string, Described>;
        items?: Described;
      }
      const spec = (await jkm.request('GET', '/api/openapi.json')).json() as {
        components: { schemas: Record<string, Described> };
      };
      const reasons = spec.components.schemas.PersonMatch?.properties?.reasons;
      assert.match(
        reasons?.items?.properties?.words?.description ?? '',
        /words typed .* counted as typed: a word read as several \(Nurhaliza: Nur Haliza\) is one word/,
      );
    });

    it('counts a word typed as agreeing only when all of it did: Nurhaliza is not Nur Aini', async () => {
      const reason = await nameReasonOf('Nurhaliza Rahman', 'aini');
      assert.equal(reason?.on, 'name_partial');
      assert.deepEqual(reason?.words, { matched: 1, of: 2 });
      assert.equal(reason?.agreement, 'exact', 'Rahman as written; the Nur of Nurhaliza is no word typed');
    });

    it('counts words typed apart that a rule put together as the words typed (Srey Mom against Sreymom)', async () => {
      const reason = await nameReasonOf('Srey Mom', 'sreymom');
      assert.deepEqual(reason?.words, { matched: 2, of: 2 });
      assert.equal(reason?.agreement, 'variant');
    });
  });
}
