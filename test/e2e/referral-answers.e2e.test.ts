import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import type { Page } from 'playwright-core';
import { personWithCase, recordConsent, refer } from '../../src/modules/referrals/referral.factory.ts';
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
 * Issue 4's gaps in the web app (decision 0059): the receiving agency is not offered "Accept" on a
 * referral whose case the referring agency closed, is told plainly when the case was closed while
 * it looked, and declines with a reason; an officer screening a person certainly 18 or over with a
 * child profile is asked why, and the server's refusal without a reason shows under that field.
 */
describe('answering referrals of closed cases, and a child profile for an adult, in Chromium', () => {
  let server: E2eServer;
  let kbri: TestSession;
  let jkm: TestSession;
  let officer: TestSession;
  let jkmPage: Page;
  let officerPage: Page;
  const cases: { caseId: string; referralId: string }[] = [];
  let adultId = '';
  let declinedId = '';

  before(async () => {
    server = await startE2eServer();
    kbri = await signInEnrolled(server, 'cm.kbri@demo.lindung.org');
    jkm = await signInEnrolled(server, 'cm.jkm@demo.lindung.org');
    officer = await signInEnrolled(server, 'officer.pdrm@demo.lindung.org');
    const [agency] = await server.platform.db.query<{ id: string }>(
      "select id from agency where short_name = 'JKM'",
    );
    // Two cases of the embassy, each referred to JKM for shelter.
    for (const _each of [1, 2]) {
      const { personId, caseId } = await personWithCase(kbri);
      const consentId = await recordConsent(kbri, personId, {
        recipientAgencyIds: [agency?.id],
        purposes: ['shelter'],
        dataCategories: ['identity'],
      });
      const referralId = await refer(kbri, {
        caseId,
        consentId,
        toAgencyId: agency?.id,
        purpose: 'shelter',
        services: ['shelter'],
      });
      cases.push({ caseId, referralId });
    }
    const adult = await officer.request('POST', '/api/persons', {
      names: [{ fullName: 'Kyaw Min Oo' }],
      sex: 'male',
      birth: { precision: 'exact', date: '1985-06-01' },
    });
    assert.equal(adult.statusCode, 201, adult.body);
    adultId = adult.json().id;
    jkmPage = await pageOf(server, jkm);
    officerPage = await pageOf(server, officer);
  });
  after(async () => {
    await server?.close();
  });

  const step = stepsInOrder('referral-answers', () => [jkmPage, officerPage]);
  const closeCase = async (caseId: string) => {
    const closed = await kbri.request('POST', `/api/cases/${caseId}/status`, {
      status: 'closed',
      reason: 'She went home on her own',
    });
    assert.equal(closed.statusCode, 200, closed.body);
  };
  const waiting = () => jkmPage.getByRole('region', { name: 'Referrals waiting for my agency' });
  const closedNote =
    'The referring agency has closed its case, so this referral cannot be accepted now. You can still decline it.';

  step('should not offer Accept on a referral whose case is closed, and say why', async () => {
    await closeCase(cases[0]?.caseId ?? '');
    await jkmPage.goto('/');
    await waiting().getByText(closedNote).waitFor();
    assert.equal(await waiting().getByText(closedNote).count(), 1);
    assert.equal(await waiting().getByRole('button', { name: 'Accept' }).count(), 1, 'only the open case');
    assert.equal(await waiting().getByRole('button', { name: 'Decline' }).count(), 2);
    assert.deepEqual(await seriousViolations(jkmPage), []);
    await screenshot(jkmPage, 'referral-case-closed-en');
  });

  step('should say plainly that the case was closed meanwhile when Accept loses the race', async () => {
    await closeCase(cases[1]?.caseId ?? '');
    await waiting().getByRole('button', { name: 'Accept' }).click();
    await jkmPage
      .getByRole('dialog', { name: 'Accept the referral' })
      .getByRole('button', { name: 'Accept' })
      .click();
    await waiting()
      .getByRole('alert')
      .filter({
        hasText: 'The referring agency closed its case meanwhile, so the referral was not accepted.',
      })
      .waitFor();
    await waiting().getByRole('button', { name: 'Accept' }).waitFor({ state: 'detached' });
    assert.equal(await waiting().getByText(closedNote).count(), 2);
    const [row] = await server.platform.db.query<{ status: string }>(
      'select status from referral where id = $1',
      [cases[1]?.referralId],
    );
    assert.equal(row?.status, 'pending');
  });

  step('should decline a referral of a closed case with a reason the referring agency reads', async () => {
    await waiting().getByRole('button', { name: 'Decline' }).first().click();
    const dialog = jkmPage.getByRole('dialog', { name: 'Decline the referral' });
    await dialog.getByLabel('Why your agency declines').fill('The case was closed before we could help.');
    await dialog.getByRole('button', { name: 'Decline' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waiting().getByRole('button', { name: 'Decline' }).nth(1).waitFor({ state: 'detached' });
    const seen = (await kbri.request('GET', '/api/referrals?direction=outgoing&status=declined')).json();
    const declined: string[] = seen.items.map((referral: { id: string }) => referral.id);
    assert.equal(declined.length, 1);
    assert.ok(cases.some((each) => each.referralId === declined[0]));
    declinedId = declined[0] ?? '';
    const detail = (await kbri.request('GET', `/api/referrals/${declined[0]}`)).json();
    assert.equal(detail.declineReason, 'The case was closed before we could help.');
  });

  step(
    'should show the referring agency on its timeline that its referral was declined, and why',
    async () => {
      const kbriPage = await pageOf(server, kbri);
      const caseId = cases.find((each) => each.referralId === declinedId)?.caseId;
      await kbriPage.goto(`/cases/${caseId}`);
      await kbriPage.getByRole('tab', { name: 'Timeline' }).click();
      await kbriPage.getByText('Referral declined').waitFor();
      await kbriPage.getByText('From KBRI KL to JKM').first().waitFor();
      await kbriPage.getByText('Reason: The case was closed before we could help.').waitFor();
      assert.deepEqual(await seriousViolations(kbriPage), []);
      await screenshot(kbriPage, 'referral-declined-timeline-en');
    },
  );

  step('should take the referring agency from a referral it sent to its own case', async () => {
    const kbriPage = await pageOf(server, kbri);
    const { caseReference } = (await kbri.request('GET', `/api/referrals/${declinedId}`)).json();
    const caseId = cases.find((each) => each.referralId === declinedId)?.caseId;
    await kbriPage.goto('/');
    const sent = kbriPage.getByRole('region', { name: 'Referrals my agency sent' });
    await sent.getByRole('link', { name: caseReference }).click();
    await kbriPage.waitForURL(`**/cases/${caseId}`);
    // On the case's own page its referrals name it without a link to itself.
    await kbriPage.getByRole('tab', { name: 'Referrals' }).click();
    const referrals = kbriPage.getByRole('tabpanel', { name: 'Referrals' });
    await referrals.getByText(caseReference).first().waitFor();
    assert.equal(await referrals.getByRole('link', { name: caseReference }).count(), 0);
  });

  step(
    'should name the receiving agency, not "your agency", when the referring agency opens its referral',
    async () => {
      const kbriPage = await pageOf(server, kbri);
      const { toAgency } = (await kbri.request('GET', `/api/referrals/${declinedId}`)).json();
      await kbriPage.goto(`/referrals/${declinedId}`);
      const shared = kbriPage.getByRole('region', {
        name: `What the person's consent shares with ${toAgency.name}`,
      });
      await shared.getByText('The referral was declined').waitFor();
      assert.doesNotMatch(await shared.innerText(), /your agency/);
    },
  );

  step('should ask why a child profile is chosen for a person certainly over 18', async () => {
    await officerPage.goto(`/screenings/new?person=${adultId}`);
    await officerPage.getByText('Screening Kyaw Min Oo.').waitFor();
    await officerPage.getByRole('button', { name: 'Next' }).click();
    await officerPage.getByRole('heading', { level: 2, name: 'Interview details' }).waitFor();
    const reason = officerPage.getByRole('textbox', { name: 'Why a child profile' });
    assert.equal(await reason.count(), 0, 'not asked for an adult profile');
    await officerPage.getByLabel('Instrument profile').selectOption('child_labour');
    await reason.waitFor();
    assert.equal(await reason.getAttribute('required'), '');
    assert.deepEqual(await seriousViolations(officerPage), []);
    await screenshot(officerPage, 'screening-profile-reason-en');
  });

  step(
    "should show the server's refusal without a reason under the field, then complete with one",
    async () => {
      const heading = (name: string) => officerPage.getByRole('heading', { level: 2, name });
      /** Next, step by step (each step's heading awaited), to the review; one indicator answered "no" on each step, since a screening with nothing answered is refused. */
      const toReview = async () => {
        const progress = officerPage.locator('#wizard-progress-label');
        while (!(await heading('Review and complete').isVisible())) {
          const firstNo = officerPage.getByRole('radio', { name: 'No', exact: true }).first();
          if ((await firstNo.isVisible()) && !(await firstNo.isChecked())) await firstNo.check();
          const before = await progress.innerText();
          await officerPage.getByRole('button', { name: 'Next' }).click();
          await officerPage.waitForFunction(
            `document.querySelector('#wizard-progress-label')?.textContent !== ${JSON.stringify(before)}`,
          );
        }
      };
      await toReview();
      await officerPage.getByRole('button', { name: 'Complete the screening' }).click();
      await heading('Interview details').waitFor();
      const reason = officerPage.getByRole('textbox', { name: 'Why a child profile' });
      await officerPage
        .getByText('The person was 18 or over on the screening date: say why a child profile applies')
        .first()
        .waitFor();
      assert.equal(await reason.getAttribute('aria-invalid'), 'true');
      await reason.fill('Recruited at 15 to a fishing boat; exploited until 2003.');
      await toReview();
      await officerPage.getByRole('button', { name: 'Complete the screening' }).click();
      await officerPage.getByRole('heading', { level: 1, name: 'Screening result' }).waitFor();
      const [row] = await server.platform.db.query<{
        profile: string;
        profile_reason: string;
        status: string;
      }>('select profile, profile_reason, status from screening where person_id = $1', [adultId]);
      assert.deepEqual(row, {
        profile: 'child_labour',
        profile_reason: 'Recruited at 15 to a fishing boat; exploited until 2003.',
        status: 'completed',
      });
    },
  );
});
