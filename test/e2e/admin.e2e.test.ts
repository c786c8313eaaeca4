import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { aniRecord, personWithCase } from '../../src/modules/referrals/referral.factory.ts';
import type { TestSession } from '../support/platform.ts';
import {
  chooseCountry,
  type E2eServer,
  failureScreenshot,
  pageOf,
  screenshot,
  seriousViolations,
  signInEnrolled,
  startE2eServer,
} from './browser.ts';

/*
 * Issue 6's admin screens in Chromium against the real server: JKM's case manager opens a victim's
 * person page from her case; JKM's auditor finds that read in the audit log by the person's id,
 * with no name in the log; the platform administrator checks the audit chain; JKM's administrator
 * adds a user with a role named by the server, who can then sign in, and saves the agency's
 * settings. The users page is also looked at on a phone. Every wait is for a heading, a role or a
 * text that appears.
 */
describe('issue 6 in the browser: person page, audit log, users', () => {
  let server: E2eServer;
  let personId: string;
  let caseId: string;

  const sessions = new Map<string, TestSession>();
  /** One enrolled session per user (a second sign-in would need a two-factor code). */
  const enrolled = async (email: string) => {
    const session = sessions.get(email) ?? (await signInEnrolled(server, email));
    sessions.set(email, session);
    return session;
  };
  const pageFor = async (session: TestSession, width?: number) => pageOf(server, session, width);

  before(async () => {
    server = await startE2eServer();
    const caseManager = await enrolled('cm.jkm@demo.lindung.org');
    ({ personId, caseId } = await personWithCase(caseManager));
    assert.equal((await caseManager.request('GET', `/api/persons/${personId}`)).statusCode, 200);
  });
  after(async () => {
    await server?.close();
  });

  it('opens the person page from the case: names, documents, cases, screenings, consents', async () => {
    const page = await pageFor(await enrolled('cm.jkm@demo.lindung.org'));
    try {
      await page.goto(`/cases/${caseId}`);
      await page.getByRole('link', { name: 'Ani Suryani' }).click();
      await page.getByRole('heading', { level: 1, name: 'Ani Suryani' }).waitFor();
      assert.match(page.url(), new RegExp(`/persons/${personId}$`));
      const details = page.getByRole('region', { name: 'Details' });
      await details.getByText(/^Yani/).waitFor();
      await details.getByText('also known as').waitFor();
      const cases = page.getByRole('region', { name: 'Cases' });
      await cases.getByRole('link', { name: /^JKM/ }).waitFor();
      await page.getByRole('region', { name: 'Screenings' }).getByText('Not screened yet.').waitFor();
      await page.getByRole('region', { name: 'Consents to share' }).waitFor();
      assert.deepEqual(await seriousViolations(page), []);
      await screenshot(page, 'person-page-en');
    } catch (error) {
      await failureScreenshot(page, 'person-page-failed').catch(() => undefined);
      throw error;
    }
  });

  it('shows the auditor who read the person, by id only, and filters by action', async () => {
    const page = await pageFor(await enrolled('auditor.jkm@demo.lindung.org'));
    try {
      await page.goto('/');
      await page.getByRole('link', { name: 'Audit log' }).click();
      await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
      await page.getByLabel('Record (id)').fill(personId);
      const table = page.getByRole('table', { name: 'Audit log' });
      await table.getByRole('button', { name: 'person.read' }).first().waitFor();
      await table.getByRole('button', { name: 'person.create' }).waitFor();
      await table.getByRole('button', { name: 'person.read' }).first().click();
      await page
        .getByLabel('Action, e.g. case.read or case')
        .and(page.locator('[value="person.read"]'))
        .waitFor();
      await table.getByRole('button', { name: 'person.create' }).waitFor({ state: 'detached' });
      assert.equal(
        await page.getByText(aniRecord.names[0]?.fullName as string).count(),
        0,
        'no name in the log',
      );
      assert.equal(await page.getByRole('link', { name: 'Users' }).count(), 0, 'an auditor manages no users');
      assert.deepEqual(await seriousViolations(page), []);
      await screenshot(page, 'audit-log-en');
    } catch (error) {
      await failureScreenshot(page, 'audit-log-failed').catch(() => undefined);
      throw error;
    }
  });

  it('lets the agency administrator add a user with a role, who can then sign in', async () => {
    const admin = await enrolled('admin.jkm@demo.lindung.org');
    const page = await pageFor(admin);
    try {
      await page.goto('/admin/users');
      await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
      await page
        .getByRole('article', { name: 'Case manager JKM' })
        .or(page.getByRole('article').first())
        .first()
        .waitFor();
      await page.getByRole('button', { name: 'Add a user' }).click();
      const form = page.getByRole('region', { name: 'New user' });
      await form.getByLabel('Name').fill('Aisyah Rahman');
      await form.getByLabel('E-mail address').fill('aisyah.rahman@jkm.example');
      await form.getByLabel('First password').fill('short');
      // The roles and their names come from GET /api/roles: an agency administrator may not give
      // the platform administrator's.
      await form.getByRole('checkbox', { name: 'Frontline officer' }).check();
      assert.equal(await form.getByRole('checkbox', { name: 'Platform administrator' }).count(), 0);
      await form.getByRole('button', { name: 'Create the user' }).click();
      // The API's field problem is put on the password field, said by its code in the app's words.
      await form.getByText('The password needs at least 12 characters.').waitFor();
      await form.getByLabel('First password').fill('Pantai-Timur-2026!');
      await form.getByRole('button', { name: 'Create the user' }).click();
      await page.getByRole('status').getByText('Aisyah Rahman can now sign in.').waitFor();
      const card = page.getByRole('article', { name: 'Aisyah Rahman' });
      await card.getByText('Frontline officer').waitFor();
      assert.deepEqual(await seriousViolations(page), []);
      await screenshot(page, 'admin-users-en');
    } catch (error) {
      await failureScreenshot(page, 'admin-users-failed').catch(() => undefined);
      throw error;
    }
    const signedIn = await server.platform.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'aisyah.rahman@jkm.example', password: 'Pantai-Timur-2026!' },
    });
    assert.equal(signedIn.statusCode, 200, signedIn.body);
  });

  it('lets the platform administrator check the audit chain and read that it is intact', async () => {
    const page = await pageFor(await enrolled('admin@demo.lindung.org'));
    try {
      await page.goto('/admin/audit');
      await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
      // The log is read 50 entries at a time: "Show more" adds the next page under the first.
      const rows = page.getByRole('table', { name: 'Audit log' }).getByRole('row');
      await page.getByRole('button', { name: 'Show more' }).waitFor();
      const firstPage = await rows.allTextContents();
      await page.getByRole('button', { name: 'Show more' }).click();
      await rows.nth(firstPage.length).waitFor();
      const twoPages = await rows.allTextContents();
      assert.deepEqual(twoPages.slice(0, firstPage.length), firstPage, 'the first page stays as it was');
      assert.ok(twoPages.length > firstPage.length);
      await page.getByRole('button', { name: 'Check the chain' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /^The chain is intact: [\d,.]+ entries checked/ })
        .waitFor();
      assert.deepEqual(await seriousViolations(page), []);
      await screenshot(page, 'audit-chain-checked-en');
    } catch (error) {
      await failureScreenshot(page, 'audit-chain-failed').catch(() => undefined);
      throw error;
    }
  });

  it('lets the platform administrator register an agency, declare its region by its name and deactivate it once confirmed', async () => {
    const admin = await enrolled('admin@demo.lindung.org');
    const page = await pageFor(admin);
    try {
      await page.goto('/');
      await page.getByRole('link', { name: 'Agencies' }).click();
      await page.getByRole('heading', { level: 1, name: 'Agencies' }).waitFor();
      await page.getByRole('article', { name: 'Jabatan Kebajikan Masyarakat' }).waitFor();
      await page.getByRole('button', { name: 'Register an agency' }).click();
      const form = page.getByRole('form', { name: 'Register an agency' });
      await form.getByRole('combobox', { name: 'Kind of agency' }).selectOption({ label: 'Labour' });
      await chooseCountry(form, 'Country', 'mala', 'Malaysia');
      await form.getByLabel('Name', { exact: true }).fill('J');
      await form.getByRole('button', { name: 'Register' }).click();
      // The API's field problem, said on the field (a blank name is "Please fill this in.").
      await form.getByText('Use at least 2 characters.').waitFor();
      await form.getByLabel('Name', { exact: true }).fill('Jabatan Tenaga Kerja Sabah');
      await form.getByLabel('Short name').fill('JTK Sabah');
      await form.getByRole('combobox', { name: 'Time zone' }).selectOption('Asia/Kuching');
      await form.getByRole('button', { name: 'Register' }).click();
      await page.getByRole('heading', { level: 1, name: 'Jabatan Tenaga Kerja Sabah' }).waitFor();
      await page.getByText('JTK Sabah · Labour · MY').waitFor();

      const regions = page.getByRole('form', { name: 'Regions for reports from the public' });
      // Another agency's regions, said by its name (not "your agency").
      await regions.getByLabel('States or provinces Jabatan Tenaga Kerja Sabah covers').fill('Sabah');
      await page.getByRole('option', { name: /^Sabah/ }).click();
      await regions.getByRole('button', { name: 'Save regions' }).click();
      await regions.getByRole('status').waitFor();

      await page.getByText('The days of Jabatan Tenaga Kerja Sabah:').waitFor();

      // Deactivating asks first: kept active when the dialog is cancelled, deactivated when confirmed.
      await page.getByRole('button', { name: 'Deactivate the agency' }).click();
      const confirm = page.getByRole('dialog', { name: 'Deactivate Jabatan Tenaga Kerja Sabah?' });
      await confirm.getByRole('button', { name: 'Keep it active' }).click();
      await confirm.waitFor({ state: 'hidden' });
      assert.equal(
        (await admin.request('GET', `/api/agencies/${page.url().split('/').at(-1)}`)).json().active,
        true,
      );
      await page.getByRole('button', { name: 'Deactivate the agency' }).click();
      await confirm.getByRole('button', { name: 'Yes, deactivate' }).click();
      await page.getByRole('button', { name: 'Reactivate the agency' }).waitFor();
      await confirm.waitFor({ state: 'hidden' });
      assert.deepEqual(await seriousViolations(page), []);
      await screenshot(page, 'agency-admin-en');

      await page.getByRole('link', { name: '← All agencies' }).click();
      await page.getByRole('radiogroup', { name: 'Show' }).getByText('Inactive', { exact: true }).click();
      await page.getByRole('article', { name: 'Jabatan Tenaga Kerja Sabah' }).getByText('Inactive').waitFor();
    } catch (error) {
      await failureScreenshot(page, 'agency-admin-failed').catch(() => undefined);
      throw error;
    }
    const { items } = (
      await admin.request('GET', '/api/agencies?q=Tenaga%20Kerja%20Sabah&active=false')
    ).json();
    assert.equal(items.length, 1);
    assert.deepEqual([items[0].timeZone, items[0].active], ['Asia/Kuching', false]);
    const jurisdiction = (await admin.request('GET', `/api/agencies/${items[0].id}/jurisdiction`)).json();
    assert.deepEqual(jurisdiction.regions, ['MY-12']);
  });

  it('saves the agency settings, naming a missing field, and keeps them after a reload', async () => {
    const admin = await enrolled('admin.jkm@demo.lindung.org');
    const page = await pageFor(admin);
    try {
      await page.goto('/admin/agency');
      const form = page.getByRole('form', { name: 'Agency settings' });
      const name = await form.getByLabel('Name', { exact: true }).inputValue();
      await form.getByLabel('Name', { exact: true }).fill('J');
      await form.getByRole('button', { name: 'Save settings' }).click();
      // The API's field problem, said by its code on the field.
      await form.getByText('Use at least 2 characters.').waitFor();
      await form.getByLabel('Name', { exact: true }).fill(name);
      await form.getByLabel('Short name').fill('JKM-MY');
      await form.getByRole('checkbox', { name: 'Changing a care plan' }).check();
      await form.getByRole('button', { name: 'Save settings' }).click();
      await form.getByRole('status').getByText('Saved.').waitFor();
      assert.deepEqual(await seriousViolations(page), []);
      await screenshot(page, 'agency-settings-saved-en');
      await page.reload();
      // The form appears once the agency is read again, holding what was saved.
      assert.equal(await form.getByLabel('Short name').inputValue(), 'JKM-MY');
      assert.equal(await form.getByRole('checkbox', { name: 'Changing a care plan' }).isChecked(), true);
    } catch (error) {
      await failureScreenshot(page, 'agency-settings-failed').catch(() => undefined);
      throw error;
    }
    const agency = (await admin.request('GET', `/api/agencies/${admin.agencyId}`)).json();
    assert.equal(agency.shortName, 'JKM-MY');
    assert.ok(agency.approvalsRequired.includes('care_plan'));
  });

  it('fits the users page and the agency settings on a phone, reached from the menu', async () => {
    const page = await pageFor(await enrolled('admin.jkm@demo.lindung.org'), 360);
    try {
      await page.goto('/');
      await page.getByRole('button', { name: 'Open or close the menu' }).click();
      await page.getByRole('link', { name: 'Agency settings' }).click();
      await page.getByRole('heading', { level: 1, name: 'Agency settings' }).waitFor();
      await page.getByLabel('Time zone').waitFor();
      await page.getByRole('checkbox', { name: 'Closing a case' }).waitFor();
      await page.goto('/admin/users');
      await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
      await page.getByRole('article').first().waitFor();
      const overflow = Number(
        await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'),
      );
      assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
      await screenshot(page, 'admin-users-phone');
    } catch (error) {
      await failureScreenshot(page, 'admin-phone-failed').catch(() => undefined);
      throw error;
    }
  });
});
