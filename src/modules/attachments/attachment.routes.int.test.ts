import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { multipart, png } from './upload.factory.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`case attachments [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let caseId: string;
    let attachmentId: string;

    const upload = (session: TestSession, fileName: string, content: Buffer, contentType?: string) => {
      const { body, contentType: type } = multipart(fileName, content, contentType);
      return platform().app.inject({
        method: 'POST',
        url: `/api/cases/${caseId}/attachments`,
        payload: body,
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': type },
      });
    };

    it('attaches a scanned document to a case, keeping the file encrypted on disk', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const person = await jkm.request('POST', '/api/persons', { names: [{ fullName: 'Thida Aung' }] });
      caseId = (
        await jkm.request('POST', '/api/cases', { type: 'victim_case', personId: person.json().id })
      ).json().id;
      const response = await upload(jkm, '../passport Thida.png', png);
      assert.equal(response.statusCode, 201, response.body);
      const attachment = response.json();
      attachmentId = attachment.id;
      assert.equal(attachment.fileName, 'passport Thida.png');
      assert.equal(attachment.mediaType, 'image/png');
      const folder = path.join(platform().config.attachmentsDir, platform().agencyIds.jkm);
      const [file] = await readdir(folder);
      const stored = await readFile(path.join(folder, file as string));
      assert.ok(!stored.includes(png.subarray(16, 40)), 'the file content is not stored in clear');
      const [row] = await platform().db.query<{ file_name: string }>('select file_name from case_attachment');
      assert.match(row?.file_name ?? '', /^v1\./);
    });

    it('serves it only as a download, never inline, and audits the download', async () => {
      const response = await jkm.request('GET', `/api/attachments/${attachmentId}/content`);
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-type'], 'application/octet-stream');
      assert.match(
        String(response.headers['content-disposition']),
        /^attachment; filename\*=UTF-8''passport%20Thida\.png$/,
      );
      assert.match(String(response.headers['content-security-policy']), /sandbox/);
      assert.deepEqual(response.rawPayload, png);
      const audit = await platform().db.query(
        `select 1 from audit_event where action = 'case.download_attachment'`,
      );
      assert.equal(audit.length, 1);
    });

    it('refuses files whose content is not an accepted kind, whatever they claim to be', async () => {
      const html = await upload(jkm, 'scan.png', Buffer.from('<html><script>alert(1)</script></html>'));
      assert.equal(html.statusCode, 400);
      assert.equal(html.json().errors[0].field, 'file');
      const script = await upload(jkm, 'run.sh', Buffer.from('#!/bin/sh\nrm -rf /\n'), 'text/plain');
      assert.equal(script.statusCode, 400);
    });

    it('refuses a file over the size limit with 413 and keeps nothing', async () => {
      const big = Buffer.concat([png, Buffer.alloc(21 * 1024 * 1024)]);
      const response = await upload(jkm, 'big.png', big);
      assert.equal(response.statusCode, 413);
      assert.equal(response.json().code, 'body_too_large');
      const rows = await platform().db.query('select 1 from case_attachment');
      assert.equal(rows.length, 1);
    });

    it('refuses a file altered on disk', async () => {
      const folder = path.join(platform().config.attachmentsDir, platform().agencyIds.jkm);
      const file = path.join(folder, attachmentId);
      const stored = await readFile(file);
      stored[stored.length - 1] = (stored[stored.length - 1] ?? 0) ^ 1;
      await writeFile(file, stored);
      const response = await jkm.request('GET', `/api/attachments/${attachmentId}/content`);
      assert.equal(response.statusCode, 500);
      assert.match(response.json().detail, /does not decrypt/);
    });

    it('hides attachments from another agency', async () => {
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      assert.equal((await kbri.request('GET', `/api/attachments/${attachmentId}/content`)).statusCode, 404);
      assert.equal((await kbri.request('GET', `/api/cases/${caseId}/attachments`)).statusCode, 404);
      assert.equal((await upload(kbri, 'x.png', png)).statusCode, 404);
    });

    it('should refuse a file on a closed case with 409 case_closed, and keep nothing', async () => {
      const closed = await jkm.request('POST', `/api/cases/${caseId}/status`, {
        status: 'closed',
        reason: 'Returned home',
      });
      assert.equal(closed.statusCode, 200, closed.body);
      const response = await upload(jkm, 'late.png', png);
      assert.equal(response.statusCode, 409, response.body);
      assert.equal(response.json().code, 'case_closed');
      assert.equal((await platform().db.query('select 1 from case_attachment')).length, 1);
    });
  });
}
