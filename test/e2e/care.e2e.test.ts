import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import type { Page } from 'playwright-core';
import type { TestSession } from '../support/platform.ts';
import {
  caseWorkerWithCase,
  type E2eServer,
  screenshot,
  seriousViolations,
  stepsInOrder,
} from './browser.ts';

/*
 * The case page's Care tab in Chromium against the real server: a case opened through the API,
 * its (empty) care plan set in the browser, version 1 shown. Every wait is for a role or heading.
 */
describe('the Care tab in the browser', () => {
  let server: E2eServer;
  let page: Page;
  let caseId: string;
  let jkm: TestSession;

  before(async () => {
    ({ server, session: jkm, page, caseId } = await caseWorkerWithCase(360));
  });
  after(async () => {
    await server?.close();
  });

  const step = stepsInOrder('care', () => [page]);

  step('should show no care plan yet on the Care tab', async () => {
    await page.goto(`/cases/${caseId}`);
    await page.getByRole('tab', { name: 'Care' }).click();
    await page.getByRole('heading', { level: 2, name: 'Care plan' }).waitFor();
    await page.getByText('No care plan yet.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Needs assessments' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Services delivered' }).waitFor();
  });

  step('should set a plan in the browser and show version 1', async () => {
    await page.getByRole('button', { name: 'Set the care plan' }).click();
    const form = page.getByRole('form', { name: 'Set the care plan' });
    await form.getByLabel('Goals').fill('Safe housing\nCounselling');
    const review = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('Review date').fill(review);
    await form.getByRole('button', { name: 'Add a planned service' }).click();
    await form.getByLabel('Service').selectOption('psychosocial');
    await form.getByRole('button', { name: 'Save the plan' }).click();
    await page.getByRole('article', { name: 'Version 1' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Counselling' }).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'care-plan-phone-en');
  });

  step('should say the plan changed meanwhile, and reload it', async () => {
    await page.getByRole('button', { name: 'Set a new version' }).click();
    const form = page.getByRole('form', { name: 'Set the care plan' });
    await form.getByLabel('Goals').waitFor();
    // Someone else sets version 2 while this form still starts from version 1.
    const review = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    const other = await jkm.request('PUT', `/api/cases/${caseId}/care-plan`, {
      reviewOn: review,
      goals: ['Safe housing', 'Legal advice'],
      basedOnVersion: 1,
    });
    assert.equal(other.statusCode, 200, other.body);
    await form.getByRole('button', { name: 'Save the plan' }).click();
    await form.getByRole('alert').filter({ hasText: 'changed meanwhile' }).waitFor();
    await form.getByRole('button', { name: 'Reload the current plan' }).click();
    await page.getByRole('article', { name: 'Version 2' }).waitFor();
    await page
      .getByRole('form', { name: 'Set the care plan' })
      .getByRole('button', { name: 'Save the plan' })
      .click();
    await page.getByRole('article', { name: 'Version 3' }).waitFor();
  });

  step('should record a service delivered', async () => {
    const form = page.getByRole('form', { name: 'Record a service delivered' });
    await form.getByLabel('Service').selectOption('legal_aid');
    await form.getByLabel('What was delivered').fill('First meeting with a lawyer');
    await form.getByRole('button', { name: 'Save the service' }).click();
    await page.getByRole('article', { name: 'Legal aid' }).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
  });
});
