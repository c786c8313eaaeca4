import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds, useDatabaseBeforeMigration } from '../../../test/support/databases.ts';

/*
 * Migration 0093 turns the chapter numbers courses named before into chapters of an "earlier
 * edition" of their country's manual, titled by number in four languages, and links the courses.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`courses of earlier releases keep their manual chapters [${kind}]`, () => {
    const old = useDatabaseBeforeMigration(kind, 93);

    it('should make each country one earlier edition with its chapter numbers, and link every course', async () => {
      const db = old.db();
      const [agency] = await db.query<{ id: string }>(
        `insert into agency (name, type, country) values ('Majlis Anti Pemerdagangan Orang', 'coordinating_body', 'MY')
         returning id`,
      );
      const [user] = await db.query<{ id: string }>(
        `insert into app_user (email, display_name, password_hash)
         values ('trainer@example.org', 'Trainer', 'x') returning id`,
      );
      const course = (chapters: string[]) =>
        db.query<{ id: string }>(
          `insert into training_course (agency_id, country, title, topic, curriculum, manual_chapters, languages, created_by)
           values ($1, 'MY', 'Identifying victims', 'identification', 'Indicators', $2::text[], '{en}', $3) returning id`,
          [agency?.id, chapters, user?.id],
        );
      const [first] = await course(['4.2', '3', '10']);
      const [second] = await course(['3']);
      const [none] = await course([]);
      await old.migrateRest();

      const chapters = await db.query<{
        number: string;
        title: Record<string, string>;
        edition: string;
      }>(
        `select h.number, h.title, m.edition from training_manual_chapter h
           join training_manual m on m.id = h.manual_id order by h.position`,
      );
      assert.deepEqual(
        chapters.map((c) => c.number),
        ['3', '4.2', '10'],
        'one chapter per number, in chapter order',
      );
      assert.deepEqual(chapters[1]?.title, {
        en: 'Chapter 4.2',
        ms: 'Bab 4.2',
        id: 'Bab 4.2',
        vi: 'Chương 4.2',
      });
      assert.ok(chapters.every((c) => c.edition === 'earlier'));
      const linked = async (id: string | undefined) =>
        (
          await db.query<{ number: string }>(
            `select h.number from training_course_chapter l join training_manual_chapter h on h.id = l.chapter_id
              where l.course_id = $1 order by h.position`,
            [id],
          )
        ).map((row) => row.number);
      assert.deepEqual(await linked(first?.id), ['3', '4.2', '10']);
      assert.deepEqual(await linked(second?.id), ['3']);
      assert.deepEqual(await linked(none?.id), []);
    });
  });
}
