import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';

const personReader = ['person:read', 'person:write'];

/*
 * What the database refuses by itself: the search keys live on person_name, under its
 * row-level security. Statements run directly as the application role, no route in between.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`person name search keys in the database [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let kbri: TestSession;
    let personId: string;

    const asTenant = tenantQuery(() => platform().db);

    it('stores the keys with the name when a person is recorded', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      const response = await jkm.request('POST', '/api/persons', { names: [{ fullName: 'Soekarno' }] });
      personId = response.json().id;
      const rows = await asTenant(
        jkm,
        personReader,
        'select match_keys from person_name where person_id = $1',
        [personId],
      );
      assert.deepEqual(rows.length, 1);
    });

    it('finds no other agency’s names by their keys or phonetic codes', async () => {
      const byKeys = await asTenant(
        kbri,
        personReader,
        `select id from person_name where match_keys && '{sukarno}' or phonetic_keys && '{SKRN}'`,
        [],
      );
      assert.deepEqual(byKeys, []);
      const own = await asTenant(
        jkm,
        personReader,
        `select id from person_name where match_keys && '{sukarno}'`,
        [],
      );
      assert.equal(own.length, 1);
    });

    it('lets no other agency change the keys, and no one without person:read see them', async () => {
      const changed = await asTenant(
        kbri,
        personReader,
        `update person_name set match_keys = '{}' where person_id = $1 returning id`,
        [personId],
      );
      assert.deepEqual(changed, []);
      assert.deepEqual(await asTenant(jkm, [], 'select id from person_name', []), []);
    });

    it("looks up search candidates only among the caller's own agency's names, and only with person:read", async () => {
      const candidates = `select person_id from lindung_person_name_candidates('Soekarno', '{sukarno}', '{SKRN}', 10)`;
      assert.deepEqual(await asTenant(jkm, personReader, candidates, []), [{ person_id: personId }]);
      assert.deepEqual(await asTenant(kbri, personReader, candidates, []), []);
      assert.deepEqual(await asTenant(jkm, [], candidates, []), []);
    });

    it("finds the nearest names by trigrams and by keys alone, each only among the caller's agency's names", async () => {
      // Another agency's Soekarno is as near as the caller's own: only the agency keeps it out.
      const other = await kbri.request('POST', '/api/persons', { names: [{ fullName: 'Soekarno' }] });
      const otherId = other.json().id;
      const byTrigrams = `select person_id from lindung_person_name_candidates('Soekarno', '{}', '{}', 10)`;
      const byKeys = `select person_id from lindung_person_name_candidates('Zzz', '{sukarno}', '{}', 10)`;
      const byCodes = `select person_id from lindung_person_name_candidates('Zzz', '{}', '{SKRN}', 10)`;
      for (const candidates of [byTrigrams, byKeys, byCodes]) {
        assert.deepEqual(await asTenant(jkm, personReader, candidates, []), [{ person_id: personId }]);
        assert.deepEqual(await asTenant(kbri, personReader, candidates, []), [{ person_id: otherId }]);
        assert.deepEqual(await asTenant(kbri, [], candidates, []), []);
      }
    });

    it('keeps the names sharing a rare key, however many share a common one before them on the heap', async () => {
      // 26 Aungs written first lie before the one Aung Quillfeather: the key branch keeps 25 names
      // (10 candidates), and 0200's took the first 25 sharing any key, in the heap's order. Its
      // skeleton key, no word of any name, keeps the word branch from finding it.
      for (let i = 0; i < 26; i += 1) {
        await jkm.request('POST', '/api/persons', { names: [{ fullName: 'Aung' }] });
      }
      const rare = await jkm.request('POST', '/api/persons', { names: [{ fullName: 'Aung Quillfeather' }] });
      const candidates = `select person_id from lindung_person_name_candidates('Zzz', '{aung,~quilfiater}', '{}', 10)`;
      const found = await asTenant(jkm, personReader, candidates, []);
      assert.equal(found.length, 10);
      assert.deepEqual(found[0], { person_id: rare.json().id });
    });

    it('keeps a spelling sharing codes and skeletons before namesakes of one of its words', async () => {
      // 26 Sombats share two keys and a code with Sombat Intharat; Sombath Inthharath one key
      // (~sombat) and four codes. 0227 ranked the names read by keys alone and cut it at 25.
      for (let i = 0; i < 26; i += 1) {
        await jkm.request('POST', '/api/persons', { names: [{ fullName: 'Sombat' }] });
      }
      const spelt = await jkm.request('POST', '/api/persons', {
        names: [{ fullName: 'Sombath Inthharath' }],
      });
      const candidates = `select person_id from lindung_person_name_candidates(
        'Zzz', '{sombat,~sombat,intharat,~intarat}', '{SMPT,AN0RT,ANTRT,SMPTNTRT}', 40)`;
      const found = await asTenant(jkm, personReader, candidates, []);
      assert.ok(
        found.some((row) => row.person_id === spelt.json().id),
        JSON.stringify(found),
      );
    });

    it('reads a rare key and leaves a key borne by more than 4 × candidates unread', async () => {
      // 45 Aungs share a skeleton key and a code with the query, Quillfeather one skeleton key (no
      // word of the query: the word branch finds neither). 0228 read 25 Aungs by each and ranked
      // them before it, cutting Quillfeather at 25. Counted, ~aung and ANK are borne by more than
      // 4 × 10 names: only ~quilfiater is read.
      for (let i = 0; i < 45; i += 1) {
        await jkm.request('POST', '/api/persons', { names: [{ fullName: 'Aung' }] });
      }
      const rare = await jkm.request('POST', '/api/persons', { names: [{ fullName: 'Quillfeather' }] });
      const candidates = `select person_id from lindung_person_name_candidates('Zzz', '{~aung,~quilfiater}', '{ANK}', 10)`;
      const found = await asTenant<{ person_id: string }>(jkm, personReader, candidates, []);
      assert.ok(
        found.some((row) => row.person_id === rare.json().id),
        JSON.stringify(found),
      );
      const [counted] = await asTenant<{ records: number }>(
        jkm,
        personReader,
        `select records from linkage_key_count where key = 'k:~aung'`,
        [],
      );
      assert.ok((counted?.records ?? 0) > 40, JSON.stringify(counted));
    });

    it("reads the names sharing a key through an index of the agency's own keys, not every agency's", async () => {
      const { db } = platform();
      // The index's entries carry the name's agency: another agency's Sukarno is not among them.
      const [keyed] = await db.query<{ keys: string[] }>(
        `select lindung_agency_name_keys(agency_id, match_keys, phonetic_keys) as keys
           from person_name where person_id = $1`,
        [personId],
      );
      assert.ok(keyed?.keys.includes(`${jkm.agencyId}/k:sukarno`), JSON.stringify(keyed));
      assert.ok(keyed?.keys.includes(`${jkm.agencyId}/c:SKRN`), JSON.stringify(keyed));
      assert.ok(
        keyed?.keys.every((key) => key.startsWith(`${jkm.agencyId}/`)),
        JSON.stringify(keyed),
      );
      const plan = await db.transaction(async (tx) => {
        await tx.query('set local enable_seqscan = off');
        const rows = await tx.query<{ 'QUERY PLAN': string }>(
          `explain select n.person_id from person_name n
            where n.agency_id = $1
              and lindung_agency_name_keys(n.agency_id, n.match_keys, n.phonetic_keys)
                  && lindung_agency_name_keys($1, '{sukarno}', '{SKRN}')`,
          [jkm.agencyId],
        );
        return rows.map((row) => row['QUERY PLAN']).join('\n');
      });
      assert.match(plan, /person_name_agency_keys/);
    });

    it('keeps the name words and their postings from the application role; only the candidates read them', async () => {
      for (const table of ['person_name_word', 'person_name_word_form']) {
        await assert.rejects(asTenant(jkm, personReader, `select * from ${table}`, []), /permission denied/);
        await assert.rejects(
          asTenant(jkm, personReader, `insert into ${table} (agency_id, word) values ($1, 'x')`, [
            jkm.agencyId,
          ]),
          /permission denied/,
        );
      }
    });

    it('finds a name by one of its words near the others, and forgets the words of a deleted name', async () => {
      const written = await jkm.request('POST', '/api/persons', {
        names: [{ fullName: 'Zawadi Quenneville' }],
      });
      const id = written.json().id;
      const byWords = `select person_id from lindung_person_name_candidates('Quenevile Zawady', '{}', '{}', 10)`;
      assert.deepEqual(await asTenant(jkm, personReader, byWords, []), [{ person_id: id }]);
      assert.deepEqual(await asTenant(kbri, personReader, byWords, []), []);
      const words = () =>
        platform().db.query(
          `select word from person_name_word_form where agency_id = $1 and word in ('zawadi', 'quenneville')
            union all select word from person_name_word where name_id in (select n.id from person_name n where n.person_id = $2)`,
          [jkm.agencyId, id],
        );
      assert.equal((await words()).length, 4);
      await platform().db.query('delete from person where id = $1', [id]);
      assert.deepEqual(await words(), []);
    });
  });
}
