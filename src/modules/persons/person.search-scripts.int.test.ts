import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { backfillPersonNameKeys, nameKeysVersion } from './person-name-keys.ts';

interface Match {
  id: string;
  names: string[];
  score: number;
  reasons: { on: string; weight: number; detail?: string }[];
}

/** Names recorded in Burmese, Thai and Khmer script, and one Thai name recorded in Latin. */
const persons = {
  kyaw: { names: [{ fullName: 'ကျော်ဇင်ထက်' }], birth: { precision: 'exact', date: '1993-12-03' } },
  somsak: { names: [{ fullName: 'สมศักดิ์ ใจดี' }] },
  dara: { names: [{ fullName: 'សុខ ដារ៉ា' }] },
  somchai: { names: [{ fullName: 'Somchai Boonmee' }] },
};

for (const kind of await testDatabaseKinds()) {
  describe(`person search across scripts [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let kbri: TestSession;
    const ids: Record<string, string> = {};
    let kbriKyaw: string;

    const search = async (params: Record<string, string>, session = jkm) => {
      const response = await session.request('GET', `/api/persons/matches?${new URLSearchParams(params)}`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json().items as Match[];
    };

    before(async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      for (const [key, person] of Object.entries(persons)) {
        const response = await jkm.request('POST', '/api/persons', person);
        assert.equal(response.statusCode, 201, response.body);
        ids[key] = response.json().id;
      }
      // The same name in another agency, in Latin: never listed for JKM.
      const other = await kbri.request('POST', '/api/persons', {
        names: [{ fullName: 'Kyaw Zin Htet' }],
        birth: { precision: 'exact', date: '1993-12-03' },
      });
      assert.equal(other.statusCode, 201, other.body);
      kbriKyaw = other.json().id;
    });

    it('finds the name recorded in Burmese script from its Latin spelling, with the date of birth, and says why', async () => {
      const items = await search({ name: 'Kyaw Zin Htet', birthDate: '1993-12-03' });
      const [first] = items;
      assert.equal(first?.id, ids.kyaw);
      assert.deepEqual(first?.names, ['ကျော်ဇင်ထက်'], 'the name as written is what is shown');
      assert.equal(first?.reasons[0]?.on, 'name_tokens');
      assert.match(first?.reasons[0]?.detail ?? '', /ကျော်ဇင်ထက်: 3 of 3 words/);
      assert.ok(first?.reasons.some((reason) => reason.on === 'birth_date'));
      assert.ok((first?.score ?? 0) >= 0.8, String(first?.score));
      assert.ok(!items.some((match) => match.id === kbriKyaw), "another agency's record is not listed");
    });

    it('finds the names recorded in Thai and Khmer script from their usual Latin spellings', async () => {
      assert.equal((await search({ name: 'Somsak Jaidee' }))[0]?.id, ids.somsak);
      assert.equal((await search({ name: 'Sok Dara' }))[0]?.id, ids.dara);
    });

    it('finds a name recorded in Latin from its script, and the other agency finds only its own', async () => {
      assert.equal((await search({ name: 'สมชาย' }))[0]?.id, ids.somchai);
      const theirs = await search({ name: 'ကျော်ဇင်ထက်' }, kbri);
      assert.deepEqual(
        theirs.map((match) => match.id),
        [kbriKyaw],
      );
    });

    it('posts the Latin reading as search words beside the words as written', async () => {
      const rows = await platform().db.query<{ word: string }>(
        'select word from person_name_word where person_id = $1 order by word',
        [ids.kyaw],
      );
      const words = rows.map((row) => row.word);
      for (const word of ['kyaw', 'zin', 'htet']) assert.ok(words.includes(word), word);
      assert.ok(
        words.some((word) => /[\u1000-\u109f]/u.test(word)),
        'the words as written are posted too',
      );
      const [latin] = await platform().db.query<{ latin_name: string | null }>(
        'select latin_name from person_name where person_id = $1',
        [ids.somchai],
      );
      assert.equal(latin?.latin_name, null, 'a Latin name has no reading of its own');
    });

    it('does not list a different name in another script', async () => {
      const items = await search({ name: 'Hun Sen' });
      assert.ok(!items.some((match) => match.id === ids.dara));
    });

    it('re-keys names stored under the rules before the Latin readings', async () => {
      await platform().db.query(
        `update person_name set match_keys = array[full_name], phonetic_keys = '{}', latin_name = null,
                keys_version = $2 - 1
          where person_id = $1`,
        [ids.dara, nameKeysVersion],
      );
      assert.equal(await backfillPersonNameKeys(platform().db), 1);
      const [row] = await platform().db.query<{ match_keys: string[]; keys_version: number }>(
        'select match_keys, keys_version from person_name where person_id = $1',
        [ids.dara],
      );
      assert.ok(row?.match_keys.includes('dara'));
      const words = await platform().db.query<{ word: string }>(
        'select word from person_name_word where person_id = $1',
        [ids.dara],
      );
      assert.ok(words.some((w) => w.word === 'dara'));
      assert.equal(row?.keys_version, nameKeysVersion);
      assert.equal((await search({ name: 'Sok Dara' }))[0]?.id, ids.dara);
    });
  });
}
