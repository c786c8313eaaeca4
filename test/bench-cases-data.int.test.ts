import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateCaseData } from '../bench/support/cases-data.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { useTestPlatform } from './support/platform.ts';

/**
 * bench:cases writes its persons' names with the search-words trigger off and their words in one
 * statement afterwards, and its cases with the victim statistics' trigger off and their months
 * marked stale in one: every name must end up with exactly the postings and dictionary words the
 * trigger writes, every victim case's month marked, and the triggers on again for what comes after.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`the case bench's generated names [${kind}]`, () => {
    const platform = useTestPlatform(kind);

    it("have the postings and dictionary words the trigger writes, the cases' months are marked, and the triggers are on again", async () => {
      const { db } = platform();
      await generateCaseData(db, { seed: 3, cases: 120, agencies: 40, workersPerAgency: 1 }, () => {});
      // What the trigger writes for a name (migration 0192), against what is stored, both ways.
      const expected = `select n.agency_id, p.word, p.rest,
                                lindung_known_birth_year(b.birth_date, b.birth_year, b.estimated_age, b.estimated_on),
                                n.id, n.person_id
                           from person_name n join person b on b.id = n.person_id
                                cross join lateral lindung_person_name_postings(n.full_name, n.latin_name) p`;
      const stored = 'select agency_id, word, rest, birth_year, name_id, person_id from person_name_word';
      const [diff] = await db.query<{ missing: number; extra: number; names: number; forms: number }>(
        `select (select count(*)::int from (${expected} except all ${stored}) d) as missing,
                (select count(*)::int from (${stored} except all ${expected}) d) as extra,
                (select count(*)::int from person_name) as names,
                (select count(*)::int from (select distinct agency_id, word from person_name_word) w
                  where not exists (select 1 from person_name_word_form f
                                     where f.agency_id = w.agency_id and f.word = w.word)) as forms`,
      );
      assert.ok((diff?.names ?? 0) >= 360, `names generated: ${diff?.names}`);
      assert.deepEqual(
        { missing: diff?.missing, extra: diff?.extra, forms: diff?.forms },
        {
          missing: 0,
          extra: 0,
          forms: 0,
        },
      );

      const [months] = await db.query<{ unmarked: number }>(
        `select count(*)::int as unmarked from case_file c
          where c.type = 'victim_case' and not exists (
            select 1 from victim_rollup_stale s
             where s.agency_id = c.agency_id and s.month = date_trunc('month', c.opened_on)::date)`,
      );
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
