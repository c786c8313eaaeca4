import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import type { Page } from 'playwright-core';
import { personWithCase, recordConsent } from '../../src/modules/referrals/referral.factory.ts';
import { completedScreening, presumedVictimAnswers } from '../support/screening-factory.ts';
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
 * Issue 4's "timeline of every event on the case" (decision 0094): the person's consent, screening
 * and identification decision show on their case's timeline, each under its own label and with how
 * it came out, none as the generic "Change to the case".
 */
describe('the case timeline of a person screened, consenting and identified, in Chromium', () => {
  let server: E2eServer;
  let page: Page;
  let caseId = '';

  before(async () => {
    server = await startE2eServer();
    const jkm = await signInEnrolled(server, 'cm.jkm@demo.lindung.org');
    const [kbri] = await server.platform.db.query<{ id: string }>(
      "select id from agency where short_name = 'KBRI KL'",
    );
    const { personId, caseId: id } = await personWithCase(jkm);
    caseId = id;
    await recordConsent(jkm, personId, {
      recipientAgencyIds: [kbri?.id],
      purposes: ['repatriation'],
      dataCategories: ['identity'],
    });
    await completedScreening(jkm, personId, presumedVictimAnswers);
    const decided = await jkm.request('POST', `/api/persons/${personId}/identification-decisions`, {
      decision: 'confirmed_victim',
      basis: 'The employer kept her passport and wages; she could not leave.',
      decidedOn: '2025-11-25',
    });
    assert.equal(decided.statusCode, 201, decided.body);
    page = await pageOf(server, jkm);
  });
  after(async () => {
    await server?.close();
  });

  const step = stepsInOrder('case-timeline', () => [page]);

  step('should show the consent, the screening and its outcome, the decision and its outcome', async () => {
    await page.goto(`/cases/${caseId}`);
    await page.getByRole('tab', { name: 'Timeline' }).click();
    for (const text of [
      'Consent recorded',
      'Screening completed',
      'Presumed victim of trafficking',
      'Identification decision recorded',
      'Confirmed victim of trafficking',
    ]) {
      await page.getByText(text, { exact: true }).waitFor();
    }
    assert.equal(await page.getByText('Change to the case').count(), 0);
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'case-timeline-person-events-en');
  });
});
