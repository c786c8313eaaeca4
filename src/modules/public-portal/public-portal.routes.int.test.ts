import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { aniCaseFacts, aniRecord } from '../referrals/referral.factory.ts';
import { brokenPng, jpegWithGps, proofOfWork, reportBody, smallJpeg } from './public-portal.factory.ts';
import { maxPictureBytes } from './public-report.schema.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`public portal [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let police: TestSession;
    let jkm: TestSession;
    let receipt: { trackingCode: string; secret: string };
    let reportId: string;

    const publicPost = (url: string, payload: object): Promise<LightMyRequestResponse> =>
      platform().app.inject({ method: 'POST', url, payload });

    it('takes an anonymous report with a picture, strips its metadata and returns a code and a secret', async () => {
      police = await signInAs(platform().app, 'officer.pdrm@demo.lindung.org');
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const response = await publicPost(
        '/api/public/reports',
        await reportBody(platform().app, {
          who: '<script>alert("x")</script> Boss Lim',
          pictures: [{ contentBase64: jpegWithGps.toString('base64') }],
        }),
      );
      assert.equal(response.statusCode, 201, response.body);
      const { trackingCode, secret } = response.json();
      receipt = { trackingCode, secret };
      assert.match(receipt.trackingCode, /^R-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
      const [stored] = await platform().db.query<{ secret_hash: string; what: string; agency_id: string }>(
        'select secret_hash, what, agency_id from public_report',
      );
      assert.ok(stored && !stored.what.includes('dormitory'), 'the text is encrypted');
      assert.notEqual(stored?.secret_hash, receipt.secret);
      assert.equal(
        stored?.agency_id,
        platform().agencyIds.pdrm,
        'a report about Malaysia goes to its police',
      );
    });

    it('refuses a picture that cannot be decoded, naming it by a code, and keeps nothing of the report', async () => {
      const count = async () =>
        (await platform().db.query<{ n: number }>('select count(*)::int as n from public_report'))[0]?.n;
      const before = await count();
      const broken = await publicPost(
        '/api/public/reports',
        await reportBody(platform().app, {
          what: 'A report with a damaged picture',
          pictures: [
            { contentBase64: smallJpeg.toString('base64') },
            { contentBase64: brokenPng.toString('base64') },
          ],
        }),
      );
      assert.equal(broken.statusCode, 400, broken.body);
      assert.match(broken.headers['content-type'] as string, /application\/problem\+json/);
      assert.deepEqual(
        broken.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
        [['pictures.1', 'picture_undecodable']],
      );
      assert.equal(await count(), before, 'no report was kept');
    });

    it('spends the proof of work of a request refused for its picture, so it cannot be sent again', async () => {
      const cutFrame = Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x02]);
      const refused = await reportBody(platform().app, {
        pictures: [{ contentBase64: cutFrame.toString('base64') }],
      });
      const first = await publicPost('/api/public/reports', refused);
      assert.equal(first.statusCode, 400, first.body);
      assert.deepEqual(
        first.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
        [['pictures.0', 'picture_undecodable']],
        'a frame header cut short is a picture that cannot be read, not a server error',
      );
      // The same proof, sent again in parallel, with the picture and then without: used up each time.
      const again = await Promise.all([
        publicPost('/api/public/reports', refused),
        publicPost('/api/public/reports', { ...refused, pictures: [] }),
      ]);
      for (const response of again) {
        assert.equal(response.statusCode, 400, response.body);
        assert.equal(response.json().errors[0].field, 'proofOfWork');
      }
      const tooBig = await reportBody(platform().app, {
        pictures: [
          { contentBase64: Buffer.concat([smallJpeg, Buffer.alloc(maxPictureBytes)]).toString('base64') },
        ],
      });
      assert.equal((await publicPost('/api/public/reports', tooBig)).statusCode, 413);
      const replayed = await publicPost('/api/public/reports', { ...tooBig, pictures: [] });
      assert.equal(replayed.statusCode, 400, replayed.body);
      assert.equal(replayed.json().errors[0].field, 'proofOfWork');
    });

    it('answers a picture over the size limit with a 413 whose code the web app names the limit by', async () => {
      const tooBig = Buffer.concat([smallJpeg, Buffer.alloc(maxPictureBytes)]);
      const response = await publicPost(
        '/api/public/reports',
        await reportBody(platform().app, { pictures: [{ contentBase64: tooBig.toString('base64') }] }),
      );
      assert.equal(response.statusCode, 413, response.body);
      assert.match(response.headers['content-type'] as string, /application\/problem\+json/);
      assert.equal(response.json().code, 'picture_too_large');
      assert.match(response.json().detail, /Picture 1 is larger than 2 MB/);
      const atLimit = Buffer.concat([smallJpeg, Buffer.alloc(maxPictureBytes - smallJpeg.length - 64)]);
      const accepted = await publicPost(
        '/api/public/reports',
        await reportBody(platform().app, { pictures: [{ contentBase64: atLimit.toString('base64') }] }),
      );
      assert.equal(accepted.statusCode, 201, accepted.body);
    });

    it('refuses a reused proof of work, a missing one, a PDF and a country nobody serves, naming the field', async () => {
      const body = await reportBody(platform().app);
      assert.equal((await publicPost('/api/public/reports', body)).statusCode, 201);
      const reused = await publicPost('/api/public/reports', body);
      assert.equal(reused.statusCode, 400);
      assert.equal(reused.json().errors[0].field, 'proofOfWork');
      assert.match(reused.headers['content-type'] as string, /application\/problem\+json/);
      const { proofOfWork: _, ...withoutWork } = await reportBody(platform().app);
      assert.equal((await publicPost('/api/public/reports', withoutWork)).statusCode, 400);
      const pdf = await publicPost(
        '/api/public/reports',
        await reportBody(platform().app, {
          pictures: [{ contentBase64: Buffer.from('%PDF-1.7').toString('base64') }],
        }),
      );
      assert.equal(pdf.statusCode, 400);
      assert.equal(pdf.json().errors[0].field, 'pictures.0');
      assert.equal(pdf.json().errors[0].code, 'picture_unsupported');
      const nowhere = await publicPost(
        '/api/public/reports',
        await reportBody(platform().app, { country: 'FR' }),
      );
      assert.equal(nowhere.statusCode, 400);
      assert.equal(nowhere.json().errors[0].field, 'country');
      const huge = await publicPost(
        '/api/public/reports',
        await reportBody(platform().app, { what: 'x'.repeat(5001) }),
      );
      assert.equal(huge.statusCode, 400);
      assert.equal(huge.json().errors[0].field, 'what');
    });

    it("puts the report in the police's triage queue only, keeping the script as text", async () => {
      const queue = await police.request('GET', '/api/public-reports');
      assert.equal(queue.statusCode, 200, queue.body);
      const item = queue
        .json()
        .items.find((r: { trackingCode: string }) => r.trackingCode === receipt.trackingCode);
      reportId = item.id;
      assert.equal(item.pictures, 1);
      const opened = await police.request('GET', `/api/public-reports/${reportId}`);
      assert.equal(opened.json().who, '<script>alert("x")</script> Boss Lim');
      const picture = await police.request(
        'GET',
        `/api/public-reports/${reportId}/pictures/${opened.json().pictureIds[0]}`,
      );
      assert.equal(picture.statusCode, 200);
      assert.equal(picture.headers['content-type'], 'image/jpeg');
      assert.ok(!picture.rawPayload.toString('latin1').includes('GPS'), 'the GPS position is gone');
      assert.equal((await jkm.request('GET', `/api/public-reports/${reportId}`)).statusCode, 404);
    });

    it('lets the reporter read a question and answer it with the code and secret only', async () => {
      const asked = await police.request('POST', `/api/public-reports/${reportId}/questions`, {
        question: 'Which floor of the dormitory?',
      });
      assert.equal(asked.json().status, 'awaiting_reporter');
      const status = await publicPost('/api/public/reports/status', receipt);
      assert.equal(status.statusCode, 200, status.body);
      assert.equal(status.json().takenUpAs, null);
      assert.deepEqual(
        status.json().messages.map((m: { body: string }) => m.body),
        ['Which floor of the dormitory?'],
      );
      assert.equal(
        JSON.stringify(status.json()).includes('Boss Lim'),
        false,
        'nothing of the report is echoed',
      );
      const answered = await publicPost('/api/public/reports/answers', {
        ...receipt,
        answer: 'The third floor.',
      });
      assert.equal(answered.json().status, 'in_review');
      const seen = await police.request('GET', `/api/public-reports/${reportId}`);
      assert.equal(seen.json().messages[1].body, 'The third floor.');
    });

    it('answers a wrong secret exactly as an unknown code', async () => {
      const wrong = await publicPost('/api/public/reports/status', {
        ...receipt,
        secret: 'AAAA-AAAA-AAAA-AAAA',
      });
      const unknown = await publicPost('/api/public/reports/status', {
        trackingCode: 'R-ZZZZ-ZZZZ',
        secret: receipt.secret,
      });
      assert.equal(wrong.statusCode, 404);
      assert.equal(unknown.statusCode, 404);
      const strip = (body: Record<string, unknown>) => ({ ...body, requestId: '', instance: '' });
      assert.deepEqual(strip(wrong.json()), strip(unknown.json()));
    });

    it('turns a report into a case of the police with the cases command, and then takes no more answers', async () => {
      const person = await police.request('POST', '/api/persons', {
        names: [{ fullName: 'Unknown worker' }],
      });
      assert.equal(person.statusCode, 201, person.body);
      const asCase = await police.request('POST', `/api/public-reports/${reportId}/convert`, {
        type: 'investigation',
        personId: person.json().id,
      });
      assert.equal(asCase.statusCode, 400, 'an investigation is opened by …/investigation only');
      assert.equal(asCase.json().errors[0].field, 'type');
      const converted = await police.request('POST', `/api/public-reports/${reportId}/convert`, {
        type: 'victim_case',
        personId: person.json().id,
      });
      assert.equal(converted.statusCode, 200, converted.body);
      assert.equal(converted.json().status, 'converted');
      const opened = await police.request('GET', `/api/cases/${converted.json().caseId}`);
      assert.equal(opened.statusCode, 200);
      const status = await publicPost('/api/public/reports/status', receipt);
      assert.equal(status.json().takenUpAs, 'case');
      assert.ok(!status.body.includes(converted.json().caseId), 'the reporter learns no case id');
      const queue = await police.request('GET', '/api/public-reports?status=converted');
      assert.equal(queue.json().items[0].takenUpAs, 'case');
      const late = await publicPost('/api/public/reports/answers', { ...receipt, answer: 'More.' });
      assert.equal(late.statusCode, 422);
      const audit = await platform().db.query<{ action: string }>(
        "select action from audit_event where subject_type = 'public_report' order by id",
      );
      for (const action of [
        'public_report.receive',
        'public_report.read',
        'public_report.ask',
        'public_report.answer',
        'public_report.convert',
      ]) {
        assert.ok(
          audit.some((row) => row.action === action),
          action,
        );
      }
    });

    it('shows a case worker’s summary to a code holder only, the same 404 otherwise, and stops after revocation', async () => {
      const person = await jkm.request('POST', '/api/persons', aniRecord);
      const opened = await jkm.request('POST', '/api/cases', {
        type: 'victim_case',
        personId: person.json().id,
        ...aniCaseFacts,
      });
      const caseId = opened.json().id;
      const reference = opened.json().reference;
      // Never a name of the case's persons, whole or in part, whatever its case or accents.
      for (const [field, text] of [
        ['stage', 'ANI SURYÀNI is in Shelter Kasih Tawau'],
        ['nextStep', 'Hearing next month; ani attends'],
        ['contactPoint', 'Call Suryani’s officer'],
        ['stage', 'Yani is safe'],
        // Spaced letters and an old spelling of the same name (issue 11).
        ['stage', 'A n i is safe'],
        ['nextStep', 'S-u-r-y-a-n-i attends the hearing'],
        ['contactPoint', 'Call Soerjani’s officer'],
      ] as const) {
        const named = await jkm.request('PUT', `/api/cases/${caseId}/progress`, {
          stage: 'Support in a shelter',
          nextStep: 'Hearing next month',
          contactPoint: 'JKM hotline 15999',
          [field]: text,
        });
        assert.equal(named.statusCode, 400, text);
        assert.deepEqual(
          named.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
          [[field, 'summary_names_person']],
        );
      }
      const published = await jkm.request('PUT', `/api/cases/${caseId}/progress`, {
        stage: 'Support in a shelter',
        // Words that only contain a name (Ani in "Manifest", Yani in "Yanis") are not names.
        nextStep: 'Hearing next month; Manifest review with Yanis Court',
        contactPoint: 'JKM hotline 15999',
      });
      assert.equal(published.statusCode, 200, published.body);
      const issued = await jkm.request('POST', `/api/cases/${caseId}/progress-codes`, { validDays: 30 });
      assert.equal(issued.statusCode, 201, issued.body);
      const { secret, id: codeId } = issued.json();
      const check = (body: object) => publicPost('/api/public/case-progress', body);
      const seen = await check({ caseReference: reference, secret: secret.toLowerCase() });
      assert.equal(seen.statusCode, 200, seen.body);
      assert.deepEqual(Object.keys(seen.json()).sort(), [
        'caseReference',
        'contactPoint',
        'nextStep',
        'publishedAt',
        'stage',
      ]);
      assert.ok(!seen.body.includes(aniRecord.names[0]?.fullName as string));
      const wrong = await check({ caseReference: reference, secret: 'AAAA-BBBB-CCCC-DDDD' });
      const unknown = await check({ caseReference: 'NOPE-2026-0001', secret });
      assert.equal(wrong.statusCode, 404);
      assert.equal(wrong.json().code, unknown.json().code);
      assert.equal(wrong.json().detail, unknown.json().detail);
      assert.equal((await police.request('POST', `/api/cases/${caseId}/progress-codes`, {})).statusCode, 404);
      const revoked = await jkm.request('POST', `/api/progress-codes/${codeId}/revoke`);
      assert.equal(revoked.json().codes[0].state, 'revoked');
      assert.equal((await check({ caseReference: reference, secret })).statusCode, 404);
      const [logged] = await platform().db.query<{ client_hash: string; expires_at: Date }>(
        "select client_hash, expires_at from public_attempt where kind = 'case_progress' limit 1",
      );
      assert.match(logged?.client_hash ?? '', /^[0-9a-f]{16}$/, 'a truncated hash, not an address');
      assert.ok(new Date(logged?.expires_at as Date).getTime() <= Date.now() + 3_600_000 + 60_000);
    });

    it('refuses further checks from a client after ten failures', async () => {
      let last = 0;
      for (let i = 0; i < 12; i += 1) {
        last = (await publicPost('/api/public/case-progress', { caseReference: 'X-1', secret: `WRONG${i}` }))
          .statusCode;
      }
      assert.equal(last, 429);
    });

    it('serves the help pages in the asked language and lets a coordinator change only their country’s', async () => {
      const help = await platform().app.inject({
        method: 'GET',
        url: '/api/public/help?country=VN&language=vi',
      });
      assert.equal(help.statusCode, 200);
      const hotline = help.json().items.find((i: { phone: string }) => i.phone === '111');
      assert.equal(hotline.confirmed, false);
      assert.match(hotline.title, /Tổng đài/);
      const mapo = await signInAs(platform().app, 'coordinator.mapo@demo.lindung.org');
      const gugus = await signInAs(platform().app, 'coordinator.gugustugas@demo.lindung.org');
      const mine = (await mapo.request('GET', '/api/help-content')).json().items;
      assert.ok(mine.every((i: { country: string }) => i.country === 'MY'));
      const entry = mine.find((i: { topic: string }) => i.topic === 'campaign');
      const change = {
        ...entry,
        translations: { ...entry.translations, en: { title: 'Check the licence', body: 'Ask for it.' } },
      };
      const { id, country, updatedAt, ...input } = change;
      assert.equal((await mapo.request('PUT', `/api/help-content/${id}`, input)).statusCode, 200);
      assert.equal((await gugus.request('PUT', `/api/help-content/${id}`, input)).statusCode, 404);
      assert.equal((await jkm.request('PUT', `/api/help-content/${id}`, input)).statusCode, 403);
      const after = await platform().app.inject({
        method: 'GET',
        url: '/api/public/help?country=MY&language=en',
      });
      assert.ok(after.json().items.some((i: { title: string }) => i.title === 'Check the licence'));
      void country;
      void updatedAt;
      void proofOfWork;
    });
  });
}
