import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { totpCode } from '../../src/modules/auth/totp.ts';
import { personWithCase } from '../../src/modules/referrals/referral.factory.ts';
import { signInAs, type TestSession } from '../support/platform.ts';
import { type E2eServer, screenshot, seriousViolations, startE2eServer, stepTimeout } from './browser.ts';
import { englishLeftovers } from './untranslated.ts';

/*
 * The whole app in Malay, on a phone (360 px) and a desktop (1280 px): every main page is visited,
 * its visible text must hold no English text of the catalogue that Malay says otherwise, axe must
 * find no serious violation, and a screenshot of each is saved. A file is attached to a case in
 * Malay, and a refused kind of file is explained in Malay.
 */
const widths = [360, 1280] as const;

describe('the app in Malay, on a phone and a desktop', () => {
  let server: E2eServer;
  let caseId = '';
  let personId = '';
  /** The case page's heading as a Malay reader sees it: "Kes <reference>". */
  let caseHeading = '';
  const contexts: BrowserContext[] = [];

  const sessions = new Map<string, TestSession>();

  /** A demo user with two-factor sign-in set up and Malay chosen, signed in once and reused. */
  async function enrolledInMalay(email: string): Promise<TestSession> {
    const known = sessions.get(email);
    if (known) return known;
    const session = await signInAs(server.platform.app, email);
    const enrol = await session.request('POST', '/api/auth/two-factor/enrol');
    const confirmed = await session.request('POST', '/api/auth/two-factor/confirm', {
      code: totpCode((enrol.json() as { secret: string }).secret),
    });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    assert.equal((await session.request('PATCH', '/api/me', { locale: 'ms' })).statusCode, 200);
    sessions.set(email, session);
    return session;
  }

  const pages = new Map<string, Page>();

  /**
   * The page of a user (none: signed out) in a window `width` px wide: one per user and width,
   * kept between tests, so the app and axe are loaded into it once (decision 0132).
   */
  async function pageAs(email: string | undefined, width: number): Promise<Page> {
    const key = `${email ?? 'signed out'} ${width}`;
    const known = pages.get(key);
    if (known) return known;
    const session = email === undefined ? undefined : await enrolledInMalay(email);
    const phone = width < 600;
    const context = await server.browser.newContext({
      baseURL: server.baseUrl,
      locale: 'ms-MY',
      viewport: { width, height: phone ? 740 : 900 },
      ...(phone && { isMobile: true, hasTouch: true }),
    });
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
    const page = await context.newPage();
    pages.set(key, page);
    return page;
  }

  /**
   * Shows `url`: loaded into a new page, and in a page that shows the app already through the app's
   * router (as its links do) — the document, the app's code and axe stay, and the old page's heading
   * must go before the new one is read.
   */
  async function open(page: Page, url: string): Promise<void> {
    if (!page.url().startsWith(server.baseUrl)) {
      await page.goto(url);
    } else {
      const heading = await page.getByRole('heading', { level: 1 }).first().elementHandle();
      await page.evaluate(
        `history.pushState(null, '', ${JSON.stringify(url)}); dispatchEvent(new PopStateEvent('popstate'))`,
      );
      await heading?.waitForElementState('hidden');
      await heading?.dispose();
    }
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  }

  /** Shows the page, waits for its main heading, and checks language, accessibility and screenshot. */
  async function check(page: Page, url: string, name: string, width: number): Promise<void> {
    await open(page, url);
    await page
      .locator('[aria-busy="true"]')
      .first()
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    assert.deepEqual(await englishLeftovers(page, 'ms'), [], `${name} at ${width} px`);
    assert.deepEqual(await seriousViolations(page), [], `${name} at ${width} px`);
    await screenshot(page, `ms-${name}-${width}`);
  }

  before(async () => {
    server = await startE2eServer();
    const caseManager = await enrolledInMalay('cm.jkm@demo.lindung.org');
    ({ caseId, personId } = await personWithCase(caseManager));
    const shown = await caseManager.request('GET', `/api/cases/${caseId}`);
    caseHeading = `Kes ${(shown.json() as { reference: string }).reference}`;
  });

  after(async () => {
    for (const context of contexts) await context.close();
    await server?.close();
  });

  for (const width of widths) {
    it(`should show the sign-in page in Malay at ${width} px`, async () => {
      const page = await pageAs(undefined, width);
      await check(page, '/sign-in', 'sign-in', width);
    });

    it(`should show the case manager's pages and every case tab in Malay at ${width} px`, async () => {
      const page = await pageAs('cm.jkm@demo.lindung.org', width);
      for (const [url, name] of [
        ['/', 'home'],
        ['/cases', 'cases'],
        ['/screenings', 'screenings'],
        ['/screenings/new', 'screening-wizard'],
        ['/returns', 'returns'],
        ['/statistics', 'statistics'],
      ] as const) {
        await check(page, url, name, width);
      }
      await check(page, `/cases/${caseId}`, 'case', width);
      const tabs = page.getByRole('tab');
      const count = await tabs.count();
      assert.ok(count >= 8, `the case page has its tabs (${count})`);
      for (let index = 0; index < count; index += 1) {
        const tab = tabs.nth(index);
        const tabId = await tab.getAttribute('id');
        await tab.click();
        // The panel of the tab chosen (the one it labels), and nothing in it still loading.
        await page.locator(`[role="tabpanel"][aria-labelledby="${tabId}"]`).waitFor();
        await page
          .locator('[aria-busy="true"]')
          .first()
          .waitFor({ state: 'detached' })
          .catch(() => undefined);
        assert.deepEqual(await englishLeftovers(page, 'ms'), [], `case tab ${index} at ${width} px`);
        await screenshot(page, `ms-case-tab-${index}-${width}`);
      }
    });

    it(`should fit the header with the notification bell and its unread count in Malay at ${width} px`, async () => {
      const session = await enrolledInMalay('cm.jkm@demo.lindung.org');
      // Two unread notifications of this user, as the reminder sweep writes them, so the count shows.
      await server.platform.db.query(
        `insert into notification (agency_id, user_id, kind, detail)
         select $1, $2, 'deadline.reminder', '{}'::jsonb from generate_series(1, 2)`,
        [session.agencyId, session.userId],
      );
      const page = await pageAs('cm.jkm@demo.lindung.org', width);
      // Loaded anew: the count is read as the page starts.
      await page.goto('/');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const bell = page
        .getByRole('banner')
        .getByRole('button', { name: /^Pemberitahuan, \d+\+? belum dibaca$/ });
      await bell.waitFor();
      // Nothing of the header sticks out of the window, nor makes the page scroll sideways.
      const overflow = (await page.evaluate(`(() => {
        const header = document.querySelector('header');
        const outside = [...header.querySelectorAll('*')]
          .filter((element) => element.getClientRects().length > 0)
          .filter((element) => {
            const box = element.getBoundingClientRect();
            return box.left < -0.5 || box.right > window.innerWidth + 0.5;
          })
          .map((element) => element.getAttribute('aria-label') ?? element.textContent?.slice(0, 30) ?? '');
        return {
          outside,
          header: header.scrollWidth - header.clientWidth,
          page: document.documentElement.scrollWidth - window.innerWidth,
        };
      })()`)) as { outside: string[]; header: number; page: number };
      assert.deepEqual(overflow, { outside: [], header: 0, page: 0 }, `the header at ${width} px`);
      const box = await bell.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= width, 'the bell is inside the window');
      assert.ok(box && box.width >= 24 && box.height >= 24, 'the bell is large enough to touch');
      await screenshot(page, `ms-header-notifications-${width}`);
      // The drawer marks them all read in one go, and the count goes.
      await bell.click();
      await page.getByRole('dialog', { name: 'Pemberitahuan' }).waitFor();
      assert.deepEqual(await englishLeftovers(page, 'ms'), [], `the notifications at ${width} px`);
      await page.getByRole('button', { name: 'Tandakan semua sudah dibaca' }).click();
      await page.getByRole('button', { name: 'Tandakan semua sudah dibaca' }).waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Tutup pemberitahuan' }).click();
      await page.getByRole('banner').getByRole('button', { name: 'Pemberitahuan', exact: true }).waitFor();
    });

    it(`should show the shelter manager's beds on home and the shelters page in Malay at ${width} px`, async () => {
      const page = await pageAs('shelter.jpw@demo.lindung.org', width);
      await check(page, '/', 'home-shelter-manager', width);
      await page.getByRole('heading', { name: 'Tempat perlindungan saya' }).waitFor();
      await check(page, '/shelters', 'shelters', width);
    });

    it(`should show the investigator's pages in Malay at ${width} px`, async () => {
      const page = await pageAs('investigator.pdrm@demo.lindung.org', width);
      await check(page, '/investigations', 'investigations', width);
    });

    it(`should show the person page and the administrator's pages in Malay at ${width} px`, async () => {
      const caseManager = await pageAs('cm.jkm@demo.lindung.org', width);
      await check(caseManager, `/persons/${personId}`, 'person', width);
      const admin = await pageAs('admin.jkm@demo.lindung.org', width);
      await check(admin, '/admin/users', 'admin-users', width);
      await check(admin, '/admin/agency', 'admin-agency', width);
      await check(admin, '/admin/audit', 'admin-audit', width);
    });
  }

  it('should attach a file with its progress and explain a refused kind of file, in Malay', async () => {
    const page = await pageAs('cm.jkm@demo.lindung.org', 360);
    await page.goto(`/cases/${caseId}`);
    // The case as its reader sees it first: its heading, then its tab of files (decision 0144).
    await page.getByRole('heading', { level: 1, name: caseHeading }).waitFor();
    await page.getByRole('tab', { name: 'Fail' }).click();
    await page.getByText('Belum ada fail dilampirkan.').waitFor();
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    const input = page.locator('input[type="file"]');
    await input.setInputFiles({ name: 'pasport.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('button', { name: 'Lampirkan', exact: true }).click();
    await page.getByText('pasport.png telah dilampirkan.').waitFor();
    await page
      .getByRole('article', { name: 'pasport.png' })
      .getByRole('link', { name: 'Muat turun' })
      .waitFor();
    // A script named like a PDF: the browser says nothing, the API sniffs it, the app explains in Malay.
    await input.setInputFiles({
      name: 'surat.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('#!/bin/sh\necho hi\n'),
    });
    await page.getByRole('button', { name: 'Lampirkan', exact: true }).click();
    await page.getByText('Jenis fail ini tidak boleh dilampirkan.', { exact: false }).waitFor();
    await screenshot(page, 'ms-case-files-360');
  });
});
