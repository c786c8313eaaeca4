import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { multipart, pdf, png } from './upload.factory.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`a person's photo [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let kbri: TestSession;
    let personId: string;

    const upload = (session: TestSession, content: Buffer, contentType?: string) => {
      const { body, contentType: type } = multipart('photo.png', content, contentType);
      return platform().app.inject({
        method: 'POST',
        url: `/api/persons/${personId}/photo`,
        payload: body,
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': type },
      });
    };

    it('has no photo until one is set', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      personId = (await jkm.request('POST', '/api/persons', { names: [{ fullName: 'Thida Aung' }] })).json()
        .id;
      const none = await jkm.request('GET', `/api/persons/${personId}/photo`);
      assert.equal(none.statusCode, 404);
      assert.equal(none.json().code, 'photo_not_found');
    });

    it('keeps the photo encrypted on disk and gives it back only as an audited download', async () => {
      const response = await upload(jkm, png);
      assert.equal(response.statusCode, 201, response.body);
      assert.equal(response.json().mediaType, 'image/png');
      const folder = path.join(platform().config.attachmentsDir, platform().agencyIds.jkm);
      const [file] = await readdir(folder);
      const stored = await readFile(path.join(folder, file as string));
      assert.ok(!stored.includes(png.subarray(16, 40)), 'the photo is not stored in clear');
      const download = await jkm.request('GET', `/api/persons/${personId}/photo`);
      assert.equal(download.statusCode, 200);
      assert.deepEqual(download.rawPayload, png);
      assert.equal(download.headers['content-type'], 'application/octet-stream');
      assert.match(String(download.headers['content-disposition']), /^attachment;/);
      assert.equal(download.headers['x-lindung-media-type'], 'image/png');
      const audit = await platform().db.query<{ action: string }>(
        "select action from audit_event where subject_id = $1 and action like 'person.%photo' order by id",
        [personId],
      );
      assert.deepEqual(
        audit.map((entry) => entry.action),
        ['person.set_photo', 'person.download_photo'],
      );
    });

    it('refuses a file that is not a photo, whatever type it claims, and keeps the photo there was', async () => {
      const refused = await upload(jkm, pdf, 'image/png');
      assert.equal(refused.statusCode, 400, refused.body);
      assert.equal(refused.json().errors[0].field, 'file');
      assert.match(refused.json().errors[0].message, /application\/pdf/);
      assert.deepEqual((await jkm.request('GET', `/api/persons/${personId}/photo`)).rawPayload, png);
    });

    it('gives another agency 404 for reading or setting the photo', async () => {
      assert.equal((await kbri.request('GET', `/api/persons/${personId}/photo`)).statusCode, 404);
      assert.equal((await upload(kbri, png)).statusCode, 404);
      const [row] = await platform().db.query<{ n: number }>(
        'select count(*)::int as n from person_photo where person_id = $1',
        [personId],
      );
      assert.equal(row?.n, 1);
    });
  });
}
