import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { totpCode } from '../../src/modules/auth/totp.ts';
import { demoAgencies, demoPassword } from '../../src/modules/demo/index.ts';
import { personWithCase, recordConsent, refer } from '../../src/modules/referrals/referral.factory.ts';
import { signInAs } from '../support/platform.ts';
import {
  chooseCountry,
  type E2eServer,
  screenshot,
  seriousViolations,
  startE2eServer,
  stepsInOrder,
  stepTimeout,
} from './browser.ts';

/*
 * The web app in a real Chromium against the real server: a case manager signs in, sets up
 * two-factor sign-in (in her own language, Malay), switches to English, opens a case, works on it,
 * sees it at home and in the list, loses her session, signs in with a recovery code, signs out;
 * then the same app on a phone. Every wait is for a heading, a role or a response that appears.
 */
const email = 'cm.jkm@demo.lindung.org';
const name = 'Nurul Huda Ismail';

describe('the web app in Chromium', () => {
  let server: E2eServer;
  let context: BrowserContext;
  let page: Page;
  let recoveryCodes: string[] = [];
  let caseUrl = '';

  /** The Indonesian embassy (KBRI) refers a person to JKM, so that JKM has a referral to answer. */
  async function referralFromKbriToJkm() {
    const app = server.platform.app;
    const kbri = await signInAs(app, 'cm.kbri@demo.lindung.org');
    const { secret } = (await kbri.request('POST', '/api/auth/two-factor/enrol')).json() as {
      secret: string;
    };
    const confirmed = await kbri.request('POST', '/api/auth/two-factor/confirm', { code: totpCode(secret) });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    const [jkm] = await server.platform.db.query<{ id: string }>('select id from agency where name = $1', [
      demoAgencies.jkm.name,
    ]);
    const { personId, caseId } = await personWithCase(kbri);
    const consentId = await recordConsent(kbri, personId, {
      recipientAgencyIds: [jkm?.id],
      purposes: ['shelter'],
      dataCategories: ['identity'],
    });
    await refer(kbri, { caseId, consentId, toAgencyId: jkm?.id, purpose: 'shelter', services: ['shelter'] });
  }

  before(async () => {
    server = await startE2eServer();
    await referralFromKbriToJkm();
    context = await server.browser.newContext({
      baseURL: server.baseUrl,
      locale: 'en-GB',
      viewport: { width: 1280, height: 900 },
    });
    context.setDefaultTimeout(stepTimeout);
    page = await context.newPage();
  });
  after(async () => {
    await server?.close();
  });

  const heading = (text: string | RegExp, level = 1) => page.getByRole('heading', { level, name: text });

  // The steps build on each other: after a failure the rest are skipped (not left to time out),
  // and the page is saved as a screenshot.
  const step = stepsInOrder('web', () => [page]);

  async function signIn(secondFactor?: { recoveryCode: string }) {
    await heading('Sign in').waitFor();
    await page.getByLabel('E-mail address').fill(email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    if (secondFactor) {
      await page.getByLabel('Code from your authenticator app').waitFor();
      await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
      await page.getByLabel('Recovery code').fill(secondFactor.recoveryCode);
      await page.getByRole('button', { name: 'Sign in' }).click();
    }
  }

  step('should sign in and set up two-factor sign-in in the user’s own language (Malay)', async () => {
    await page.goto('/');
    await signIn();
    // The account's language is Malay: the enrolment page appears in it, never first in English.
    await heading('Sediakan log masuk dua faktor').waitFor();
    await page.getByRole('img', { name: 'Kod QR untuk aplikasi pengesah anda' }).waitFor();
    const secret = (await page.getByTestId('totp-secret').textContent())?.trim() ?? '';
    await page.getByLabel('Kod daripada aplikasi').fill(totpCode(secret));
    await page.getByRole('button', { name: 'Sahkan' }).click();
    await heading('Kod pemulihan anda').waitFor();
    recoveryCodes = await page
      .getByRole('list', { name: 'Kod pemulihan anda' })
      .getByRole('listitem')
      .allTextContents();
    assert.equal(recoveryCodes.length >= 2, true);
    await screenshot(page, 'recovery-codes-ms');
    await page.getByRole('button', { name: 'Saya telah menyimpannya, teruskan' }).click();
    await heading(`Selamat datang, ${name}`).waitFor();
    await screenshot(page, 'home-ms');
  });

  step('should switch to English and remember it on the account', async () => {
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/api/me') && r.request().method() === 'PATCH',
    );
    await page.getByRole('combobox', { name: 'Bahasa' }).selectOption('en');
    assert.equal((await saved).status(), 200);
    await heading(`Welcome, ${name}`).waitFor();
    // Reloading takes the language from the account, whatever this device remembered.
    await page.evaluate(() => localStorage.setItem('lindung.locale', 'vi'));
    await page.reload();
    await heading(`Welcome, ${name}`).waitFor();
    // Keyboard users can jump past the header and menu.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate('document.activeElement?.textContent'), 'Skip to the content');
    assert.deepEqual(await seriousViolations(page), []);
  });

  step('should look for the person first, show the API’s field problems, and open a case', async () => {
    await page.getByRole('link', { name: 'Open a case' }).click();
    await heading('Open a case').waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Mya Thandar');
    await page.getByRole('button', { name: 'Search' }).click();
    await heading('People found', 2).waitFor();
    await page.getByText('Nobody recorded matches.').waitFor();
    await page.getByRole('button', { name: 'None of these: record a new person' }).click();
    await page.getByLabel('Full name').fill(`Mya Thandar ${'a'.repeat(290)}`);
    await page.getByRole('button', { name: 'Record the person' }).click();
    // The API's problem+json names the field and its problem; the form says it under that field.
    await page.getByText('Use at most 300 characters.').waitFor();
    await page.getByLabel('Full name').fill('Mya Thandar');
    await chooseCountry(page, 'Nationality', 'myan', 'Myanmar (Burma)');
    await page.getByRole('button', { name: 'Record the person' }).click();
    await page.getByText('Case for Mya Thandar').waitFor();
    await page.getByLabel('Form of exploitation').selectOption('forced_labour');
    await page.getByLabel('Summary', { exact: true }).fill('Recruited for plantation work; passport taken.');
    await page.getByRole('button', { name: 'Open the case' }).click();
    await heading(/^Case /).waitFor();
    caseUrl = new URL(page.url()).pathname;
    await page.getByText('Recruited for plantation work; passport taken.').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
  });

  step('should add an overdue task and a note to the case', async () => {
    await page.getByLabel('Task', { exact: true }).fill('Book an interpreter');
    await page.getByLabel('Due date').fill('2020-01-01');
    await page.getByRole('button', { name: 'Add task' }).click();
    await page.getByRole('checkbox', { name: 'Book an interpreter' }).waitFor();
    await page.getByText('Overdue').waitFor();
    await page.getByRole('tab', { name: 'Notes' }).click();
    await page.getByLabel('Note', { exact: true }).fill('Prefers a female interpreter.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByText('Prefers a female interpreter.', { exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.getByText('Note added').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'case-detail-en');
  });

  step('should record the person’s consent and refer her to the embassy under it', async () => {
    await page.getByRole('tab', { name: 'Consent' }).click();
    await page
      .getByLabel('Agency that may receive the information')
      .selectOption({ label: demoAgencies.kbri.name });
    await page.getByRole('checkbox', { name: 'Return home' }).check();
    await page.getByRole('checkbox', { name: 'Identity', exact: true }).check();
    await page.getByRole('button', { name: 'Record consent' }).click();
    await page.getByText('In force').waitFor();
    await page.getByRole('tab', { name: 'Referrals' }).click();
    await page.getByLabel('Under which consent').selectOption({ index: 1 });
    // The receivers come from the partner network: a partner not on the platform is listed, not chosen.
    const receiver = page.getByLabel('Refer to');
    const offPlatform = receiver.getByRole('option', {
      name: /Persatuan Sokongan Pekerja Migran.*not on the platform/,
    });
    assert.equal(await offPlatform.isDisabled(), true);
    await page.getByText('do not use Lindung, so a referral here cannot reach them').waitFor();
    await receiver.selectOption({
      label: `${demoAgencies.kbri.name} — Safe return, Interpretation, Legal aid`,
    });
    await page.getByText(`Received on the platform by ${demoAgencies.kbri.name}.`).waitFor();
    await page.getByText('Covers: Kuala Lumpur, Selangor.').waitFor();
    await screenshot(page, 'referral-receiver-en');
    await page.getByLabel('Purpose', { exact: true }).selectOption('repatriation');
    await page.getByRole('checkbox', { name: 'Return home' }).check();
    await page.getByRole('button', { name: 'Send the referral' }).click();
    await page.getByText(`To ${demoAgencies.kbri.name}`).waitFor();
    await page.getByText('Waiting for an answer').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'case-referrals-en');
  });

  step('should show the deadline at home and the case in the filtered list', async () => {
    await page.getByRole('link', { name: 'Home' }).click();
    await heading(`Welcome, ${name}`).waitFor();
    const tasks = page.getByRole('region', { name: 'My tasks and deadlines' });
    await tasks.getByRole('link', { name: 'Book an interpreter' }).waitFor();
    await tasks.getByText('Overdue').waitFor();
    const referrals = page.getByRole('region', { name: 'Referrals waiting for my agency' });
    await referrals.getByText(/KBRI/).waitFor();
    const deadlines = page.getByRole('region', { name: 'Deadlines of my agency' });
    await deadlines.getByText('Answer to a referral due').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'home-en');
    await referrals.getByRole('button', { name: 'Accept' }).click();
    // Accepting asks for an optional note to the referring agency; none here.
    await page
      .getByRole('dialog', { name: 'Accept the referral' })
      .getByRole('button', { name: 'Accept' })
      .click();
    await referrals.getByText('No referral is waiting for an answer.').waitFor();
    await page.getByRole('link', { name: 'Cases', exact: true }).click();
    await heading('Cases').waitFor();
    assert.equal(await page.title(), 'Cases · Lindung');
    await page.getByRole('cell', { name: 'Mya Thandar' }).waitFor();
    await page.getByLabel('Status').selectOption('closed');
    await page.getByText('No cases match these filters.').waitFor();
    await page.getByLabel('Status').selectOption('');
    await page.getByRole('cell', { name: 'Mya Thandar' }).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'case-list-en');
  });

  step('should find the person already recorded when her name is searched again, misspelt', async () => {
    await page
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link', { name: 'Open a case' })
      .click();
    await heading('Open a case').waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Mya Tandar');
    await page.getByRole('button', { name: 'Search' }).click();
    const found = page.getByRole('region', { name: 'People found' });
    await found.getByText('Mya Thandar', { exact: true }).waitFor();
    await found.getByRole('button', { name: 'This is the person' }).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
  });

  step(
    'should send an expired session back to sign-in with a message, and take a recovery code',
    async () => {
      await context.clearCookies();
      // The first request answered 401 sends the app to sign-in: the one the click on Home makes, or
      // a poll's that runs first and takes the link away (the click then finds none; a late click
      // lands on Home, where sign-in leads anyway).
      const home = page.getByRole('link', { name: 'Home' });
      await Promise.race([
        home.click({ timeout: 10_000 }).catch(() => undefined),
        heading('Sign in').waitFor(),
      ]);
      await heading('Sign in').waitFor();
      await page.getByText('Your session has ended').waitFor();
      await screenshot(page, 'sign-in-expired-en');
      await signIn({ recoveryCode: recoveryCodes[0] ?? '' });
      await heading(`Welcome, ${name}`).waitFor();
    },
  );

  step('should sign out', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await heading('Sign in').waitFor();
    await page.getByText('You have signed out.').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
  });

  step('should fit a phone: 360 px wide, navigation behind the menu button', async () => {
    const phone = await server.browser.newContext({
      baseURL: server.baseUrl,
      locale: 'en-GB',
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    phone.setDefaultTimeout(stepTimeout);
    page = await phone.newPage();
    await page.goto(caseUrl);
    await signIn({ recoveryCode: recoveryCodes[1] ?? '' });
    await heading(`Welcome, ${name}`).waitFor();
    // The navigation waits off-screen behind the menu button.
    const cases = page.getByRole('link', { name: 'Cases', exact: true });
    const hidden = await cases.boundingBox();
    assert.equal(hidden === null || hidden.x + hidden.width <= 0, true, 'the menu is open on a phone');
    await page.getByRole('button', { name: 'Open or close the menu' }).click();
    await cases.click();
    await heading('Cases').waitFor();
    await page.getByRole('cell', { name: 'Mya Thandar' }).waitFor();
    const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
    assert.equal(overflow <= 0, true, `the page is ${overflow} px wider than the phone`);
    await screenshot(page, 'case-list-phone-en');
    await phone.close();
  });
});
