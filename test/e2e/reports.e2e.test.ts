import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { BrowserContext, Page } from 'playwright-core';
import { totpCode } from '../../src/modules/auth/totp.ts';
import { aniRecord, personWithCase } from '../../src/modules/referrals/referral.factory.ts';
import { signInAs } from '../support/platform.ts';
import {
  type E2eServer,
  failureScreenshot,
  screenshot,
  seriousViolations,
  startE2eServer,
  stepTimeout,
} from './browser.ts';

/*
 * Issue 7's reports in Chromium against the real server (its job worker running): Malaysia's
 * coordinator asks for the National Report as a PDF in Vietnamese on the statistics page, sees it
 * generated, and downloads it; the PDF holds the Vietnamese title and no victim's name. Every wait
 * is for a role or a download that appears.
 */
describe('issue 7 in the browser: reports on the statistics page', () => {
  let server: E2eServer;
  let page: Page;
  const contexts: BrowserContext[] = [];

  before(async () => {
    server = await startE2eServer();
    const enrolled = async (email: string) => {
      const session = await signInAs(server.platform.app, email);
      const { secret } = (await session.request('POST', '/api/auth/two-factor/enrol')).json() as {
        secret: string;
      };
      const confirmed = await session.request('POST', '/api/auth/two-factor/confirm', {
        code: totpCode(secret),
      });
      assert.equal(confirmed.statusCode, 200, confirmed.body);
      assert.equal((await session.request('PATCH', '/api/me', { locale: 'en' })).statusCode, 200);
      return session;
    };
    await personWithCase(await enrolled('cm.jkm@demo.lindung.org'));
    const coordinator = await enrolled('coordinator.mapo@demo.lindung.org');
    const context = await server.browser.newContext({
      baseURL: server.baseUrl,
      locale: 'en-GB',
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    context.setDefaultTimeout(stepTimeout * 2);
    await context.addCookies([
      {
        name: 'lindung_session',
        value: coordinator.cookie.slice('lindung_session='.length),
        url: server.baseUrl,
      },
    ]);
    contexts.push(context);
    page = await context.newPage();
  });
  after(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await server?.close();
  });

  it('should generate the National Report in Vietnamese and download it as a PDF', async () => {
    try {
      await page.goto('/statistics');
      await page.getByRole('heading', { level: 1, name: 'Statistics' }).waitFor();
      const reports = page.getByRole('region', { name: 'Reports' });
      await reports.getByRole('heading', { level: 2, name: 'Reports' }).waitFor();
      await reports.getByLabel('Report').selectOption('national-report');
      await reports.getByLabel('Format').selectOption('pdf');
      await reports.getByLabel('Language').selectOption('vi');
      await reports.getByRole('button', { name: 'Generate report' }).click();
      const list = reports.getByRole('table', { name: 'Reports asked for by your agency' });
      const download = list.getByRole('link', { name: 'Download' });
      await download.waitFor({ timeout: 120_000 });
      assert.deepEqual(await seriousViolations(page), []);
      await screenshot(page, 'statistics-reports-en');
      const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
      assert.match(file.suggestedFilename(), /^national-report_.*_vi\.pdf$/);
      const pdf = await readFile(await file.path());
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
      const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
      const first = await (await document.getPage(1)).getTextContent();
      const text = first.items.map((item) => ('str' in item ? item.str : '')).join(' ');
      assert.match(text, /Báo cáo quốc gia về phòng, chống mua bán người/);
      assert.ok(!text.includes(aniRecord.names[0]?.fullName as string));
    } catch (error) {
      await failureScreenshot(page, 'statistics-reports-failed').catch(() => undefined);
      throw error;
    }
  });
});
