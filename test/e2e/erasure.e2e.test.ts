import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import type { Page } from 'playwright-core';
import { openInvestigation, referredVictim } from '../../src/modules/prosecution/prosecution.factory.ts';
import { personWithCase } from '../../src/modules/referrals/referral.factory.ts';
import { closeCase } from '../../src/modules/retention/retention.factory.ts';
import {
  type E2eServer,
  pageOf,
  screenshot,
  seriousViolations,
  signInEnrolled,
  startE2eServer,
  stepsInOrder,
} from './browser.ts';

/*
 * Asking for a closed case's erasure in Chromium: the dialog, the request sent for approval, a case
 * a prosecution holds refused with the reason, and a person's erasure across their cases; then an
 * agency administrator setting their agency's retention period, refused below the default, and the
 * platform administrator another country's. Every wait is for a role or a text.
 */
describe('asking for erasure in the browser', () => {
  let server: E2eServer;
  let page: Page;
  let adminPage: Page;
  let platformAdminPage: Page;
  let caseId: string;
  let heldCaseId: string;
  let personId: string;

  before(async () => {
    server = await startE2eServer();
    const jkm = await signInEnrolled(server, 'cm.jkm@demo.lindung.org');
    ({ caseId } = await personWithCase(jkm));
    await closeCase(jkm, caseId);
    const another = await personWithCase(jkm);
    personId = another.personId;
    await closeCase(jkm, another.caseId);
    const officer = await signInEnrolled(server, 'officer.pdrm@demo.lindung.org');
    const held = await referredVictim(jkm, officer, officer.agencyId);
    heldCaseId = held.caseId;
    const investigator = await signInEnrolled(server, 'investigator.pdrm@demo.lindung.org');
    const investigationId = await openInvestigation(investigator);
    const link = await investigator.request('POST', `/api/investigations/${investigationId}/victims`, {
      referralId: held.referralId,
    });
    assert.equal(link.statusCode, 201, link.body);
    await closeCase(jkm, heldCaseId);
    page = await pageOf(server, jkm);
    adminPage = await pageOf(server, await signInEnrolled(server, 'admin.jkm@demo.lindung.org'));
    platformAdminPage = await pageOf(server, await signInEnrolled(server, 'admin@demo.lindung.org'));
  });
  after(async () => {
    await server?.close();
  });

  const step = stepsInOrder('erasure', () => [page, adminPage, platformAdminPage]);

  step('should send the erasure of a closed case for approval', async () => {
    await page.goto(`/cases/${caseId}`);
    await page.getByRole('button', { name: 'Ask for erasure' }).click();
    const form = page.getByRole('form', { name: 'Erase the personal data of this case' });
    await form.getByRole('button', { name: 'Send for approval' }).click();
    await form.getByText('Please fill this in.').waitFor();
    await form.getByLabel('Why the person asked').fill('She asked in writing.');
    await form.getByRole('button', { name: 'Send for approval' }).click();
    await page.getByRole('status').filter({ hasText: 'waits for a supervisor' }).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'erasure-sent-en');
  });

  step('should say why a case a prosecution needs cannot be erased', async () => {
    await page.goto(`/cases/${heldCaseId}`);
    await page.getByRole('button', { name: 'Ask for erasure' }).click();
    const form = page.getByRole('form', { name: 'Erase the personal data of this case' });
    await form.getByLabel('Why the person asked').fill('She asked in writing.');
    await form.getByRole('button', { name: 'Send for approval' }).click();
    await form.getByText('An open prosecution needs this case').waitFor();
  });

  step('should send the erasure of a person whose cases are all closed for approval', async () => {
    await page.goto(`/persons/${personId}`);
    await page.getByRole('button', { name: 'Ask for erasure of this person' }).click();
    const form = page.getByRole('form', { name: 'Erase the personal data of this person' });
    await form.getByLabel('Why the person asked').fill('She asked in writing.');
    await form.getByRole('button', { name: 'Send for approval' }).click();
    await page.getByRole('status').filter({ hasText: 'waits for a supervisor' }).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'erasure-person-sent-en');
  });

  step(
    "should let an agency administrator lengthen the agency's retention period, not shorten it",
    async () => {
      await adminPage.goto('/');
      await adminPage.getByRole('link', { name: 'Retention periods' }).first().click();
      const victims = adminPage.getByRole('region', { name: "Victims' cases" });
      await victims.getByText('in force for your agency: 10 (Platform default').waitFor();
      await victims.getByRole('button', { name: 'Change: This agency' }).click();
      const form = adminPage.getByRole('form', { name: "Victims' cases — This agency" });
      await form.getByLabel('Years after closure').fill('8');
      await form.getByLabel('Source (law or policy)').fill('JKM records policy 2026/3');
      await form.getByRole('button', { name: 'Save' }).click();
      await form.getByText('Enter 10 or more.').waitFor();
      await form.getByLabel('Years after closure').fill('12');
      await form.getByRole('button', { name: 'Save' }).click();
      await victims.getByText('in force for your agency: 12 (This agency)').waitFor();
      await victims.getByRole('cell', { name: 'JKM records policy 2026/3' }).waitFor();
      assert.deepEqual(await seriousViolations(adminPage), []);
      await screenshot(adminPage, 'retention-periods-en');
    },
  );

  step("should let the platform administrator set another country's period", async () => {
    await platformAdminPage.goto('/admin/retention');
    await platformAdminPage.getByLabel('Country', { exact: true }).selectOption('ID');
    const investigations = platformAdminPage.getByRole('region', { name: 'Investigations' });
    await investigations.getByText('in force in this country: 10 (Platform default').waitFor();
    assert.equal(await investigations.getByRole('cell', { name: 'This agency' }).count(), 0);
    await investigations.getByRole('button', { name: 'Change: Country (ID)' }).click();
    const form = platformAdminPage.getByRole('form', { name: 'Investigations — Country (ID)' });
    await form.getByLabel('Years after closure').fill('12');
    await form.getByLabel('Source (law or policy)').fill('Kebijakan arsip 2026');
    await form.getByRole('button', { name: 'Save' }).click();
    await investigations.getByText('in force in this country: 12 (Country (ID))').waitFor();
    assert.deepEqual(await seriousViolations(platformAdminPage), []);
    await screenshot(platformAdminPage, 'retention-periods-country-en');
  });
});
