import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { recordPersons } from '../../../test/support/persons.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';

/** Issue 8's walk: a name is matched by its words — in Zawgyi too — and never on nothing. */
interface Match {
  id: string;
  names: string[];
  reasons: { on: string; detail?: string; words?: { matched: number; of: number } }[];
}

/** "Aung Kyaw Htet" in Burmese script, as a Unicode keyboard and a Zawgyi keyboard write it. */
const aungKyawHtet = { unicode: 'အောင်ကျော်ထက်', zawgyi: 'ေအာင္ေက်ာ္ထက္' };

const persons = {
  faizal: { names: [{ fullName: 'Muhammad Faizal bin Abdullah' }], sex: 'male' },
  nam: { names: [{ fullName: 'Nguyễn Văn Nam' }] },
  dewi: { names: [{ fullName: 'Dewi Lestari' }] },
  aung: {
    names: [{ fullName: 'Aung Kyaw Htet' }, { kind: 'own_script', fullName: aungKyawHtet.unicode }],
  },
  mya: { names: [{ kind: 'own_script', fullName: 'ျမင့္ျမတ္ေအး' }] },
};

/** Names with no word of a name left once titles, markers and punctuation are set aside. */
const saysNothing = ['bin binti', 'binti', 'Haji', '-- ..', 'Encik Puan'];

for (const kind of await testDatabaseKinds()) {
  describe(`a name is matched by its words, never on nothing [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    const ids: Record<string, string> = {};

    const ask = (name: string) =>
      jkm.request('GET', `/api/persons/matches?${new URLSearchParams({ name, limit: '50' })}`);
    const search = async (name: string) => {
      const response = await ask(name);
      assert.equal(response.statusCode, 200, response.body);
      return response.json().items as Match[];
    };

    before(async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      Object.assign(ids, await recordPersons(jkm, persons));
    });

    it('finds a person by a name typed in Zawgyi, and one recorded in Zawgyi by the Unicode name', async () => {
      const byZawgyi = await search(aungKyawHtet.zawgyi);
      assert.equal(byZawgyi[0]?.id, ids.aung);
      assert.equal(byZawgyi[0]?.reasons[0]?.on, 'name_tokens');
      const recordedInZawgyi = await search('မြင့်မြတ်အေး');
      assert.equal(recordedInZawgyi[0]?.id, ids.mya);
      assert.deepEqual(recordedInZawgyi[0]?.names, ['ျမင့္ျမတ္ေအး'], 'the name is shown as it was written');
    });

    it('refuses to record a name that says nothing (400, naming the field, as the search does), in a new record or an edit', async () => {
      for (const fullName of saysNothing) {
        const response = await jkm.request('POST', '/api/persons', {
          names: [{ fullName: 'Siti Aminah' }, { kind: 'alias', fullName }],
        });
        assert.equal(response.statusCode, 400, `${JSON.stringify(fullName)}: ${response.body}`);
        assert.equal(response.json().code, 'name_without_words');
        assert.deepEqual(
          response.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
          [['names.1.fullName', 'name_without_words']],
        );
      }
      // Zero-width spaces are removed at the door (decision 0072): what is left is an empty name.
      const invisible = await jkm.request('POST', '/api/persons', {
        names: [{ fullName: 'Siti Aminah' }, { kind: 'alias', fullName: '\u200b\u200b' }],
      });
      assert.equal(invisible.statusCode, 400, invisible.body);
      assert.equal(invisible.json().errors[0].field, 'names.1.fullName');
      const read = await jkm.request('GET', `/api/persons/${ids.dewi}`);
      const edit = await jkm.request(
        'PUT',
        `/api/persons/${ids.dewi}`,
        {
          names: [{ fullName: 'Haji' }],
          sex: 'unknown',
          birth: { precision: 'unknown' },
          languages: [],
          documents: [],
        },
        { 'if-match': String(read.headers.etag) },
      );
      assert.equal(edit.statusCode, 400, edit.body);
      assert.equal(edit.json().errors[0].field, 'names.0.fullName');
      assert.equal(
        (await jkm.request('POST', '/api/persons', { names: [{ fullName: 'A' }] })).statusCode,
        201,
      );
    });

    it('answers 400 to a search for a name that says nothing, rather than a match on nothing', async () => {
      for (const name of ['Daw', 'Haji Encik', 'a/l', 'bin', '-- ..', '\u200b\u200b']) {
        const response = await ask(name);
        assert.equal(response.statusCode, 400, `${JSON.stringify(name)}: ${response.body}`);
        assert.equal(response.json().code, 'name_without_words');
        assert.deepEqual(response.json().errors[0], {
          code: 'name_without_words',
          field: 'query.name',
          message: 'has no word of a name in it (only titles, patronymic markers, punctuation or spaces)',
        });
      }
    });

    it('finds the person by the other words when one word searched for is an initial, wrong or extra', async () => {
      for (const name of ['M. Faizal', 'Faizal Ismail', 'Xyzzy Faizal', 'Faizal 王']) {
        const items = await search(name);
        assert.ok(
          items.some((match) => match.id === ids.faizal),
          `${name}: ${JSON.stringify(items)}`,
        );
      }
      const [partial] = (await search('Faizal Ismail')).filter((match) => match.id === ids.faizal);
      assert.equal(partial?.reasons[0]?.on, 'name_partial');
      assert.deepEqual(partial?.reasons[0]?.words, { matched: 1, of: 2 });
      assert.match(partial?.reasons[0]?.detail ?? '', /1 of 2 words/);
    });

    it('never matches on common words alone, and says how many words matched', async () => {
      const items = await search('Nguyen Van Duc');
      assert.ok(
        !items.some((match) => match.id === ids.nam),
        'Nguyen and Van say nobody: not Nguyễn Văn Nam',
      );
      const [nam] = await search('Nguyen Van Nam');
      assert.equal(nam?.id, ids.nam);
      assert.deepEqual(nam?.reasons[0]?.words, { matched: 3, of: 3 });
      assert.equal(nam?.reasons[0]?.on, 'name_tokens');
      const both = await search('Nam Lestari');
      const dewi = both.find((match) => match.id === ids.dewi);
      assert.equal(dewi?.reasons[0]?.on, 'name_partial');
      assert.match(dewi?.reasons[0]?.detail ?? '', /Dewi Lestari: 1 of 2 words \(exact\)/);
    });

    it("leaves a name's postings alone when a write (the keys' refill) changes none of its words", async () => {
      const { db } = platform();
      const postings = () =>
        db.query<{ row: string }>(
          `select w.ctid::text as row from person_name_word w join person_name n on n.id = w.name_id
            where n.person_id = $1 order by 1`,
          [ids.dewi],
        );
      const before = await postings();
      assert.ok(before.length > 0);
      await db.query(
        'update person_name set latin_name = latin_name, full_name = full_name where person_id = $1',
        [ids.dewi],
      );
      assert.deepEqual(await postings(), before, 'the same rows: not deleted and written again');
      await db.query(`update person_name set full_name = 'Dewi Kartika' where person_id = $1`, [ids.dewi]);
      assert.notDeepEqual(await postings(), before, 'a changed name is posted anew');
    });
  });
}
