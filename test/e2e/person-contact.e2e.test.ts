import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import type { Page } from 'playwright-core';
import { aniRecord } from '../../src/modules/referrals/referral.factory.ts';
import type { TestSession } from '../support/platform.ts';
import {
  caseWorkerWithCase,
  type E2eServer,
  screenshot,
  seriousViolations,
  stepsInOrder,
} from './browser.ts';

/*
 * Correcting how a person is reached, in Chromium: JKM's case manager learns that Ani has a new
 * phone and moved to a shelter; she types a number the API refuses (said on the field), corrects
 * it, and the person page shows the new phone and address — the old number is gone. In Malay, the
 * form speaks Malay. Every wait is for a role or a text.
 */
describe("correcting a person's contact and address in the browser", () => {
  let server: E2eServer;
  let page: Page;
  let jkm: TestSession;
  let personId: string;

  before(async () => {
    ({ server, session: jkm, page, personId } = await caseWorkerWithCase());
  });
  after(async () => {
    await server?.close();
  });

  const step = stepsInOrder('person-contact', () => [page]);
  const form = () => page.getByRole('form', { name: 'Contact and address' });

  step('should save a new phone and a shelter address, after a number the API refuses', async () => {
    await page.goto(`/persons/${personId}`);
    await page.getByRole('heading', { level: 1, name: 'Ani Suryani' }).waitFor();
    await page.getByRole('button', { name: 'Edit contact and address' }).click();
    const phones = form().getByLabel('Phone numbers', { exact: true });
    assert.equal(await phones.inputValue(), aniRecord.contact.phones.join('\n'));
    await phones.fill('ask at the shop');
    await form()
      .getByLabel('Address', { exact: true })
      .fill('Rumah Perlindungan Wanita\nJalan Ampang, Kuala Lumpur');
    await form().getByRole('button', { name: 'Save changes' }).click();
    await form().getByText('This is not a telephone number').waitFor();
    await phones.fill('+60 19-876 5432');
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'person-contact-en');
    await form().getByRole('button', { name: 'Save changes' }).click();
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByText('+60 19-876 5432').waitFor();
    await details.getByText('Jalan Ampang, Kuala Lumpur').waitFor();
    assert.equal(
      await details.getByText(aniRecord.contact.phones[0] as string).count(),
      0,
      'the old number is gone',
    );
    const saved = (await jkm.request('GET', `/api/persons/${personId}`)).json();
    assert.deepEqual(saved.contact, { phones: ['+60 19-876 5432'], emails: [] });
    assert.equal(saved.address, 'Rumah Perlindungan Wanita\nJalan Ampang, Kuala Lumpur');
  });

  step('should speak Malay', async () => {
    await jkm.request('PATCH', '/api/me', { locale: 'ms' });
    await page.reload();
    await page.getByRole('button', { name: 'Sunting hubungan dan alamat' }).click();
    await page.getByRole('form', { name: 'Hubungan dan alamat' }).waitFor();
    await screenshot(page, 'person-contact-ms');
    await jkm.request('PATCH', '/api/me', { locale: 'en' });
  });
});
