import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import pino from 'pino';
import type { Browser, Locator, Page } from 'playwright-core';
import { loadConfig } from '../../src/config.ts';
import type { Db } from '../../src/db/db.ts';
import { loggerOptions } from '../../src/http/logging.ts';
import { totpCode } from '../../src/modules/auth/totp.ts';
import { demoPassword } from '../../src/modules/demo/index.ts';
import { personWithCase } from '../../src/modules/referrals/referral.factory.ts';
import { type Platform, startPlatform } from '../../src/platform.ts';
import { buildWebApp } from '../../src/web-build.ts';
import { testPgliteEnv, unpackPgliteImage } from '../support/databases.ts';
import { signInAs, type TestSession } from '../support/platform.ts';
import { launchChromium } from './chromium.ts';

export const screenshotDir = fileURLToPath(new URL('./screenshots/', import.meta.url));
/** Every wait in the browser tests: long enough for a slow CI machine, and only ever for something that appears. */
export const stepTimeout = 30_000;

export interface E2eServer {
  readonly baseUrl: string;
  readonly platform: Platform;
  /** The process's Chromium: open pages in contexts of their own (`newContext`), closed with the server. */
  readonly browser: Browser;
  close(): Promise<void>;
}

/*
 * One headless Chromium for the process: under `npm test` a shard runs its browser files one after
 * the other in one process (test/run.ts), and a launch cost each file ~2 s of wall and a second or
 * more of CPU (decision 0158). A file's pages live in browser contexts of its own, closed with its
 * server, so no file sees another's cookies, storage or cache. The browser is closed by a hook of
 * the run itself (`after` at the top level: the root test's), after the process's last file.
 */
let sharedBrowser: Promise<Browser> | undefined;

/** The process's Chromium, launched again if it failed to start or went away (a crash stays one file's). */
async function processBrowser(): Promise<Browser> {
  const running = await sharedBrowser?.catch(() => undefined);
  if (running?.isConnected()) return running;
  sharedBrowser = launchChromium();
  return sharedBrowser;
}

after(async () => {
  await (await sharedBrowser?.catch(() => undefined))?.close();
});

/**
 * One real server for a test file: the web app built if its sources changed, the platform on a
 * fresh PGlite data folder with the demo data and two-factor sign-in required, listening on a free
 * port, and the process's headless Chromium.
 */
export async function startE2eServer(): Promise<E2eServer> {
  await buildWebApp({ ifStale: true, quiet: true });
  const dataDir = await mkdtemp(path.join(tmpdir(), 'lindung-e2e-'));
  // The data folder starts as the suite's demo image, not a new cluster (see databases.ts).
  await unpackPgliteImage(dataDir, 'demo');
  const config = loadConfig({
    NODE_ENV: 'test',
    LINDUNG_DATA_DIR: dataDir,
    // The demo database is about 16 MB: PGlite's default pool of 128 MB only costs the start its
    // laying out, 0.5–1 s of CPU (decision 0154).
    ...testPgliteEnv,
    LINDUNG_DEMO: 'on',
    LINDUNG_REQUIRE_2FA: 'on',
    LINDUNG_SIGN_IN_RATE_LIMIT: '100000',
    LINDUNG_PUBLIC_REPORT_RATE_LIMIT: '100000',
    // The public forms' proof of work, kept small so a loaded machine solves it in well under a second.
    LINDUNG_PUBLIC_POW_BITS: '10',
  });
  // The server logs as in production, but to memory: when the file ends, the log of its whole walk
  // is searched for the personal data the database holds (issue 11: secrets never logged).
  const logLines: string[] = [];
  const logger = pino(loggerOptions('debug'), { write: (line: string) => void logLines.push(line) });
  // The database and (for the process's first file) the browser start side by side: the slowest part.
  const [platform, browser] = await Promise.all([startPlatform(config, logger), processBrowser()]);
  const baseUrl = await platform.app.listen({ host: '127.0.0.1', port: 0 });
  await mkdir(screenshotDir, { recursive: true });
  return {
    baseUrl,
    platform,
    browser,
    async close() {
      // The file's contexts (the files run one after the other: every open one is this file's).
      await Promise.all(browser.contexts().map((context) => context.close()));
      const leaked = await personalDataIn(platform.db, logLines.join('\n'));
      await platform.close();
      await rm(dataDir, { recursive: true, force: true });
      if (leaked.length > 0) {
        // Shown cut short: the point is where, not the data itself.
        throw new Error(
          `the server's log holds ${leaked.length} piece(s) of personal data: ${leaked.map((value) => `${value.slice(0, 3)}…`).join(', ')}`,
        );
      }
    },
  };
}

/**
 * The personal data of the server's database found in a log: persons' names (as given, every
 * form), staff members' names and e-mail addresses, and the demo password. Values under five
 * characters are left out (they occur by chance in any text).
 */
async function personalDataIn(db: Db, log: string): Promise<string[]> {
  const rows = await db.query<{ value: string }>(
    `select full_name as value from person_name
     union select email from app_user union select display_name from app_user`,
  );
  const lowerLog = log.toLowerCase();
  return [...rows.map((row) => row.value), demoPassword]
    .filter((value) => value.trim().length >= 5)
    .filter((value) => lowerLog.includes(value.toLowerCase()));
}

