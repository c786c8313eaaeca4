import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import type { Page } from 'playwright-core';
import { personWithCase } from '../../src/modules/referrals/referral.factory.ts';
import type { TestSession } from '../support/platform.ts';
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
 * A supervisor's approvals in Chromium: JKM puts closing a case under approval, a case manager asks
 * on the case page to close it, withdraws the request and asks again; a colleague sees the request
 * by the requester's name and the case's reference on the home page and the Approvals page, needs a
 * reason to reject, approves, and the case shows closed; both see it among the decided requests with
 * who decided. Every wait is for a role or a text.
 */
describe('deciding approvals in the browser', () => {
  let server: E2eServer;
  let caseManager: TestSession;
  let requesterPage: Page;
  let supervisorPage: Page;
  let caseId: string;
  let reference: string;
  const supervisorPassword = 'a long enough password for e2e';

  before(async () => {
    server = await startE2eServer();
    const admin = await signInEnrolled(server, 'admin.jkm@demo.lindung.org');
    const settings = await admin.request('PATCH', `/api/agencies/${admin.agencyId}`, {
      approvalsRequired: ['case_closure'],
    });
    assert.equal(settings.statusCode, 200, settings.body);
    const created = await admin.request('POST', '/api/users', {
      email: 'senior.jkm@example.gov.my',
      displayName: 'Zainab Senior',
      password: supervisorPassword,
      memberships: [{ agencyId: admin.agencyId, role: 'case_manager' }],
    });
    assert.equal(created.statusCode, 201, created.body);
    caseManager = await signInEnrolled(server, 'cm.jkm@demo.lindung.org');
    ({ caseId } = await personWithCase(caseManager));
    reference = (await caseManager.request('GET', `/api/cases/${caseId}`)).json().reference;
    const supervisor = await signInEnrolled(server, 'senior.jkm@example.gov.my', 'en', supervisorPassword);
    requesterPage = await pageOf(server, caseManager);
    supervisorPage = await pageOf(server, supervisor);
  });
  after(async () => {
    await server?.close();
  });

  const step = stepsInOrder('approvals', () => [supervisorPage, requesterPage]);

  /** The case manager asks, on the case page, to close the case. */
  async function askToClose(reason: string) {
    await requesterPage.goto(`/cases/${caseId}`);
    await requesterPage.getByRole('button', { name: 'Close case' }).click();
    const form = requesterPage.getByRole('form', { name: 'Close this case' });
    await form.getByLabel('Why the case is closed').fill(reason);
    await form.getByRole('button', { name: 'Close the case' }).click();
    await requesterPage.getByRole('status').filter({ hasText: 'waits for a supervisor' }).waitFor();
  }

  step('should send closing the case for approval and keep it open', async () => {
    await requesterPage.goto(`/cases/${caseId}`);
    await requesterPage.getByRole('button', { name: 'Close case' }).click();
    const form = requesterPage.getByRole('form', { name: 'Close this case' });
    await form.getByRole('button', { name: 'Close the case' }).click();
    await form.getByText('Please fill this in.').waitFor();
    await form.getByLabel('Why the case is closed').fill('Reintegrated with her family.');
    await form.getByRole('button', { name: 'Close the case' }).click();
    await requesterPage.getByRole('status').filter({ hasText: 'waits for a supervisor' }).waitFor();
    assert.deepEqual(await seriousViolations(requesterPage), []);
    await screenshot(requesterPage, 'approvals-closure-asked-en');
    assert.equal((await caseManager.request('GET', `/api/cases/${caseId}`)).json().status, 'open');
  });

  step('should offer the requester to withdraw their own request, not to decide it', async () => {
    await requesterPage.getByRole('button', { name: 'Done' }).click();
    // A case manager who asks reaches the requests from the menu, as the supervisor does.
    await requesterPage.getByRole('navigation').getByRole('link', { name: 'Approvals' }).click();
    // A case manager both asks and decides: the page says both.
    await requesterPage
      .getByText(/^Requests of your agency that wait for approval\. Decide your colleagues/)
      .waitFor();
    const request = requesterPage.getByRole('article', { name: `Closing the case · ${reference}` });
    await request.getByText('Asked by you').waitFor();
    await request.getByText('another member of your agency decides it').waitFor();
    assert.equal(await request.getByRole('button', { name: 'Approve' }).count(), 0);
    await request.getByRole('button', { name: 'Withdraw your request: Closing the case' }).click();
    await requesterPage
      .getByRole('status')
      .filter({ hasText: `Withdrawn: Closing the case ${reference}.` })
      .waitFor();
    await requesterPage.getByText('No request is waiting for approval.').waitFor();
    await requesterPage.getByRole('tab', { name: 'Decided' }).click();
    const withdrawn = requesterPage.getByRole('article', { name: `Closing the case · ${reference}` });
    await withdrawn.getByText('Withdrawn by you on').waitFor();
    assert.deepEqual(await seriousViolations(requesterPage), []);
    await screenshot(requesterPage, 'approvals-withdrawn-en');
    await askToClose('Reintegrated with her family.');
  });

  step('should count the waiting request on the supervisor’s home page', async () => {
    await supervisorPage.goto('/');
    await supervisorPage.getByRole('link', { name: 'Requests waiting for approval: 1' }).click();
    await supervisorPage.getByRole('heading', { level: 1, name: 'Approvals' }).waitFor();
  });

  step('should show the request with who asked and the change asked for', async () => {
    const request = supervisorPage.getByRole('article', { name: `Closing the case · ${reference}` });
    await request.getByText('Asked by Nurul Huda Ismail').waitFor();
    await request.getByText('Reintegrated with her family.').waitFor();
    await request.getByRole('link', { name: `Open case ${reference}` }).waitFor();
    assert.equal(
      await supervisorPage.getByRole('navigation').getByRole('link', { name: 'Approvals' }).count(),
      1,
    );
    assert.deepEqual(await seriousViolations(supervisorPage), []);
    await screenshot(supervisorPage, 'approvals-pending-en');
  });

  step('should need a reason to reject', async () => {
    const request = supervisorPage.getByRole('article', { name: `Closing the case · ${reference}` });
    await request.getByRole('button', { name: 'Reject' }).click();
    await request.getByText('Say why you reject the request.').waitFor();
  });

  step('should approve, leaving nothing waiting, and the case shows closed', async () => {
    const request = supervisorPage.getByRole('article', { name: `Closing the case · ${reference}` });
    await request.getByLabel('Comment').fill('Agreed after the home visit.');
    await request.getByRole('button', { name: 'Approve' }).click();
    await supervisorPage
      .getByRole('status')
      .filter({ hasText: `Approved: Closing the case ${reference}.` })
      .waitFor();
    await supervisorPage.getByText('No request is waiting for approval.').waitFor();
    await screenshot(supervisorPage, 'approvals-empty-en');
    await supervisorPage.goto(`/cases/${caseId}`);
    await supervisorPage.getByRole('heading', { level: 1, name: new RegExp(reference) }).waitFor();
    await supervisorPage.getByText('Closed', { exact: true }).first().waitFor();
    assert.equal((await caseManager.request('GET', `/api/cases/${caseId}`)).json().status, 'closed');
  });

  step('should list the decided requests with who decided, latest first', async () => {
    await requesterPage.goto('/approvals');
    await requesterPage.getByRole('tab', { name: 'Decided' }).click();
    const decided = requesterPage.getByRole('article', { name: `Closing the case · ${reference}` });
    await decided.first().getByText('Approved by Zainab Senior on').waitFor();
    await decided.first().getByText('Comment: Agreed after the home visit.').waitFor();
    await decided.nth(1).getByText('Withdrawn by you on').waitFor();
    assert.deepEqual(await seriousViolations(requesterPage), []);
    await screenshot(requesterPage, 'approvals-decided-en');
  });

  step('should speak to a frontline officer, who asks but does not decide, as a requester', async () => {
    const officer = await signInEnrolled(server, 'officer.pdrm@demo.lindung.org');
    const page = await pageOf(server, officer);
    await page.goto('/approvals');
    await page.getByRole('heading', { level: 1, name: 'Approvals' }).waitFor();
    await page.getByText(/^Your requests that wait for a supervisor of your agency: withdraw one/).waitFor();
    assert.equal(await page.getByText(/^(Changes your colleagues|Requests of your agency)/).count(), 0);
    await page.getByText('No request is waiting for approval.').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'approvals-requester-en');
  });

  step('should not offer approvals to a role that cannot decide them', async () => {
    const auditor = await signInEnrolled(server, 'auditor.jkm@demo.lindung.org');
    const page = await pageOf(server, auditor);
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link').first().waitFor();
    assert.equal(await page.getByRole('navigation').getByRole('link', { name: 'Approvals' }).count(), 0);
  });
});
