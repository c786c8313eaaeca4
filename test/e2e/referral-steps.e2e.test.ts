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
 * A referral's whole life in the web app (issue 4): the embassy (KBRI) refers a person to the
 * welfare department (JKM), which accepts and refers her on to the women's shelters (JPW); JPW
 * declines with a reason and JKM completes. The embassy cancels another pending referral while JKM
 * still sees it, so JKM's Accept loses the race and is told so; an overdue referral shows on both
 * sides with how long overdue.
 */
describe('the life of a referral, in Chromium', () => {
  let server: E2eServer;
  let kbri: TestSession;
  let jkm: TestSession;
  let jpw: TestSession;
  let kbriPage: Page;
  let jkmPage: Page;
  let jpwPage: Page;
  const agencyIds: Record<string, string> = {};
  /** The walked case, the one whose referral is cancelled, and the one whose referral is overdue. */
  const cases: Record<'walk' | 'cancel' | 'overdue', { id: string; reference: string }> = {
    walk: { id: '', reference: '' },
    cancel: { id: '', reference: '' },
    overdue: { id: '', reference: '' },
  };

  /** A case of the embassy with the person's consent to share with the agencies given, for shelter. */
  const caseWithConsent = async (recipients: string[]) => {
    const { personId, caseId } = await personWithCase(kbri);
    const consentId = await recordConsent(kbri, personId, {
      recipientAgencyIds: recipients.map((name) => agencyIds[name]),
      purposes: ['shelter'],
      dataCategories: ['identity'],
    });
    const reference = (await kbri.request('GET', `/api/cases/${caseId}`)).json().reference as string;
    return { id: caseId, reference, consentId };
  };
  const referToJkm = (found: { id: string; consentId: string }) =>
    refer(kbri, {
      caseId: found.id,
      consentId: found.consentId,
      toAgencyId: agencyIds.JKM,
      purpose: 'shelter',
      services: ['shelter'],
    });

  before(async () => {
    server = await startE2eServer();
    kbri = await signInEnrolled(server, 'cm.kbri@demo.lindung.org');
    jkm = await signInEnrolled(server, 'cm.jkm@demo.lindung.org');
    jpw = await signInEnrolled(server, 'shelter.jpw@demo.lindung.org');
    for (const row of await server.platform.db.query<{ id: string; short_name: string }>(
      "select id, short_name from agency where short_name in ('JKM', 'JPW')",
    )) {
      agencyIds[row.short_name] = row.id;
    }
    const walk = await caseWithConsent(['JKM', 'JPW']);
    const cancel = await caseWithConsent(['JKM']);
    const overdue = await caseWithConsent(['JKM']);
    cases.walk = walk;
    cases.cancel = cancel;
    cases.overdue = overdue;
    await referToJkm(cancel);
    const overdueId = await referToJkm(overdue);
    // The deadline passed two days and an hour ago: set in the data, not waited for.
    await server.platform.db.query(
      `update referral set response_deadline = now() - interval '2 days 1 hour' where id = $1`,
      [overdueId],
    );
    [kbriPage, jkmPage, jpwPage] = await Promise.all([
      pageOf(server, kbri),
      pageOf(server, jkm),
      pageOf(server, jpw),
    ]);
  });
  after(async () => {
    await server?.close();
  });

  const step = stepsInOrder('referral-steps', () => [kbriPage, jkmPage, jpwPage]);
  const region = (page: Page, name: string) => page.getByRole('region', { name });
  const line = (page: Page, regionName: string, reference: string) =>
    region(page, regionName).getByRole('listitem').filter({ hasText: reference });
  /** The partner of the directory that is the agency, as the session's referral form offers it. */
  const partnerOf = async (session: TestSession, agencyId: string | undefined) => {
    const targets = (await session.request('GET', '/api/partners/referral-targets')).json().items as {
      id: string;
      receiver: { id: string } | null;
    }[];
    return targets.find((target) => target.receiver?.id === agencyId)?.id ?? '';
  };
  const statusOf = async (where: string, values: unknown[]) =>
    (
      await server.platform.db.query<{ status: string; decline_reason: string | null }>(
        `select status, decline_reason from referral where ${where}`,
        values,
      )
    )[0];

  step('should let the embassy refer the person to the welfare department from the case', async () => {
    await kbriPage.goto(`/cases/${cases.walk.id}`);
    await kbriPage.getByRole('tab', { name: 'Referrals' }).click();
    await kbriPage.getByText('No referral is overdue.').waitFor();
    await kbriPage.getByLabel('Under which consent').selectOption({ index: 1 });
    await kbriPage.getByLabel('Refer to').selectOption(await partnerOf(kbri, agencyIds.JKM));
    await kbriPage.getByLabel('Purpose', { exact: true }).selectOption('shelter');
    await kbriPage.getByRole('checkbox', { name: 'Shelter' }).check();
    await kbriPage.getByRole('button', { name: 'Send the referral' }).click();
    const sent = kbriPage.getByRole('listitem').filter({ hasText: 'To Jabatan Kebajikan Masyarakat' });
    await sent.getByText('Waiting for an answer').waitFor();
    await sent.getByText(/answer by/).waitFor();
    await sent.getByRole('button', { name: 'Cancel the referral' }).waitFor();
    assert.deepEqual(await seriousViolations(kbriPage), []);
    await screenshot(kbriPage, 'referral-steps-sent-en');
  });

  step(
    'should let the welfare department accept it with a note, then offer completing and passing it on',
    async () => {
      await jkmPage.goto('/');
      await line(jkmPage, 'Referrals waiting for my agency', cases.walk.reference)
        .getByRole('button', { name: 'Accept' })
        .click();
      const dialog = jkmPage.getByRole('dialog', { name: 'Accept the referral' });
      const note = dialog.getByLabel('Note to the referring agency (optional)');
      assert.equal(await note.getAttribute('required'), null, 'the note may be left empty');
      await note.fill('We take her in on Monday: bring her passport.');
      assert.deepEqual(await seriousViolations(jkmPage), []);
      await screenshot(jkmPage, 'referral-accept-note-en');
      await dialog.getByRole('button', { name: 'Accept' }).click();
      await dialog.waitFor({ state: 'detached' });
      const accepted = line(jkmPage, 'Referrals my agency is working on', cases.walk.reference);
      await accepted.getByRole('button', { name: 'Mark completed' }).waitFor();
      await accepted.getByRole('button', { name: 'Refer on' }).waitFor();
      assert.equal(await accepted.getByRole('button', { name: 'Accept' }).count(), 0);
      const [referral] = await server.platform.db.query<{ id: string }>(
        'select id from referral where case_id = $1 and parent_referral_id is null',
        [cases.walk.id],
      );
      const read = (await kbri.request('GET', `/api/referrals/${referral?.id}`)).json();
      assert.deepEqual(
        [read.status, read.acceptanceNote],
        ['accepted', 'We take her in on Monday: bring her passport.'],
        'the referring agency reads the note',
      );
    },
  );

  step('should refuse passing it on to an agency the consent does not cover, under the field', async () => {
    const accepted = line(jkmPage, 'Referrals my agency is working on', cases.walk.reference);
    await accepted.getByRole('button', { name: 'Refer on' }).click();
    const dialog = jkmPage.getByRole('dialog', { name: 'Refer on to another agency' });
    const receiver = dialog.getByLabel('Refer to');
    await receiver.selectOption(await partnerOf(jkm, await tenaganita()));
    await dialog.getByRole('button', { name: 'Send the referral on' }).click();
    await dialog.getByText('The person’s consent does not allow sharing with this agency.').waitFor();
    assert.equal(await receiver.getAttribute('aria-invalid'), 'true');
    assert.deepEqual(await seriousViolations(jkmPage), []);
    await screenshot(jkmPage, 'referral-steps-refer-on-refused-en');
    await receiver.selectOption(await partnerOf(jkm, agencyIds.JPW));
    await dialog.getByRole('button', { name: 'Send the referral on' }).click();
    await dialog.waitFor({ state: 'detached' });
    const onward = await statusOf('case_id = $1 and to_agency_id = $2', [cases.walk.id, agencyIds.JPW]);
    assert.equal(onward?.status, 'pending');
    await line(jkmPage, 'Referrals my agency sent', cases.walk.reference)
      .getByText('To Jabatan Pembangunan Wanita')
      .waitFor();
  });

  step('should let the shelters decline it with a reason, and show them no overdue referral', async () => {
    await jpwPage.goto('/');
    await region(jpwPage, 'Overdue referrals').getByText('No referral is overdue.').waitFor();
    await line(jpwPage, 'Referrals waiting for my agency', cases.walk.reference)
      .getByRole('button', { name: 'Decline' })
      .click();
    const dialog = jpwPage.getByRole('dialog', { name: 'Decline the referral' });
    await dialog.getByLabel('Why your agency declines').fill('No bed free in Kuala Lumpur this month.');
    await dialog.getByRole('button', { name: 'Decline' }).click();
    await dialog.waitFor({ state: 'detached' });
    await region(jpwPage, 'Referrals waiting for my agency')
      .getByText('No referral is waiting for an answer.')
      .waitFor();
    const onward = await statusOf('case_id = $1 and to_agency_id = $2', [cases.walk.id, agencyIds.JPW]);
    assert.deepEqual(onward, {
      status: 'declined',
      decline_reason: 'No bed free in Kuala Lumpur this month.',
    });
    assert.deepEqual(await seriousViolations(jpwPage), []);
  });

  step('should let the welfare department complete the referral it accepted, with a note', async () => {
    await jkmPage.reload();
    const declined = line(jkmPage, 'Referrals my agency sent', cases.walk.reference);
    await declined.getByText('Declined', { exact: true }).waitFor();
    // The sender reads why on the line itself.
    await declined.getByText('Declined: No bed free in Kuala Lumpur this month.').waitFor();
    await line(jkmPage, 'Referrals my agency is working on', cases.walk.reference)
      .getByRole('button', { name: 'Mark completed' })
      .click();
    const dialog = jkmPage.getByRole('dialog', { name: 'Complete the referral' });
    await dialog
      .getByLabel('What your agency did (optional)')
      .fill('Sheltered in our Kuala Lumpur home until her flight.');
    await dialog.getByRole('button', { name: 'Mark completed' }).click();
    await dialog.waitFor({ state: 'detached' });
    await line(jkmPage, 'Referrals my agency is working on', cases.walk.reference).waitFor({
      state: 'detached',
    });
    const [walked] = await server.platform.db.query<{ status: string; completion_note: string }>(
      'select status, completion_note from referral where case_id = $1 and parent_referral_id is null',
      [cases.walk.id],
    );
    assert.deepEqual(walked, {
      status: 'completed',
      completion_note: 'Sheltered in our Kuala Lumpur home until her flight.',
    });
  });

  step(
    'should let the embassy cancel a pending referral with a reason, and tell the other side plainly',
    async () => {
      await jkmPage.reload();
      const waiting = line(jkmPage, 'Referrals waiting for my agency', cases.cancel.reference);
      await waiting.getByRole('button', { name: 'Accept' }).waitFor();
      await kbriPage.goto(`/cases/${cases.cancel.id}`);
      await kbriPage.getByRole('tab', { name: 'Referrals' }).click();
      const sent = kbriPage.getByRole('listitem').filter({ hasText: 'To Jabatan Kebajikan Masyarakat' });
      await sent.getByRole('button', { name: 'Cancel the referral' }).click();
      const dialog = kbriPage.getByRole('dialog', { name: 'Cancel the referral' });
      await dialog.getByLabel('Why your agency cancels it').fill('She chose to return home with her family.');
      await dialog.getByRole('button', { name: 'Cancel the referral' }).click();
      await dialog.waitFor({ state: 'detached' });
      await sent.getByText('Cancelled', { exact: true }).waitFor();
      await sent.getByText('Cancelled: She chose to return home with her family.').waitFor();
      assert.equal(await sent.getByRole('button').count(), 0, 'nothing more to do with it');
      // The welfare department's page still shows it pending: its Accept loses the race.
      await waiting.getByRole('button', { name: 'Accept' }).click();
      await jkmPage
        .getByRole('dialog', { name: 'Accept the referral' })
        .getByRole('button', { name: 'Accept' })
        .click();
      await region(jkmPage, 'Referrals waiting for my agency')
        .getByRole('alert')
        .filter({ hasText: 'Someone changed this referral meanwhile' })
        .waitFor();
      await waiting.waitFor({ state: 'detached' });
      const cancelled = await statusOf('case_id = $1', [cases.cancel.id]);
      assert.equal(cancelled?.status, 'cancelled');
    },
  );

  step('should list the overdue referral on both sides, with how long overdue', async () => {
    for (const page of [kbriPage, jkmPage]) {
      await page.goto('/');
      await line(page, 'Overdue referrals', cases.overdue.reference).getByText('Overdue by 2 days').waitFor();
      assert.deepEqual(await seriousViolations(page), []);
    }
    await screenshot(kbriPage, 'referral-steps-overdue-sender-en');
    await screenshot(jkmPage, 'referral-steps-overdue-receiver-en');
    await kbriPage.goto(`/cases/${cases.overdue.id}`);
    await kbriPage.getByRole('tab', { name: 'Referrals' }).click();
    await kbriPage.getByRole('listitem').getByText('Overdue by 2 days').first().waitFor();
  });

  /** Tenaganita, an agency of the directory the walked consent does not name. */
  async function tenaganita() {
    const [row] = await server.platform.db.query<{ id: string }>(
      "select id from agency where short_name = 'Tenaganita'",
    );
    return row?.id ?? '';
  }
});
