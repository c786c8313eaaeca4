import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { multipartParts, pdf, png, type UploadPart } from './upload.factory.ts';

/**
 * Issue 11: an upload of two files kept the first and dropped the second without a word, so the
 * sender believed both were kept. Every upload route takes one file and refuses any part more.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`an upload with more parts than its one file [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let routes: string[];

    const send = (url: string, parts: readonly UploadPart[]) => {
      const { body, contentType } = multipartParts(parts);
      return platform().app.inject({
        method: 'POST',
        url,
        payload: body,
        headers: { cookie: jkm.cookie, 'x-csrf-token': jkm.csrfToken, 'content-type': contentType },
      });
    };
    const storedFiles = async () => {
      const folder = path.join(platform().config.attachmentsDir, platform().agencyIds.jkm);
      return (await readdir(folder).catch(() => [])).length;
    };
    const tables = ['case_attachment', 'person_photo', 'action_plan_report_evidence'];
    const rowCount = async () => {
      let count = 0;
      for (const table of tables) count += (await platform().db.query(`select 1 from ${table}`)).length;
      return count;
    };
    const refused = async (url: string, parts: readonly UploadPart[], problems: [string, string][]) => {
      const response = await send(url, parts);
      assert.equal(response.statusCode, 400, `${url}: ${response.body}`);
      assert.match(String(response.headers['content-type']), /application\/problem\+json/);
      assert.deepEqual(
        (response.json().errors as { field: string; code: string }[]).map((e) => [e.field, e.code]),
        problems,
      );
    };
    const refusedPart = (url: string, parts: readonly UploadPart[], name: string) =>
      refused(url, parts, [[name, 'file_part_extra']]);

    it('signs in a case manager with a person and a case', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const person = await jkm.request('POST', '/api/persons', { names: [{ fullName: 'Thida Aung' }] });
      const personId = person.json().id;
      const caseId = (await jkm.request('POST', '/api/cases', { type: 'victim_case', personId })).json().id;
      // The evidence route reads the file before it looks up the report: any report id will do.
      const report = '00000000-0000-4000-8000-000000000000';
      routes = [
        `/api/cases/${caseId}/attachments`,
        `/api/persons/${personId}/photo`,
        `/api/action-plan-reports/${report}/evidence`,
      ];
    });

    it('should refuse a second file on every upload route, naming it, and keep neither', async () => {
      const first = { name: 'file', fileName: 'passport.png', content: png };
      for (const url of routes) {
        await refusedPart(url, [first, { name: 'file', fileName: 'second.png', content: png }], 'file');
        await refusedPart(url, [first, { name: 'back', fileName: 'back.pdf', content: pdf }], 'back');
        await refusedPart(url, [first, { name: 'note', content: Buffer.from('a field') }], 'note');
      }
      assert.equal(await rowCount(), 0);
      assert.equal(await storedFiles(), 0);
    });

    it('should refuse a field sent before the file by its name, as it does one sent after, not as a missing file', async () => {
      const note = { name: 'note', content: Buffer.from('a field') };
      const file = { name: 'file', fileName: 'passport.png', content: png };
      for (const url of routes) {
        await refusedPart(url, [note, file], 'note');
        await refusedPart(url, [{ name: 'back', fileName: 'back.pdf', content: pdf }, file], 'back');
      }
      assert.equal(await rowCount(), 0);
      assert.equal(await storedFiles(), 0);
    });

    it('should name both the part more and the missing file when no file comes in the field "file"', async () => {
      const url = routes[0] as string;
      await refused(
        url,
        [{ name: 'note', content: Buffer.from('a field') }],
        [
          ['note', 'file_part_extra'],
          ['file', 'file_missing'],
        ],
      );
      await refused(
        url,
        [{ name: 'photo', fileName: 'passport.png', content: png }],
        [
          ['photo', 'file_part_extra'],
          ['file', 'file_missing'],
        ],
      );
      await refused(url, [], [['file', 'file_missing']]);
      assert.equal(await rowCount(), 0);
    });

    it('should refuse many files as a part more, not as an error of the server', async () => {
      const many = Array.from({ length: 5 }, (_, i) => ({
        name: 'file',
        fileName: `p${i}.png`,
        content: png,
      }));
      await refusedPart(routes[0] as string, many, 'file');
      assert.equal(await rowCount(), 0);
    });

    it('should still keep one file sent alone', async () => {
      const response = await send(routes[0] as string, [
        { name: 'file', fileName: 'passport.png', content: png },
      ]);
      assert.equal(response.statusCode, 201, response.body);
      assert.equal(await storedFiles(), 1);
    });
  });
}
