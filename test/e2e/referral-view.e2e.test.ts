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
import { englishLeftovers } from './untranslated.ts';

/*
 * The receiving agency's view of a referral (issue 4: "the receiving agency sees exactly the
 * shared view; every view is audited"). The embassy (KBRI) refers Ani to the welfare department
 * (JKM) under a consent to share her identity and the facts of her case, not her contact details,
 * documents or story. JKM opens the referral from its home page: before accepting it sees only
 * what the API shares while pending, after accepting exactly the consented fields; once Ani
 * withdraws her consent, nothing. The women's shelters (JPW), not party to it, find no referral.
 */
describe("the receiving agency's view of a referral, in Chromium", () => {
  let server: E2eServer;
  let kbri: TestSession;
  let jkm: TestSession;
  let jpw: TestSession;
  let jkmPage: Page;
  let jpwPage: Page;
  let consentId = '';
  let referralId = '';
  let reference = '';
  let caseId = '';

  /** What Ani's record holds beyond the consent: none of it may reach JKM's page. */
  const notConsented = [
    '+60 12 345 6789', // contact
    'Rumah Kongsi 4', // address
    'B7654321', // passport number
    'kept her passport and wages', // the case summary (narrative)
  ];

  before(async () => {
    server = await startE2eServer();
    kbri = await signInEnrolled(server, 'cm.kbri@demo.lindung.org');
    jkm = await signInEnrolled(server, 'cm.jkm@demo.lindung.org');
    jpw = await signInEnrolled(server, 'shelter.jpw@demo.lindung.org');
    const [agency] = await server.platform.db.query<{ id: string }>(
      "select id from agency where short_name = 'JKM'",
    );
    const made = await personWithCase(kbri);
    const personId = made.personId;
    caseId = made.caseId;
    consentId = await recordConsent(kbri, personId, {
      recipientAgencyIds: [agency?.id],
      purposes: ['shelter'],
      dataCategories: ['identity', 'case_facts'],
    });
    reference = (await kbri.request('GET', `/api/cases/${caseId}`)).json().reference as string;
    referralId = await refer(kbri, {
      caseId,
      consentId,
      toAgencyId: agency?.id,
      purpose: 'shelter',
      services: ['shelter'],
    });
    [jkmPage, jpwPage] = await Promise.all([pageOf(server, jkm), pageOf(server, jpw)]);
  });
  after(async () => {
    await server?.close();
  });

  const step = stepsInOrder('referral-view', () => [jkmPage, jpwPage]);
  const shared = (page: Page) =>
    page.getByRole('region', { name: "What the person's consent shares with your agency" });
  /** The value shown under a label of the shared view's description lists. */
  const fieldValue = (page: Page, label: string) =>
    shared(page)
      .locator('dl > div')
      .filter({ has: page.getByText(label, { exact: true }) })
      .locator('dd');
  const assertNoneOf = async (page: Page, texts: string[]) => {
    const content = await page.locator('main').innerText();
    assert.deepEqual(
      texts.filter((text) => content.includes(text)),
      [],
      'no field the consent does not share is on the page',
    );
  };
  const viewsBy = async (userEmail: string) =>
    (
      await server.platform.db.query<{ count: number }>(
        `select count(*)::int as count from audit_event e join app_user u on u.id = e.actor_user_id
          where e.action = 'referral.view' and e.subject_id = $1 and u.email = $2`,
        [referralId, userEmail],
      )
    )[0]?.count ?? 0;

  step('should open the referral from the home page and show only what is shared while pending', async () => {
    await jkmPage.goto('/');
    const waiting = jkmPage.getByRole('region', { name: 'Referrals waiting for my agency' });
    await waiting.getByRole('link', { name: reference }).waitFor();
    assert.deepEqual(await seriousViolations(jkmPage), [], 'the home page with its links to referrals');
    await waiting.getByRole('link', { name: reference }).click();
    await jkmPage.getByRole('heading', { name: `Referral ${reference}`, level: 1 }).waitFor();
    assert.equal(
      new URL(jkmPage.url()).pathname,
      `/referrals/${referralId}`,
      'the address holds the id only',
    );
    await shared(jkmPage).getByText('The consent covers: Identity, Facts of the case.').waitFor();
    await shared(jkmPage)
      .getByText(/Until your agency accepts the referral/)
      .waitFor();
    assert.equal(await fieldValue(jkmPage, 'Sex').innerText(), 'Female');
    assert.equal(await fieldValue(jkmPage, 'Nationality').innerText(), 'Indonesia');
    assert.equal(await fieldValue(jkmPage, 'Forms of exploitation').innerText(), 'Forced labour');
    assert.equal(await fieldValue(jkmPage, 'Names').count(), 0, 'names are shared only once accepted');
    assert.equal(await fieldValue(jkmPage, 'Place of recruitment').count(), 0);
    await assertNoneOf(jkmPage, ['Ani Suryani', 'Lombok Timur', ...notConsented]);
    assert.deepEqual(await seriousViolations(jkmPage), []);
    await screenshot(jkmPage, 'referral-view-pending-en');
  });

  step('should show exactly the consented fields once the welfare department accepts', async () => {
    await jkmPage.getByRole('button', { name: 'Accept' }).click();
    const dialog = jkmPage.getByRole('dialog', { name: 'Accept the referral' });
    await dialog.getByRole('button', { name: 'Accept' }).click();
    await dialog.waitFor({ state: 'detached' });
    await jkmPage.getByText('Accepted', { exact: true }).waitFor();
    await fieldValue(jkmPage, 'Names').getByText('Ani Suryani').waitFor();
    assert.match(await fieldValue(jkmPage, 'Names').innerText(), /Yani \(also known as\)/);
    assert.match(await fieldValue(jkmPage, 'Born').innerText(), /1998/);
    assert.equal(await fieldValue(jkmPage, 'Place of recruitment').innerText(), 'Lombok Timur');
    assert.equal(await fieldValue(jkmPage, 'Place of exploitation').innerText(), 'Kinabatangan, Sabah');
    assert.equal(await fieldValue(jkmPage, 'Sector of work').innerText(), 'Plantation');
    const sections = await shared(jkmPage).getByRole('heading', { level: 3 }).allInnerTexts();
    assert.deepEqual(
      sections,
      ['Identity', 'Facts of the case'],
      'a section for each consented category only',
    );
    await assertNoneOf(jkmPage, notConsented);
    assert.deepEqual(await seriousViolations(jkmPage), []);
    await screenshot(jkmPage, 'referral-view-accepted-en');
    // Opening and the refresh after accepting: each a view in the audit log.
    assert.ok((await viewsBy('cm.jkm@demo.lindung.org')) >= 2);
  });

  step('should show the shared view in Malay on a phone, with no English left', async () => {
    assert.equal((await jkm.request('PATCH', '/api/me', { locale: 'ms' })).statusCode, 200);
    try {
      const phone = await pageOf(server, jkm, 360);
      await phone.goto(`/referrals/${referralId}`);
      await phone.getByRole('heading', { name: `Rujukan ${reference}`, level: 1 }).waitFor();
      await phone.getByText('Ani Suryani').waitFor();
      await phone.getByRole('heading', { name: 'Fakta kes', level: 3 }).waitFor();
      assert.deepEqual(await englishLeftovers(phone, 'ms'), []);
      assert.deepEqual(await seriousViolations(phone), []);
      await screenshot(phone, 'referral-view-accepted-ms-360');
    } finally {
      await jkm.request('PATCH', '/api/me', { locale: 'en' });
    }
  });

  step('should tell another agency that the referral is not found or not shared with it', async () => {
    await jpwPage.goto(`/referrals/${referralId}`);
    await jpwPage.getByRole('heading', { name: 'Referral not found', level: 1 }).waitFor();
    await jpwPage.getByText('This referral was not found, or it is not shared with your agency.').waitFor();
    await assertNoneOf(jpwPage, ['Ani Suryani', 'Indonesia', 'Female', reference]);
    assert.deepEqual(await seriousViolations(jpwPage), []);
  });

  step('should show nothing of the person once she withdraws her consent', async () => {
    const withdrawn = await kbri.request('POST', `/api/consents/${consentId}/withdraw`, {});
    assert.equal(withdrawn.statusCode, 200, withdrawn.body);
    await jkmPage.reload();
    await shared(jkmPage).getByText('No longer shared').waitFor();
    await shared(jkmPage)
      .getByText(/The person withdrew their consent/)
      .waitFor();
    assert.equal(await shared(jkmPage).locator('dd').count(), 0, 'no shared field is shown');
    await assertNoneOf(jkmPage, ['Ani Suryani', 'Lombok Timur', 'Female', ...notConsented]);
    assert.deepEqual(await seriousViolations(jkmPage), []);
    await screenshot(jkmPage, 'referral-view-withdrawn-en');
  });

  step('should tell the referring embassy who saw what it shared, and at which stage', async () => {
    const kbriPage = await pageOf(server, kbri);
    await kbriPage.goto(`/cases/${caseId}`);
    await kbriPage.getByRole('tab', { name: 'Referrals' }).click();
    const seen = kbriPage.getByRole('article', { name: 'Jabatan Kebajikan Masyarakat' });
    await kbriPage.getByRole('heading', { name: 'Seen outside your agency' }).waitFor();
    const pending = seen.filter({ hasText: 'Before accepting' });
    await pending.getByText('Only sex, nationality, languages and the kind of exploitation').waitFor();
    assert.equal(await pending.count(), 1, 'one view before accepting');
    const accepted = seen.filter({ hasText: 'After accepting' }).first();
    await accepted.getByText('Identity, Facts of the case', { exact: true }).waitFor();
    assert.deepEqual(await seriousViolations(kbriPage), []);
    await screenshot(kbriPage, 'case-disclosures-en');
  });
});
