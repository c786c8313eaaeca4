import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { signInAs } from '../support/platform.ts';
import { type E2eServer, screenshot, seriousViolations, startE2eServer, stepTimeout } from './browser.ts';

/*
 * Issue 9's training in Chromium against the real server: MAPO's trainer runs a course to
 * certificates through the API (course, session, registration, attendance with scores, one
 * certificate refused to a participant who did not attend), then anyone checks the certificate on
 * the public page without signing in, by typing its code or following the address printed on it.
 * Every wait is for a heading, a role or a text that appears.
 */
describe('issue 9 in the browser: a course run to certificates, verified on the public page', () => {
  let server: E2eServer;
  let page: Page;
  let context: BrowserContext;
  let code: string;

  before(async () => {
    server = await startE2eServer();
    const trainer = await signInAs(server.platform.app, 'trainer.mapo@demo.lindung.org');
    const course = await trainer.request('POST', '/api/training-courses', {
      title: 'Nhận diện nạn nhân mua bán người',
      topic: 'identification',
      curriculum: 'Indicators, interviews, referral.',
      manualChapters: ['3'],
      languages: ['vi', 'en'],
    });
    assert.equal(course.statusCode, 201, course.body);
    const session = await trainer.request('POST', `/api/training-courses/${course.json().id}/sessions`, {
      startsOn: '2026-04-06',
      endsOn: '2026-04-07',
      mode: 'in_person',
      place: 'Johor Bahru',
      trainers: ['Mohd Faizal Hamid'],
      capacity: 20,
      language: 'vi',
    });
    assert.equal(session.statusCode, 201, session.body);
    const sessionId = session.json().id as string;
    const agencies = await server.platform.db.query<{ id: string }>(
      "select id from agency where name like 'Jabatan Kebajikan%'",
    );
    for (const fullName of ['Trần Thị Mai', 'Lê Văn Hùng']) {
      const registered = await trainer.request('POST', `/api/training-sessions/${sessionId}/registrations`, {
        fullName,
        agencyId: agencies[0]?.id,
        role: 'case_manager',
      });
      assert.equal(registered.statusCode, 201, registered.body);
    }
    const detail = await trainer.request('GET', `/api/training-sessions/${sessionId}`);
    const [mai, hung] = detail.json().participants as { id: string }[];
    const attendance = await trainer.request('POST', `/api/training-sessions/${sessionId}/attendance`, {
      records: [
        { participantId: mai?.id, attended: true, preScore: 50, postScore: 92 },
        { participantId: hung?.id, attended: false },
      ],
    });
    assert.equal(attendance.statusCode, 200, attendance.body);
    const refused = await trainer.request('POST', `/api/training-sessions/${sessionId}/certificates`, {
      participantIds: [hung?.id],
    });
    assert.equal(refused.statusCode, 400, 'no certificate for someone who did not attend');
    const issued = await trainer.request('POST', `/api/training-sessions/${sessionId}/certificates`, {
      participantIds: [mai?.id],
    });
    assert.equal(issued.statusCode, 201, issued.body);
    code = (issued.json().participants as { certificate: { code: string } | null }[]).find(
      (p) => p.certificate,
    )?.certificate?.code as string;
    assert.ok(code);
    context = await server.browser.newContext({ baseURL: server.baseUrl, locale: 'en-GB' });
    context.setDefaultTimeout(stepTimeout);
    page = await context.newPage();
  });

  after(async () => {
    await context?.close().catch(() => undefined);
    await server?.close();
  });

  it('confirms a genuine certificate typed in by someone who is not signed in', async () => {
    await page.goto('/public/certificates');
    await page.getByRole('heading', { name: 'Check a training certificate' }).waitFor();
    await page.getByLabel('Verification code').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Check' }).click();
    const result = page.getByRole('status');
    await result.getByText('This certificate is genuine').waitFor();
    await result.getByText('Trần Thị Mai').waitFor();
    await result.getByText('Nhận diện nạn nhân mua bán người').waitFor();
    await result.getByText('2026-04-07').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'public-certificate-en');
  });

  it('follows the address printed on the certificate, and says so when a code matches nothing', async () => {
    await page.goto(`/public/certificates?code=${code}`);
    await page.getByRole('status').getByText('Trần Thị Mai').waitFor();
    await page.goto('/public/certificates?code=AAAA-BBBB-CCCC');
    await page.getByRole('alert').getByText('No certificate with this code').waitFor();
    assert.equal(await page.getByText('Trần Thị Mai').count(), 0);
  });
});
