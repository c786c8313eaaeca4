import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { totpCode } from '../../src/modules/auth/totp.ts';
import { demoPassword } from '../../src/modules/demo/index.ts';
import { iloEc2009Instrument as instrument } from '../../src/modules/screening/instruments/ilo-ec-2009.ts';
import { signInAs } from '../support/platform.ts';
import {
  type E2eServer,
  screenshot,
  seriousViolations,
  signInEnrolled,
  startE2eServer,
  stepsInOrder,
  stepTimeout,
} from './browser.ts';

/*
 * The screening wizard in Chromium: a frontline officer screens a new person, dimension by
 * dimension, to "presumed victim" with the reasons, and records the identification decision; then
 * loses the network, screens another person on the device alone, and sees that screening reach
 * the server exactly once when the network is back. Every wait is for something that appears.
 */
const email = 'officer.pdrm@demo.lindung.org';
const profile = 'adult_labour';
/** The dimensions answered "yes" throughout: one of each stage the adult rule requires. */
const yesDimensions = ['deceptive_recruitment', 'exploitative_conditions', 'coercion_at_destination'];

describe('the screening wizard in Chromium', () => {
  let server: E2eServer;
  let context: BrowserContext;
  let page: Page;
  let recoveryCodes: string[] = [];

  before(async () => {
    server = await startE2eServer();
    // The officer has two-factor sign-in set up and works in English.
    const officer = await signInAs(server.platform.app, email);
    const { secret } = (await officer.request('POST', '/api/auth/two-factor/enrol')).json() as {
      secret: string;
    };
    const confirmed = await officer.request('POST', '/api/auth/two-factor/confirm', {
      code: totpCode(secret),
    });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    recoveryCodes = (confirmed.json() as { recoveryCodes: string[] }).recoveryCodes;
    const english = await officer.request('PATCH', '/api/me', { locale: 'en' });
    assert.equal(english.statusCode, 200, english.body);
    context = await server.browser.newContext({
      baseURL: server.baseUrl,
      locale: 'en-GB',
      viewport: { width: 1280, height: 900 },
    });
    context.setDefaultTimeout(stepTimeout);
    page = await context.newPage();
  });
  after(async () => {
    await server?.close();
  });

  const heading = (text: string | RegExp, level = 1) => page.getByRole('heading', { level, name: text });
  const step = stepsInOrder('screening', () => [page]);

  async function countScreenings(personId?: string): Promise<number> {
    const [row] = await server.platform.db.query<{ count: string }>(
      personId
        ? 'select count(*)::text as count from screening where person_id = $1'
        : 'select count(*)::text as count from screening',
      personId ? [personId] : [],
    );
    return Number(row?.count);
  }

  /**
   * Records a new person on the person step: online only after a search found nobody to choose
   * (as opening a case does); offline, where nothing can be searched, at once.
   */
  async function recordNewPerson(name: string) {
    await heading('Person', 2).waitFor();
    const fullName = page.getByLabel('Full name');
    if (!(await fullName.isVisible())) {
      await page.getByLabel('Name', { exact: true }).fill(name);
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.getByRole('button', { name: 'None of these: record a new person' }).click();
    }
    await fullName.fill(name);
    await page.getByRole('button', { name: 'Use this person' }).click();
  }

  /** Walks the wizard from the person step to the review, answering yes in the given dimensions. */
  async function screen(name: string, options: { axe?: boolean } = {}) {
    await recordNewPerson(name);
    await page.getByText(`Screening ${name}.`).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await heading('Interview details', 2).waitFor();
    await page.getByLabel('Instrument profile').selectOption(profile);
    await page.getByLabel("Interpreter's language").selectOption('my');
    await page.getByLabel('Place of the interview').fill('Bukit Kayu Hitam checkpoint');
    await page.getByRole('button', { name: 'Next' }).click();
    for (const dimension of instrument.dimensions) {
      await heading(dimension.name.en, 2).waitFor();
      if (yesDimensions.includes(dimension.code)) {
        const indicators = instrument.indicators.filter(
          (i) => i.dimension === dimension.code && i.strengths[profile] !== undefined,
        );
        for (const indicator of indicators) {
          await page
            .getByRole('radiogroup', { name: indicator.question.en })
            .getByRole('radio', { name: 'Yes' })
            .check();
        }
        if (options.axe && dimension.code === 'deceptive_recruitment') {
          assert.deepEqual(await seriousViolations(page), []);
          await screenshot(page, 'screening-wizard-en');
        }
      }
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await heading('Review and complete', 2).waitFor();
  }

  /** Signs the officer in on the sign-in page, with the next unused recovery code. */
  async function signIn() {
    await heading('Sign in').waitFor();
    await page.getByLabel('E-mail address').fill(email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes.shift() ?? '');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading(/Welcome/).waitFor();
  }

  step('should screen a new person to presumed victim and show why', async () => {
    await page.goto('/screenings/new');
    await signIn();
    // Installable and ready for offline use: the service worker runs and holds the app shell.
    const shellCached = await page.evaluate(
      "navigator.serviceWorker.ready.then(() => caches.match('/')).then((found) => Boolean(found))",
    );
    assert.equal(shellCached, true);
    await page.getByRole('link', { name: 'Screening', exact: true }).click();
    await heading('My screenings').waitFor();
    await page.getByRole('link', { name: 'Start a screening' }).click();
    await heading('Screening').waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Min Thu Aung');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('Nobody recorded matches.').waitFor();
    await screen('Min Thu Aung', { axe: true });
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved.').waitFor();
    await page.getByRole('button', { name: 'Complete the screening' }).click();
    await heading('Screening result').waitFor();
    await heading('Presumed victim of trafficking', 4)
      .or(page.getByText('Presumed victim of trafficking'))
      .first()
      .waitFor();
    const deceived = instrument.dimensions.find((d) => d.code === 'deceptive_recruitment')?.name.en ?? '';
    await page.getByText(`${deceived}: present, because of these answers`).waitFor();
    const strong = instrument.indicators.find((i) => i.id === 'dec_job_nature')?.question.en ?? '';
    await page.getByRole('listitem').filter({ hasText: strong }).first().waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'screening-result-en');
    await page
      .getByLabel('Basis for the decision')
      .fill('Indicators of deception, exploitation and coercion.');
    await page.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByText(/Current decision: Confirmed victim of trafficking/).waitFor();
  });

  step('should screen offline and send it once when the network is back', async () => {
    const before = await countScreenings();
    await page.getByRole('link', { name: 'Screening', exact: true }).click();
    await heading('My screenings').waitFor();
    await page.getByRole('link', { name: 'Start a screening' }).click();
    await heading('Person', 2).waitFor();
    await context.setOffline(true);
    await page.getByText('You are offline').waitFor();
    await screen('Thida Win');
    // The minimal case intake goes with it.
    await page.getByRole('checkbox', { name: 'Open a case for this person' }).check();
    await page.getByLabel('Summary').fill('Met at the checkpoint without papers.');
    await page.getByRole('button', { name: 'Complete the screening' }).click();
    await page.getByText('Waiting for the connection').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'screening-offline-en');
    await context.setOffline(false);
    await heading('Screening result').waitFor();
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    assert.equal((await countScreenings()) - before, 1, 'the offline screening reached the server once');
    const [row] = await server.platform.db.query<{ status: string; person_id: string }>(
      'select status, person_id from screening where id = $1',
      [id],
    );
    assert.equal(row?.status, 'completed');
    // The list on the device shows it as sent, and going offline and online again sends nothing more.
    await page.getByRole('link', { name: 'Screening', exact: true }).click();
    await heading('My screenings').waitFor();
    await page.getByText('Sent', { exact: true }).first().waitFor();
    assert.equal(await countScreenings(row?.person_id), 1);
    const cases = await server.platform.db.query<{ count: string }>(
      'select count(*)::text as count from case_person where person_id = $1',
      [row?.person_id],
    );
    assert.equal(cases[0]?.count, '1', 'the case was opened once');
  });

  step('should show a conflict when the server changed a draft, and never overwrite it', async () => {
    const name = 'Ko Zaw Lin';
    await page.getByRole('link', { name: 'Start a screening' }).click();
    await recordNewPerson(name);
    await page.getByRole('button', { name: 'Next' }).click();
    await heading('Interview details', 2).waitFor();
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved.').waitFor();
    // Resumed from the list of drafts on this device.
    await page.getByRole('link', { name: 'My screenings' }).click();
    await heading('My screenings').waitFor();
    await page.getByRole('group', { name }).getByRole('link', { name: 'Resume' }).click();
    await heading('Interview details', 2).waitFor();
    // Meanwhile someone changes the draft on the server.
    const [draft] = await server.platform.db.query<{ id: string }>(
      "select id from screening where status = 'draft' order by created_at desc limit 1",
    );
    const me = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
    const changed = await page.request.patch(`/api/screenings/${draft?.id}`, {
      data: { location: 'Changed at the district office' },
      headers: { 'x-csrf-token': me.csrfToken },
    });
    assert.equal(changed.status(), 200);
    await page.getByLabel('Place of the interview').fill('Mine: the checkpoint');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('alert').filter({ hasText: 'This screening was changed elsewhere' }).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'screening-conflict-en');
    const [kept] = await server.platform.db.query<{ updated_at: Date }>(
      'select updated_at from screening where id = $1',
      [draft?.id],
    );
    await page.getByRole('button', { name: "Use the server's version" }).click();
    await page.waitForFunction(
      "[...document.querySelectorAll('input')].some((input) => input.value === 'Changed at the district office')",
    );
    const [after] = await server.platform.db.query<{ updated_at: Date }>(
      'select updated_at from screening where id = $1',
      [draft?.id],
    );
    assert.deepEqual(after?.updated_at, kept?.updated_at, 'the server’s version was not overwritten');
  });

  step('should open a draft saved offline after signing out and in again (decision 0027)', async () => {
    const name = 'Nang Seng';
    const before = await countScreenings();
    await page.getByRole('link', { name: 'Screening', exact: true }).click();
    await heading('My screenings').waitFor();
    await page.getByRole('link', { name: 'Start a screening' }).click();
    await heading('Person', 2).waitFor();
    await context.setOffline(true);
    await page.getByText('You are offline').waitFor();
    await recordNewPerson(name);
    await page.getByRole('button', { name: 'Next' }).click();
    await heading('Interview details', 2).waitFor();
    await page.getByLabel('Place of the interview').fill('On a fishing boat moored at Langkawi');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Saved on this device. It will be sent when you are back online.').waitFor();
    // Left on the device only: away from the wizard, nothing sends a draft that is not complete.
    await page.getByRole('link', { name: 'My screenings' }).click();
    await page.getByRole('group', { name }).waitFor();
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn();
    await page.getByRole('link', { name: 'Screening', exact: true }).click();
    await heading('My screenings').waitFor();
    // The new session unwraps the same user's draft key: the draft opens, none is locked.
    await page.getByRole('group', { name }).getByRole('link', { name: 'Resume' }).click();
    await heading('Interview details', 2).waitFor();
    await page.waitForFunction(
      "[...document.querySelectorAll('input')].some((input) => input.value === 'On a fishing boat moored at Langkawi')",
    );
    await page.getByRole('link', { name: 'My screenings' }).click();
    await page.getByRole('group', { name }).waitFor();
    assert.equal(
      await page.getByText(/Drafts from an earlier session that can no longer be read/).count(),
      0,
    );
    assert.equal(await countScreenings(), before, 'the draft stayed on the device');
  });

  step('should keep the drafts of one user closed to another user of the same device', async () => {
    const [owner] = await server.platform.db.query<{ id: string }>(
      'select id from app_user where email = $1',
      [email],
    );
    // Another frontline officer signs in on the same browser (the same IndexedDB).
    const other = await signInEnrolled(server, 'officer.jtksm@demo.lindung.org');
    await context.clearCookies();
    await context.addCookies([
      { name: 'lindung_session', value: other.cookie.slice('lindung_session='.length), url: server.baseUrl },
    ]);
    await page.goto('/screenings');
    await heading('My screenings').waitFor();
    await page.getByText('No screening is kept on this device.').waitFor();
    assert.equal(await page.getByRole('group', { name: 'Nang Seng' }).count(), 0);
    // The first officer's data key is on the device, wrapped; the other's key from the server does not unwrap it.
    const unwrapped = await page.evaluate(`(async (ownerId) => {
      const { key } = await (await fetch('/api/me/draft-key')).json();
      const raw = Uint8Array.from(atob(key.replaceAll('-', '+').replaceAll('_', '/')), (c) => c.charCodeAt(0));
      const wrapping = await crypto.subtle.importKey('raw', raw, 'AES-KW', false, ['unwrapKey']);
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('lindung-offline');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const stored = await new Promise((resolve, reject) => {
        const request = db.transaction('draft-keys').objectStore('draft-keys').get(ownerId);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      db.close();
      if (!stored) return 'no key stored';
      try {
        await crypto.subtle.unwrapKey('raw', stored.wrapped, wrapping, 'AES-KW', 'AES-GCM', false, ['decrypt']);
        return 'unwrapped';
      } catch {
        return 'refused';
      }
    })(${JSON.stringify(owner?.id)})`);
    assert.equal(unwrapped, 'refused');
  });
});
