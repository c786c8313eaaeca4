import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateCaseData } from '../bench/support/cases-data.ts';
import { testDatabaseKinds, useFreshDatabase } from './support/databases.ts';

/**
 * bench:cases writes its persons' names with the search-words trigger off and their words in one
 * statement afterwards, and its cases with the victim statistics' trigger off and their months
 * marked stale in one: every name must end up with exactly the postings and dictionary words the
 * trigger writes, every victim case's month marked, and the triggers on again for what comes after.
 * What the triggers write is asked of the triggers, so the test states no statement of its own.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`the case bench's generated names [${kind}]`, () => {
    // The generator writes straight to the database: no server is needed.
    const database = useFreshDatabase(kind, { contents: 'demo' });

    it("have the postings and dictionary words the trigger writes, the cases' months are marked, and the triggers are on again", async () => {
      const db = database();
      await generateCaseData(db, { seed: 3, cases: 120, agencies: 40, workersPerAgency: 1 }, () => {});
      // The oracle is the row triggers themselves, not a copy of the statement the generator runs in
      // their place (decision 0144): the words stored are kept aside, the triggers write them again,
      // and the two must be equal both ways.
      await db.exec(`create table seeded_word as select agency_id, word, rest, birth_year, name_id, person_id
                       from person_name_word;
                     create table seeded_form as select agency_id, word from person_name_word_form;
                     delete from person_name_word; delete from person_name_word_form;`);
      // A name written again fires the trigger (an unchanged name does not): with a letter more, then
      // as it was, whose words the trigger takes out again before it writes the name's.
      await db.exec(`update person_name set full_name = full_name || 'x';
                     update person_name set full_name = left(full_name, -1);`);
      const columns = 'agency_id, word, rest, birth_year, name_id, person_id';
      const [diff] = await db.query<{ missing: number; extra: number; names: number; forms: number }>(
        `select (select count(*)::int from (select ${columns} from person_name_word
                                            except all select ${columns} from seeded_word) d) as missing,
                (select count(*)::int from (select ${columns} from seeded_word
                                            except all select ${columns} from person_name_word) d) as extra,
                (select count(*)::int from person_name) as names,
                (select count(*)::int from (select agency_id, word from person_name_word_form
                                            except select agency_id, word from seeded_form) f) as forms`,
      );
      await db.exec('drop table seeded_word; drop table seeded_form');
      assert.ok((diff?.names ?? 0) >= 360, `names generated: ${diff?.names}`);
      assert.deepEqual(
        { missing: diff?.missing, extra: diff?.extra, forms: diff?.forms },
        { missing: 0, extra: 0, forms: 0 },
      );

      // The months the statistics' trigger marks for every case's persons written again (it fires on
      // any change of a case person; a case's own row only on a figure's column) are all marked.
      await db.exec(`create table seeded_month as select agency_id, month from victim_rollup_stale;
                     delete from victim_rollup_stale;
                     update case_person set role = role;`);
      const [months] = await db.query<{ unmarked: number; marked: number }>(
        `select (select count(*)::int from (select agency_id, month from victim_rollup_stale
                                            except select agency_id, month from seeded_month) m) as unmarked,
                (select count(*)::int from victim_rollup_stale) as marked`,
      );
      await db.exec('drop table seeded_month');
      assert.ok((months?.marked ?? 0) > 0, 'the trigger marked months');
      assert.equal(months?.unmarked, 0);

      const triggers = await db.query<{ name: string; enabled: string }>(
        `select tgrelid::regclass::text || '.' || tgname as name, tgenabled as enabled from pg_trigger
          where (tgrelid = 'person_name'::regclass and tgname = 'person_name_words')
             or (tgrelid in ('case_file'::regclass, 'case_person'::regclass) and tgname = 'victim_rollup_touch')
          order by 1`,
      );
      assert.deepEqual(triggers, [
        { name: 'case_file.victim_rollup_touch', enabled: 'O' },
        { name: 'case_person.victim_rollup_touch', enabled: 'O' },
        { name: 'person_name.person_name_words', enabled: 'O' },
      ]);
    });
  });
}
