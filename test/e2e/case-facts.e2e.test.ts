import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import type { Page } from 'playwright-core';
import type { TestSession } from '../support/platform.ts';
import {
  caseWorkerWithCase,
  chooseCountry,
  type E2eServer,
  screenshot,
  seriousViolations,
  stepsInOrder,
} from './browser.ts';

/*
 * A case's facts and status in Chromium (decision 0085): JKM's case manager corrects Ani's case
 * (a form of exploitation, a means of control, the recruiter, the risk level), a date the API
 * refuses said under its field; a colleague changes the case meanwhile (through the API) and the
 * browser's save is refused with the reason and an offer to reload; then the case is closed with a
 * reason and reopened. Every wait is for a role or a text.
 */
describe('editing a case in the browser', () => {
  let server: E2eServer;
  let page: Page;
  let jkm: TestSession;
  let caseId: string;

  before(async () => {
    ({ server, session: jkm, page, caseId } = await caseWorkerWithCase());
  });
  after(async () => {
    await server?.close();
  });

  const step = stepsInOrder('case-facts', () => [page]);
  const form = () => page.getByRole('form', { name: 'Edit the facts of this case' });

  step('should save corrected facts, saying a refused date under its field', async () => {
    await page.goto(`/cases/${caseId}`);
    await page.getByRole('heading', { level: 1, name: /^Case / }).waitFor();
    await page.getByRole('button', { name: 'Edit case facts' }).click();
    await form().getByLabel('Exploitation ended on').fill('2024-01-01');
    await form().getByRole('button', { name: 'Save the facts' }).click();
    // The API's field problem (ends before it started), on the field it names.
    await form().locator('input[aria-invalid="true"]').waitFor();
    await form().getByLabel('Exploitation ended on').fill('2025-10-30');
    await form().getByRole('checkbox', { name: 'Domestic servitude' }).check();
    await form().getByRole('checkbox', { name: 'Threats to family' }).check();
    await form().getByLabel("Recruiter's relationship to the person").selectOption('agent');
    await form().getByLabel('Risk level').selectOption('high');
    // A country is read by its name and chosen by it: the case's recruitment in Indonesia, its
    // exploitation moved to Thailand.
    const country = (label: string) => form().getByRole('combobox', { name: label, exact: true });
    assert.equal(await country('Country of recruitment').inputValue(), 'Indonesia');
    await chooseCountry(form(), 'Country of exploitation', 'thai', 'Thailand');
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'case-facts-en');
    await form().getByRole('button', { name: 'Save the facts' }).click();
    await page.getByRole('button', { name: 'Edit case facts' }).waitFor();
    await page.getByText('Threats to family').waitFor();
    const saved = (await jkm.request('GET', `/api/cases/${caseId}`)).json();
    assert.deepEqual(
      [
        saved.exploitationTypes,
        saved.meansOfControl,
        saved.recruiterRelationship,
        saved.riskLevel,
        saved.recruitmentCountry,
        saved.exploitationCountry,
      ],
      [
        ['forced_labour', 'domestic_servitude'],
        ['document_confiscation', 'debt_bondage', 'threats_to_family'],
        'agent',
        'high',
        'ID',
        'TH',
      ],
    );
    assert.equal(saved.exploitationEndedOn, '2025-10-30', 'the refused date was not kept');
  });

  step('should say that someone changed the case meanwhile, and save after a reload', async () => {
    await page.getByRole('button', { name: 'Edit case facts' }).click();
    await form().getByLabel('Place of exploitation').fill('Sandakan, Sabah');
    // A colleague saves another change first.
    const read = await jkm.request('GET', `/api/cases/${caseId}`);
    const colleague = await jkm.request(
      'PATCH',
      `/api/cases/${caseId}`,
      { riskLevel: 'critical' },
      { 'if-match': read.headers.etag as string },
    );
    assert.equal(colleague.statusCode, 200, colleague.body);
    await form().getByRole('button', { name: 'Save the facts' }).click();
    const alert = form().getByRole('alert').filter({ hasText: 'Not saved: the case changed' });
    await alert.getByText('Someone else changed this case').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'case-facts-changed-en');
    await alert.getByRole('button', { name: 'Reload the case' }).click();
    await alert.waitFor({ state: 'detached' });
    // The form starts over on the colleague's version: their risk level, the place as it was.
    assert.equal(await form().getByLabel('Risk level').inputValue(), 'critical');
    assert.equal(await form().getByLabel('Place of exploitation').inputValue(), 'Kinabatangan, Sabah');
    await form().getByLabel('Place of exploitation').fill('Sandakan, Sabah');
    await form().getByRole('button', { name: 'Save the facts' }).click();
    await page.getByRole('button', { name: 'Edit case facts' }).waitFor();
    const saved = (await jkm.request('GET', `/api/cases/${caseId}`)).json();
    assert.deepEqual([saved.exploitationPlace, saved.riskLevel], ['Sandakan, Sabah', 'critical']);
  });

  step('should close the case with a reason, then reopen it', async () => {
    await page.getByRole('button', { name: 'Close case' }).click();
    const closing = page.getByRole('form', { name: 'Close this case' });
    await closing.getByLabel('Why the case is closed').fill('Returned home to Lombok.');
    await closing.getByRole('button', { name: 'Close the case' }).click();
    await page.getByRole('button', { name: 'Reopen case' }).waitFor();
    assert.equal(
      await page.getByRole('button', { name: 'Edit case facts' }).count(),
      0,
      'a closed case is not edited',
    );
    assert.equal((await jkm.request('GET', `/api/cases/${caseId}`)).json().status, 'closed');
    await page.getByRole('button', { name: 'Reopen case' }).click();
    const reopening = page.getByRole('form', { name: 'Reopen this case' });
    await reopening.getByLabel('Why the case is reopened').fill('Recruiter contacted her again.');
    assert.deepEqual(await seriousViolations(page), []);
    await reopening.getByRole('button', { name: 'Reopen the case' }).click();
    await page.getByRole('button', { name: 'Close case' }).waitFor();
    const reopened = (await jkm.request('GET', `/api/cases/${caseId}`)).json();
    assert.deepEqual([reopened.status, reopened.closedAt], ['active', null]);
  });
});
