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
 * Asking for a closed case's erasure in Chromium: the dialog, the request sent for approval, and a
 * case a prosecution holds refused with the reason. Every wait is for a role or a text.
 */
describe('asking for erasure in the browser', () => {
  let server: E2eServer;
  let page: Page;
  let caseId: string;
  let heldCaseId: string;

  before(async () => {
    server = await startE2eServer();
    const jkm = await signInEnrolled(server, 'cm.jkm@demo.lindung.org');
    ({ caseId } = await personWithCase(jkm));
    await closeCase(jkm, caseId);
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
  });
  after(async () => {
    await server?.close();
  });

  const step = stepsInOrder('erasure', () => [page]);

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
});
