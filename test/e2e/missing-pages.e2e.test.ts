import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe } from 'node:test';
import type { Page } from 'playwright-core';
import { personWithCase } from '../../src/modules/referrals/referral.factory.ts';
import type { TestSession } from '../support/platform.ts';
import {
  type E2eServer,
  pageOf,
  signInEnrolled,
  startE2eServer,
  stepsInOrder,
  stepTimeout,
} from './browser.ts';

/*
 * Addresses that lead nowhere, in Chromium and in the reader's language (Malay here): a path the app
 * has no page for, a case id that is no id, one that does not exist and another agency's case all
 * show the same not-found page with the way home; a page that fails to load shows the error page,
 * not the router's English.
 */
describe('pages that are not there, in the browser', () => {
  let server: E2eServer;
  let page: Page;
  let jkm: TestSession;
  let kbriCaseId: string;

  before(async () => {
    server = await startE2eServer();
    jkm = await signInEnrolled(server, 'cm.jkm@demo.lindung.org', 'ms');
    const kbri = await signInEnrolled(server, 'cm.kbri@demo.lindung.org');
    ({ caseId: kbriCaseId } = await personWithCase(kbri));
    page = await pageOf(server, jkm);
  });
  after(async () => {
    await server?.close();
  });

  const step = stepsInOrder('missing-pages', () => [page]);
  const notFound = () => page.getByRole('heading', { level: 1, name: 'Halaman tidak dijumpai' });

  step('should show the translated not-found page for an address the app has no page for', async () => {
    await page.goto('/no-such-page');
    // The file's first page loads the whole app: on a loaded machine, more than one wait's worth.
    await notFound().waitFor({ timeout: 3 * stepTimeout });
    assert.equal(await page.title(), 'Halaman tidak dijumpai · Lindung');
    assert.equal(await page.getByText('404 Not Found').count(), 0, 'not the router’s English');
  });

  for (const [what, id] of [
    ['an id that is none', 'not-a-uuid'],
    ['a case that does not exist', randomUUID()],
    ['another agency’s case', () => kbriCaseId],
  ] as const) {
    step(`should show the not-found page for ${what}, not an error`, async () => {
      await page.goto(`/cases/${typeof id === 'function' ? id() : id}`);
      await notFound().waitFor();
      const main = page.locator('main');
      assert.equal(await main.getByRole('alert').count(), 0, await main.innerText());
    });
  }

  step('should lead home from the not-found page', async () => {
    await page.getByRole('link', { name: 'Pergi ke halaman utama' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    // The home page's code loads first: the not-found page stays until it is there.
    await notFound().waitFor({ state: 'detached' });
  });

  step('should show the translated error page, with the way back, when a page fails to load', async () => {
    // A page's code that no longer loads (the server was updated meanwhile): its lazy import fails.
    // A new browser, so that nothing has the code yet (no cache, no service worker).
    page = await pageOf(server, jkm);
    await page.route('**/assets/StatisticsPage-*.js', (route) => route.abort());
    await page.goto('/statistics');
    await page.getByRole('heading', { level: 1, name: 'Sesuatu tidak kena' }).waitFor();
    assert.equal(await page.getByText('Unexpected Application Error').count(), 0);
    await page.getByRole('link', { name: 'Pergi ke halaman utama' }).waitFor();
    await page.getByRole('button', { name: 'Cuba lagi' }).waitFor();
  });
});
