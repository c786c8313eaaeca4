import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';

const titles = (en: string) => ({ en, ms: `${en} (ms)`, id: `${en} (id)`, vi: `${en} (vi)` });
const edition2024 = {
  edition: '2024',
  title: titles('National training manual, 2024 edition'),
  chapters: [
    { number: '1', title: titles('The law') },
    { number: '7', title: titles('Online recruitment and scams') },
  ],
};

for (const kind of await testDatabaseKinds()) {
  describe(`the national training manual [${kind}]`, () => {
    const platform = useTestPlatform(kind);

    it("should issue an edition with titled chapters that the country's courses name by id", async () => {
      const trainer = await signInAs(platform().app, 'trainer.mapo@demo.lindung.org');
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const issued = await trainer.request('POST', '/api/training-manuals', edition2024);
      assert.equal(issued.statusCode, 201, issued.body);
      const scams = issued.json().chapters.find((c: { number: string }) => c.number === '7');
      assert.equal(scams.title.vi, 'Online recruitment and scams (vi)');
      const [audit] = await platform().db.query<{ detail: { chapters: number } }>(
        "select detail from audit_event where action = 'training_manual.issue' and detail->>'edition' = '2024'",
      );
      assert.equal(audit?.detail.chapters, 2);

      const seen = await jkm.request('GET', '/api/training-manuals');
      assert.deepEqual(
        seen.json().items.map((m: { edition: string }) => m.edition),
        ['2024', '2019'],
        'every agency of the country reads them, newest first',
      );
      const course = await trainer.request('POST', '/api/training-courses', {
        title: 'Recruitment scams online',
        topic: 'prevention',
        curriculum: 'Job adverts, social media, warning signs.',
        manualChapterIds: [scams.id],
        languages: ['en'],
      });
      assert.equal(course.statusCode, 201, course.body);
      assert.deepEqual(course.json().manualChapters[0].title.ms, 'Online recruitment and scams (ms)');
      assert.equal(
        (await jkm.request('POST', '/api/training-manuals', { ...edition2024, edition: '2025' })).statusCode,
        403,
      );
    });

    it('should refuse a repeated edition, a repeated number and a chapter of another country by field name', async () => {
      const trainer = await signInAs(platform().app, 'trainer.mapo@demo.lindung.org');
      const gugus = await signInAs(platform().app, 'coordinator.gugustugas@demo.lindung.org');
      const again = await trainer.request('POST', '/api/training-manuals', {
        ...edition2024,
        edition: '2019',
      });
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().code, 'manual_edition_exists');
      const twice = await trainer.request('POST', '/api/training-manuals', {
        ...edition2024,
        chapters: [...edition2024.chapters, { number: '7', title: titles('Again') }],
      });
      assert.equal(twice.statusCode, 400);
      assert.equal(twice.json().errors[0].field, 'chapters.2.number');
      assert.deepEqual((await gugus.request('GET', '/api/training-manuals')).json().items, []);
      // Indonesia's manual, written straight to the database: a Malaysian course cannot name its chapters.
      const [foreignChapter] = await platform().db.query<{ id: string }>(
        `with m as (insert into training_manual (agency_id, country, edition, title)
                    values ($1, 'ID', '2020', '{"en":"Manual","ms":"Manual","id":"Manual","vi":"Manual"}') returning id)
         insert into training_manual_chapter (manual_id, number, title, position)
         select id, '1', '{"en":"Bab 1","ms":"Bab 1","id":"Bab 1","vi":"Bab 1"}', 0 from m returning id`,
        [gugus.agencyId],
      );
      assert.deepEqual(
        (await gugus.request('GET', '/api/training-manuals'))
          .json()
          .items.map((m: { edition: string }) => m.edition),
        ['2020'],
        'each country reads its own',
      );
      const foreign = await trainer.request('POST', '/api/training-courses', {
        title: 'Kursus',
        topic: 'prevention',
        curriculum: 'a b',
        manualChapterIds: [foreignChapter?.id],
        languages: ['ms'],
      });
      assert.equal(foreign.statusCode, 400);
      assert.equal(foreign.json().errors[0].field, 'manualChapterIds.0');
    });
  });

  describe(`the national training manual in the database [${kind}]`, () => {
    const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: true });
    const asTenant = tenantQuery(() => platform().db);
    const trainerPermissions = ['training:manage'];

    it("should keep manuals and chapters to their country, and a course's chapters to its agency", async () => {
      const trainer = await signInAs(platform().app, 'trainer.mapo@demo.lindung.org');
      const gugus = await signInAs(platform().app, 'coordinator.gugustugas@demo.lindung.org');
      const jkm = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      for (const table of ['training_manual', 'training_manual_chapter', 'training_course_chapter']) {
        assert.deepEqual(await asTenant(gugus, trainerPermissions, `select 1 from ${table}`), [], table);
        assert.ok(
          (await asTenant(jkm, [], `select 1 from ${table}`)).length > 0,
          `${table} is read in the country`,
        );
      }
      assert.deepEqual((await gugus.request('GET', '/api/training-manuals')).json().items, []);
      const [manual] = await platform().db.query<{ id: string }>('select id from training_manual limit 1');
      const [course] = await platform().db.query<{ id: string }>('select id from training_course limit 1');
      const [chapter] = await platform().db.query<{ id: string }>(
        `select id from training_manual_chapter h where not exists
           (select 1 from training_course_chapter l where l.chapter_id = h.id and l.course_id = $1) limit 1`,
        [course?.id],
      );
      const refused = (error: { code?: string }) => error.code === '42501';
      await assert.rejects(
        asTenant(
          jkm,
          trainerPermissions,
          `insert into training_manual_chapter (manual_id, number, title, position)
           values ($1, '99', '{"en":"x","ms":"x","id":"x","vi":"x"}', 99)`,
          [manual?.id],
        ),
        refused,
        'another agency adds no chapter to the manual',
      );
      await assert.rejects(
        asTenant(
          jkm,
          trainerPermissions,
          'insert into training_course_chapter (course_id, chapter_id) values ($1, $2)',
          [course?.id, chapter?.id],
        ),
        refused,
        'another agency links no chapter to the course',
      );
      await assert.rejects(
        asTenant(
          gugus,
          trainerPermissions,
          `insert into training_manual (agency_id, country, edition, title, created_by)
           values ($1, 'MY', 'foreign', '{"en":"x","ms":"x","id":"x","vi":"x"}', $2)`,
          [gugus.agencyId, gugus.userId],
        ),
        refused,
      );
      const viaApi = await jkm.request('POST', '/api/training-manuals', { ...edition2024, edition: 'jkm' });
      assert.ok(viaApi.statusCode >= 400, `refused (${viaApi.statusCode})`);
      assert.equal(
        (await platform().db.query("select 1 from training_manual where edition = 'jkm'")).length,
        0,
      );
      void trainer;
    });
  });
}