/**
 * Saves a screenshot for people to look at (test/e2e/screenshots, not committed) when
 * `LINDUNG_E2E_SCREENSHOTS=on`. No test reads them, and a full-page screenshot costs a walk a
 * quarter of a second of CPU or more: about a minute of CPU in every run (decision 0068).
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.LINDUNG_E2E_SCREENSHOTS !== 'on') return;
  await failureScreenshot(page, name);
}

/** Saves a screenshot of a page as a step failed on it: always, to show what went wrong. */
export async function failureScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/**
 * `it` for a browser walk whose steps build on each other: after a failed step the rest are
 * skipped (they would only repeat its failure), and the pages are photographed as they were.
 */
export function stepsInOrder(name: string, pages: () => readonly (Page | undefined)[]) {
  let failed = false;
  return (title: string, body: () => Promise<void>) =>
    it(title, async (t) => {
      if (failed) return t.skip('an earlier step failed');
      try {
        await body();
      } catch (error) {
        failed = true;
        for (const [i, page] of pages().entries())
          if (page)
            await failureScreenshot(page, `${name}-failed-step${i === 0 ? '' : `-${i + 1}`}`).catch(
              () => undefined,
            );
        throw error;
      }
    });
}

/** axe's run: WCAG 2.1 A and AA, and only violations (axe otherwise builds a selector for every passing node, which nothing reads). */
const axeOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  resultTypes: ['violations'],
};

/**
 * The serious and critical accessibility violations axe finds on the page (WCAG 2.1 A and AA).
 * Run as axe.run in the page itself: the app has no frames to merge results from. axe-core (half a
 * megabyte of script) is put into a page once per document — `@axe-core/playwright` evaluated it
 * twice per check, most of a check's time (decision 0132) — and the violations are reduced to text
 * in the page.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  // A dialog fading in has its text at part opacity: axe would measure that contrast, not the page's.
  // Only animations that end are waited for (a spinner turns for ever); a cancelled one ends too.
  // Mantine starts a transition a frame after it mounts the element (opacity 0, no transition yet):
  // two frames first, so that one just mounted is running when the page is asked for its animations.
  // (Strings: this file is typed without the DOM.)
  await page.evaluate(
    `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
      .then(() => Promise.all(document.getAnimations()
      .filter((animation) => Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)))
      .map((animation) => animation.finished.catch(() => undefined)))).then(() => undefined)`,
  );
  if (!(await page.evaluate('typeof window.axe?.run === "function"'))) await page.evaluate(axe.source);
  return page.evaluate(
    `axe.run(document, ${JSON.stringify(axeOptions)}).then((results) => results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => violation.id + ': ' + violation.nodes.map((node) => node.target.join(' ')).join(', ')))`,
  );
}

/**
 * Signs a demo user in through the API, sets up their two-factor sign-in (which the e2e server
 * requires) and their language; a later sign-in of the same user would need a code, so keep it.
 * `password`: for a user the test created (the demo users' by default).
 */
export async function signInEnrolled(
  server: E2eServer,
  email: string,
  locale = 'en',
  password?: string,
): Promise<TestSession> {
  const session = await signInAs(server.platform.app, email, {}, password);
  const { secret } = (await session.request('POST', '/api/auth/two-factor/enrol')).json() as {
    secret: string;
  };
  const confirmed = await session.request('POST', '/api/auth/two-factor/confirm', { code: totpCode(secret) });
  if (confirmed.statusCode !== 200) throw new Error(`two-factor enrolment failed: ${confirmed.body}`);
  const language = await session.request('PATCH', '/api/me', { locale });
  if (language.statusCode !== 200) throw new Error(`setting the language failed: ${language.body}`);
  return session;
}

/**
 * Chooses a country in a country field (web/src/components/CountrySelect.tsx) as a user does: types
 * into it (`typed`: part of the name, or the code) and clicks the country offered by that name.
 */
export async function chooseCountry(
  scope: Page | Locator,
  label: string,
  typed: string,
  country: string | RegExp,
): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).fill(typed);
  // The options open in a layer of the page's own, outside the form.
  const page = 'page' in scope ? scope.page() : scope;
  await page.getByRole('option', { name: country, exact: true }).click();
}

/**
 * A new browser page holding the session's cookie (none: signed out), in a window `width` px wide — a phone's
 * (touch, 740 px high) below 600 — closed with the server.
 */
export async function pageOf(
  server: E2eServer,
  session: TestSession | undefined,
  width = 1280,
): Promise<Page> {
  const phone = width < 600;
  const context = await server.browser.newContext({
    baseURL: server.baseUrl,
    locale: 'en-GB',
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
  return context.newPage();
}

/** A browser walk's start: the server, JKM's case manager signed in, Ani's case and a page of theirs. */
export interface CaseWorkerWalk {
  readonly server: E2eServer;
  readonly session: TestSession;
  readonly page: Page;
  readonly personId: string;
  readonly caseId: string;
}

/**
 * The start most case walks share: a server, JKM's case manager signed in (two-factor set up),
 * Ani's person record and case opened through the API (referral.factory.ts), and the case
 * manager's page in a window `width` px wide.
 */
export async function caseWorkerWithCase(width?: number): Promise<CaseWorkerWalk> {
  const server = await startE2eServer();
  const session = await signInEnrolled(server, 'cm.jkm@demo.lindung.org');
  const { personId, caseId } = await personWithCase(session);
  const page = await pageOf(server, session, width);
  return { server, session, page, personId, caseId };
}
