import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { totpCode } from '../../src/modules/auth/totp.ts';
import { brokenPng, reportBody, smallJpeg } from '../../src/modules/public-portal/public-portal.factory.ts';
import { personWithCase } from '../../src/modules/referrals/referral.factory.ts';
import { signInAs, type TestSession } from '../support/platform.ts';
import {
  type E2eServer,
  screenshot,
  seriousViolations,
  startE2eServer,
  stepsInOrder,
  stepTimeout,
} from './browser.ts';

/*
 * The public portal in Chromium against the real server: a member of the public reports without
 * signing in and gets a code and a secret; the police (the agency for the place) ask a question in
 * their triage queue; the reporter answers with code and secret; a JKM case worker publishes a
 * progress summary and issues a secret; the public sees the summary, and a wrong secret gets the
 * same answer as an unknown reference. A report naming a state goes to the agency that declared
 * it, and the police send a report on to another agency's queue. Every wait is for a role, a
 * heading or a text.
 */
describe('the public portal in the browser', () => {
  let server: E2eServer;
  let publicPage: Page;
  let staffPage: Page;
  let caseId: string;
  const contexts: BrowserContext[] = [];
  const receipt = { trackingCode: '', secret: '' };
  const progress = { reference: '', secret: '' };

  async function enrolled(email: string): Promise<TestSession> {
    const session = await signInAs(server.platform.app, email);
    const enrol = await session.request('POST', '/api/auth/two-factor/enrol');
    const { secret } = enrol.json() as { secret: string };
    const confirmed = await session.request('POST', '/api/auth/two-factor/confirm', {
      code: totpCode(secret),
    });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    assert.equal((await session.request('PATCH', '/api/me', { locale: 'en' })).statusCode, 200);
    return session;
  }

  let jkmSession: TestSession | undefined;
  /** JKM's case manager, enrolled once for the steps that need her. */
  async function jkm(): Promise<TestSession> {
    jkmSession ??= await enrolled('cm.jkm@demo.lindung.org');
    return jkmSession;
  }

  async function newPage(session?: TestSession): Promise<Page> {
    const context = await server.browser.newContext({ baseURL: server.baseUrl, locale: 'en-GB' });
    context.setDefaultTimeout(stepTimeout);
    if (session) {
      await context.addCookies([
        {
          name: 'lindung_session',
          value: session.cookie.slice('lindung_session='.length),
          url: server.baseUrl,
        },
      ]);
    }
    contexts.push(context);
    return context.newPage();
  }

  before(async () => {
    server = await startE2eServer();
    const police = await enrolled('officer.pdrm@demo.lindung.org');
    publicPage = await newPage();
    staffPage = await newPage(police);
  });
  after(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await server?.close();
  });

  const step = stepsInOrder('portal', () => [publicPage, staffPage]);

  step(
    "should open the portal's home at /public, leading to every public page, in four languages",
    async () => {
      await publicPage.goto('/public');
      await publicPage
        .getByRole('heading', { level: 1, name: 'Report trafficking, follow up and get help' })
        .waitFor();
      const main = publicPage.getByRole('main');
      for (const name of [
        'Report a suspicion',
        'Follow my report',
        'Case progress',
        'Help and hotlines',
        'Check a job advert',
        'Check a certificate',
      ])
        await main.getByRole('link', { name, exact: true }).waitFor();
      assert.deepEqual(await seriousViolations(publicPage), []);
      for (const [locale, heading] of [
        ['ms', 'Laporkan pemerdagangan orang, ikuti perkembangan dan dapatkan bantuan'],
        ['id', 'Laporkan perdagangan orang, pantau tindak lanjut dan dapatkan bantuan'],
        ['vi', 'Báo tin mua bán người, theo dõi và nhận hỗ trợ'],
        ['en', 'Report trafficking, follow up and get help'],
      ] as const) {
        await publicPage.getByRole('banner').getByRole('combobox').selectOption(locale);
        await publicPage.getByRole('heading', { level: 1, name: heading }).waitFor();
      }
      await main.getByRole('link', { name: 'Case progress', exact: true }).click();
      await publicPage.getByLabel('Case reference').waitFor();
    },
  );

  step("should show the job-advert and certificate checks in the portal's frame, with its menu", async () => {
    await publicPage.goto('/public/check-advert');
    await publicPage.getByRole('heading', { level: 1, name: 'Check a job advert' }).waitFor();
    const menu = publicPage.getByRole('navigation', { name: 'Public pages' });
    await menu.getByRole('link', { name: 'Report a suspicion' }).waitFor();
    assert.deepEqual(await seriousViolations(publicPage), []);
    await menu.getByRole('link', { name: 'Check a certificate' }).click();
    await publicPage.getByRole('heading', { level: 1, name: 'Check a training certificate' }).waitFor();
    await menu.getByRole('link', { name: 'Help and hotlines' }).waitFor();
    assert.deepEqual(await seriousViolations(publicPage), []);
    await publicPage.getByRole('banner').getByRole('link', { name: 'Lindung: report and get help' }).click();
    await publicPage
      .getByRole('heading', { level: 1, name: 'Report trafficking, follow up and get help' })
      .waitFor();
  });

  step('should say in words, naming the limit, that a picture is too big or cannot be opened', async () => {
    await publicPage.goto('/public/report');
    await publicPage.getByLabel('What happened?').fill('Photo of the van that took the workers.');
    await publicPage.getByLabel('Where?').fill('Jalan Industri 4, Klang');
    const pictures = publicPage.getByLabel('Pictures', { exact: false });
    await pictures.setInputFiles({
      name: 'van.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.concat([smallJpeg, Buffer.alloc(2.5 * 1024 * 1024)]),
    });
    await publicPage.getByRole('button', { name: 'Send report' }).click();
    await publicPage.getByRole('alert').filter({ hasText: 'A picture is larger than 2 MB' }).waitFor();
    await pictures.setInputFiles({ name: 'van.png', mimeType: 'image/png', buffer: brokenPng });
    await publicPage.getByRole('button', { name: 'Send report' }).click();
    await publicPage
      .getByRole('alert')
      .filter({ hasText: 'A picture cannot be opened: the file is damaged or is not really a picture' })
      .waitFor();
    assert.equal(await publicPage.getByTestId('tracking-code').count(), 0, 'nothing was received');
  });

  step('should let a member of the public report anonymously and show a code and a secret', async () => {
    await publicPage.goto('/public/report');
    await publicPage.getByRole('heading', { level: 1, name: 'Report a suspicion of trafficking' }).waitFor();
    await publicPage.getByLabel('What happened?').fill('Workers locked in at night. <b>Help</b>');
    await publicPage.getByLabel('Where?').fill('Jalan Industri 4, Klang');
    await publicPage.getByRole('button', { name: 'Send report' }).click();
    await publicPage.getByRole('heading', { name: 'Thank you, your report was received' }).waitFor();
    receipt.trackingCode = (await publicPage.getByTestId('tracking-code').textContent()) ?? '';
    receipt.secret = (await publicPage.getByTestId('secret').textContent()) ?? '';
    assert.match(receipt.trackingCode, /^R-/);
    assert.ok(receipt.secret.length >= 16);
    assert.deepEqual(await seriousViolations(publicPage), []);
  });

  step('should say clearly on the form that an address has sent too many reports', async () => {
    // The e2e server keeps a high limit; the server's 429 itself is proved in report-rate-limit.int.test.ts.
    await publicPage.route('**/api/public/reports', (route) =>
      route.fulfill({
        status: 429,
        contentType: 'application/problem+json',
        headers: { 'retry-after': '3500' },
        body: JSON.stringify({ status: 429, code: 'report_rate_limited', detail: 'Too many reports' }),
      }),
    );
    await publicPage.goto('/public/report');
    await publicPage.getByLabel('What happened?').fill('Workers locked in at night.');
    await publicPage.getByLabel('Where?').fill('Jalan Industri 4, Klang');
    await publicPage.getByRole('button', { name: 'Send report' }).click();
    await publicPage
      .getByText('You have sent as many reports from this connection as one hour allows')
      .waitFor();
    await publicPage.unroute('**/api/public/reports');
  });

  step('should count the reports in the header, lead to one from the list, and mark all read', async () => {
    // A second report, so that one is left unread after following the newest.
    const made = await server.platform.app.inject({
      method: 'POST',
      url: '/api/public/reports',
      payload: await reportBody(server.platform.app, { what: 'Cook says the agent holds her passport.' }),
    });
    const { trackingCode } = made.json() as { trackingCode: string };
    // On a phone: the list opens as a drawer over the whole width.
    const desktop = staffPage.viewportSize();
    await staffPage.setViewportSize({ width: 360, height: 740 });
    await staffPage.goto('/');
    const bell = staffPage.getByRole('button', { name: /^Notifications, \d+ unread$/ });
    const unread = Number(/(\d+) unread/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1]);
    assert.ok(unread >= 2, `${unread} unread`);
    await screenshot(staffPage, 'notifications-header-phone');
    await bell.click();
    const list = staffPage.getByRole('dialog', { name: 'Notifications' });
    await list.getByRole('button', { name: 'Mark all read' }).waitFor();
    await screenshot(staffPage, 'notifications-phone');
    assert.deepEqual(await seriousViolations(staffPage), []);
    await list
      .getByRole('link', {
        name: /A report from the public has arrived in your agency's triage queue.*Unread/,
      })
      .first()
      .click();
    await staffPage.getByRole('heading', { level: 1, name: trackingCode }).waitFor();
    await staffPage.getByRole('button', { name: `Notifications, ${unread - 1} unread`, exact: true }).click();
    await list.getByRole('button', { name: 'Mark all read' }).click();
    await staffPage.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
    await list.getByText('Unread', { exact: true }).waitFor({ state: 'detached' });
    await list.getByRole('button', { name: 'Close notifications' }).click();
    if (desktop) await staffPage.setViewportSize(desktop);
  });

  step("should put the report in the police's triage queue, where they ask a question", async () => {
    await staffPage.goto('/triage');
    await staffPage.getByRole('heading', { level: 1, name: 'Reports from the public' }).waitFor();
    await staffPage.getByRole('link', { name: receipt.trackingCode }).click();
    await staffPage.getByRole('heading', { level: 1, name: receipt.trackingCode }).waitFor();
    // The markup the reporter typed is shown as text, not run or rendered.
    await staffPage.getByText('Workers locked in at night. <b>Help</b>').waitFor();
    await staffPage.getByLabel('Question for the reporter').fill('Which building, and how many workers?');
    await staffPage.getByRole('button', { name: 'Ask', exact: true }).click();
    await staffPage.getByText('Which building, and how many workers?').waitFor();
  });

  step('should let the reporter read the question and answer it with the code and secret', async () => {
    await publicPage.goto('/public/track');
    await publicPage.getByLabel('Tracking code').fill(receipt.trackingCode);
    await publicPage.getByLabel('Secret').fill(receipt.secret);
    await publicPage.getByRole('button', { name: 'Check' }).click();
    await publicPage.getByText('Which building, and how many workers?').waitFor();
    await publicPage.getByLabel('Your answer').fill('The blue one behind the factory; about twenty.');
    await publicPage.getByRole('button', { name: 'Send answer' }).click();
    await publicPage.getByText('Being reviewed').waitFor();
    await staffPage.reload();
    await staffPage.getByText('The blue one behind the factory; about twenty.').waitFor();
  });

  step(
    'should send a report about a state to the agency that covers it, and let the police send one on',
    async () => {
      const admin = await signInAs(server.platform.app, 'admin@demo.lindung.org');
      const declared = await admin.request('PUT', `/api/agencies/${(await jkm()).agencyId}/jurisdiction`, {
        regions: ['MY-12'],
      });
      assert.equal(declared.statusCode, 200, declared.body);
      await publicPage.goto('/public/report');
      await publicPage.getByLabel('What happened?').fill('Girls kept in a karaoke bar, no pay.');
      await publicPage.getByLabel('Where?').fill('Near the jetty, Sandakan');
      await publicPage.getByLabel('State or province').selectOption({ label: 'Sabah' });
      await publicPage.getByRole('button', { name: 'Send report' }).click();
      const sabah = (await publicPage.getByTestId('tracking-code').textContent()) ?? '';
      assert.match(sabah, /^R-/);
      const jkmPage = await newPage(await jkm());
      await jkmPage.goto('/triage');
      await jkmPage.getByRole('link', { name: sabah }).waitFor();
      // The state by its name, not its ISO 3166-2 code.
      const row = jkmPage.getByRole('row').filter({ has: jkmPage.getByRole('link', { name: sabah }) });
      await row.getByRole('cell', { name: 'Sabah', exact: true }).waitFor();
      assert.equal(await row.getByText('MY-12').count(), 0);
      await jkmPage.getByRole('link', { name: sabah }).click();
      await jkmPage.getByText('Sabah', { exact: true }).waitFor();
      assert.equal(await jkmPage.getByText('MY-12').count(), 0);
      await jkmPage.goto('/triage');

      await staffPage.goto('/triage');
      await staffPage.getByRole('link', { name: receipt.trackingCode }).click();
      const form = staffPage.getByRole('form', { name: 'Send to another agency' });
      await form.getByLabel(/^Agency/).selectOption({ label: 'Jabatan Kebajikan Masyarakat' });
      await form.getByLabel('Why it belongs there').fill('Twenty workers: welfare first');
      await form.getByRole('button', { name: 'Send on' }).click();
      await staffPage.getByRole('status').filter({ hasText: 'it has left your queue' }).waitFor();
      await staffPage.goto('/triage');
      await staffPage.getByRole('heading', { level: 1, name: 'Reports from the public' }).waitFor();
      assert.equal(await staffPage.getByRole('link', { name: receipt.trackingCode }).count(), 0);
      await jkmPage.reload();
      await jkmPage.getByRole('link', { name: receipt.trackingCode }).click();
      await jkmPage
        .getByText(
          'Sent on from Polis Diraja Malaysia to Jabatan Kebajikan Masyarakat: Twenty workers: welfare first',
        )
        .waitFor();
      await jkmPage.getByText('The blue one behind the factory; about twenty.').waitFor();
    },
  );

  step(
    'should let a case worker open a case from a report for a person she finds or records, not an id',
    async () => {
      const jkmPage = await newPage(await jkm());
      await jkmPage.goto('/triage');
      await jkmPage.getByRole('link', { name: receipt.trackingCode }).click();
      const section = jkmPage.getByRole('region', { name: 'Open a case from this report' });
      assert.equal(await jkmPage.getByLabel('Person (id) for the new case').count(), 0);
      await section.getByLabel('Name').fill('Wulan Sari Dewi');
      await section.getByRole('button', { name: 'Search' }).click();
      await section.getByRole('button', { name: 'None of these: record a new person' }).click();
      await section.getByLabel('Full name, as the person gives it').fill('Wulan Sari Dewi');
      await section.getByRole('button', { name: 'Record the person' }).click();
      await section.getByText('The case will be opened for Wulan Sari Dewi.').waitFor();
      await section.getByRole('button', { name: 'Open the case' }).click();
      await jkmPage.getByRole('link', { name: 'Go to the case' }).click();
      await jkmPage.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
      await jkmPage.getByText('Wulan Sari Dewi').first().waitFor();
      // Found again by the search, the person is chosen rather than recorded twice.
      const made = await server.platform.app.inject({
        method: 'POST',
        url: '/api/public/reports',
        payload: await reportBody(server.platform.app, {
          what: 'Wulan again, seen at the same hostel.',
          country: 'MY',
          regionCode: 'MY-12',
        }),
      });
      const { trackingCode } = made.json() as { trackingCode: string };
      await jkmPage.goto('/triage');
      await jkmPage.getByRole('link', { name: trackingCode }).click();
      await section.getByLabel('Name').fill('Wulan Sari Dewi');
      await section.getByRole('button', { name: 'Search' }).click();
      await section.getByRole('button', { name: 'This is the person' }).first().click();
      await section.getByText('The case will be opened for Wulan Sari Dewi.').waitFor();
    },
  );

  step('should let an investigator turn a report into an investigation that shows the report', async () => {
    const made = await server.platform.app.inject({
      method: 'POST',
      url: '/api/public/reports',
      payload: await reportBody(server.platform.app, { what: 'Recruiter keeps passports at the hostel.' }),
    });
    const { trackingCode, secret } = made.json() as { trackingCode: string; secret: string };
    const investigatorPage = await newPage(await enrolled('investigator.pdrm@demo.lindung.org'));
    await investigatorPage.goto('/triage');
    await investigatorPage.getByRole('link', { name: trackingCode }).click();
    const form = investigatorPage.getByRole('form', { name: 'Open an investigation' });
    await form.getByLabel('Investigation reference').fill('KL/IP/2026/0417');
    await form.getByLabel('Trafficking in persons').check();
    await form.getByRole('button', { name: 'Open the investigation' }).click();
    await investigatorPage.getByRole('link', { name: 'Go to the investigation' }).click();
    await investigatorPage
      .getByRole('heading', { level: 1, name: 'Investigation KL/IP/2026/0417' })
      .waitFor();
    const origin = investigatorPage.getByRole('region', { name: 'From a report by the public' });
    await origin.getByText(trackingCode).waitFor();
    await origin.getByText('Recruiter keeps passports at the hostel.').waitFor();
    await publicPage.goto('/public/track');
    await publicPage.getByLabel('Tracking code').fill(trackingCode);
    await publicPage.getByLabel('Secret').fill(secret);
    await publicPage.getByRole('button', { name: 'Check' }).click();
    await publicPage.getByText('Taken up by the authorities').waitFor();
    assert.equal(await publicPage.getByText('Taken up as a case').count(), 0);
    assert.equal(await publicPage.getByText('KL/IP/2026/0417').count(), 0);
  });

  step('should let a case worker publish a summary and issue a secret on the case page', async () => {
    ({ caseId } = await personWithCase(await jkm()));
    const casePage = await newPage(await jkm());
    await casePage.goto(`/cases/${caseId}`);
    await casePage.getByRole('tab', { name: 'Progress for the family' }).click();
    await casePage.getByRole('heading', { level: 2, name: 'Progress the family can see' }).waitFor();
    await casePage.getByText('Publish a summary first').waitFor();
    assert.equal(await casePage.getByRole('button', { name: 'Issue a secret' }).count(), 0);
    // The person's name is refused, on the field that holds it.
    await casePage.getByLabel('Stage').fill('Ani is staying in a safe shelter');
    await casePage.getByLabel('Next step').fill('Court hearing next month');
    await casePage.getByLabel('Contact').fill('JKM office, 03-1234 5678');
    await casePage.getByRole('button', { name: 'Publish summary' }).click();
    await casePage.getByText('A summary for the public must not name a person of the case').waitFor();
    await casePage.getByLabel('Stage').fill('Staying in a safe shelter');
    await casePage.getByRole('button', { name: 'Publish summary' }).click();
    await casePage.getByRole('button', { name: 'Issue a secret' }).click();
    await casePage.getByTestId('progress-secret').waitFor();
    progress.reference = (await casePage.getByTestId('progress-reference').textContent()) ?? '';
    progress.secret = (await casePage.getByTestId('progress-secret').textContent()) ?? '';
    assert.ok(progress.reference && progress.secret);
  });

  step(
    'should show the public only that summary, and the same answer for a wrong secret as an unknown case',
    async () => {
      const check = async (reference: string, secret: string) => {
        await publicPage.goto('/public/progress');
        await publicPage.getByLabel('Case reference').fill(reference);
        await publicPage.getByLabel('Secret').fill(secret);
        await publicPage.getByRole('button', { name: 'Show progress' }).click();
      };
      await check(progress.reference, progress.secret);
      await publicPage.getByText('Staying in a safe shelter').waitFor();
      await publicPage.getByText('Court hearing next month').waitFor();
      // Typed from a note: lower case, spaces for dashes, the secret too.
      await check(
        ` ${progress.reference.toLowerCase().replaceAll('-', ' ')} `,
        progress.secret.toLowerCase(),
      );
      await publicPage.getByText('Staying in a safe shelter').waitFor();
      await check(progress.reference, 'WRONG-WRONG-WRONG-WRONG');
      const wrong = (await publicPage.getByRole('alert').textContent()) ?? '';
      await check('NOPE-2026-9999', progress.secret);
      const unknown = (await publicPage.getByRole('alert').textContent()) ?? '';
      assert.ok(wrong.length > 0);
      assert.equal(wrong, unknown);
    },
  );

  step('should show the hotlines of a country, unconfirmed ones marked', async () => {
    await publicPage.goto('/public/help');
    await publicPage.getByRole('heading', { level: 2, name: 'Hotlines' }).waitFor();
    await publicPage.getByRole('link', { name: '999', exact: true }).waitFor();
    await publicPage.getByText('not yet confirmed').first().waitFor();
    assert.deepEqual(await seriousViolations(publicPage), []);
  });

  step('should let a coordinator change a help page that the public then reads', async () => {
    const mapo = await enrolled('coordinator.mapo@demo.lindung.org');
    const editor = await newPage(mapo);
    await editor.goto('/help-pages');
    await editor.getByRole('heading', { level: 1, name: 'Help pages of your country' }).waitFor();
    const form = editor.getByRole('form', { name: 'Think before you go' });
    await form.getByLabel('Title (en)').fill('Check the agency licence first');
    await form.getByRole('button', { name: 'Save' }).click();
    // Saved, the form takes the entry's new title as its name: look for the message on the page.
    await editor.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await publicPage.goto('/public/help');
    await publicPage.getByText('Check the agency licence first').waitFor();
  });
});
