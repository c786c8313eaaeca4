import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import type { Page } from 'playwright-core';
import { aniRecord } from '../../src/modules/referrals/referral.factory.ts';
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
 * Editing who a person is in Chromium: JKM's case manager corrects Ani's record on her page (a
 * name, the date of birth as a year, the languages, a document), a field the API refuses said on
 * the field; then a colleague changes the record meanwhile (through the API), the browser's save is
 * refused with the reason and an offer to reload, and after reloading the change goes through.
 * Every wait is for a role or a text.
 */
describe('editing a person in the browser', () => {
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

  const step = stepsInOrder('person-edit', () => [page]);
  const form = () => page.getByRole('form', { name: 'Edit who this person is' });

  step('should save a corrected name, year of birth, languages and document', async () => {
    await page.goto(`/persons/${personId}`);
    await page.getByRole('heading', { level: 1, name: 'Ani Suryani' }).waitFor();
    await page.getByRole('button', { name: 'Edit details' }).click();
    const first = form().getByRole('group', { name: 'Name 1' });
    await first.getByLabel('Full name, as the person gives it').fill('');
    await form().getByRole('button', { name: 'Save changes' }).click();
    // The API's field problem, on the field it names.
    await first.locator('input[aria-invalid="true"]').waitFor();
    await first.getByLabel('Full name, as the person gives it').fill('Ani Suryani Putri');
    await form().getByLabel('Born').selectOption('year');
    await form().getByLabel('Year of birth').fill('1997');
    await form().getByLabel('Languages').fill('id, jv, ms');
    await form().getByRole('group', { name: 'Document 1' }).getByLabel('Number').fill('B7654322');
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'person-edit-en');
    await form().getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ani Suryani Putri' }).waitFor();
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByText('in 1997').waitFor();
    // Languages by name, not as codes.
    await details.getByText('Indonesian, Javanese, Malay').waitFor();
    await details.getByRole('cell', { name: 'B7654322' }).waitFor();
    const saved = (await jkm.request('GET', `/api/persons/${personId}`)).json();
    assert.deepEqual(saved.birth, { precision: 'year', year: 1997 });
    assert.deepEqual(
      saved.names.map((name: { fullName: string }) => name.fullName),
      ['Ani Suryani Putri', 'Yani'],
    );
    assert.deepEqual(saved.contact, { phones: aniRecord.contact.phones, emails: [] }, 'contact is kept');
  });

  step('should say that someone changed the record meanwhile, and save after a reload', async () => {
    await page.getByRole('button', { name: 'Edit details' }).click();
    await chooseCountry(form(), 'Nationality', 'malay', 'Malaysia');
    // A colleague saves another change first.
    const read = await jkm.request('GET', `/api/persons/${personId}`);
    const { names, sex, birth, nationality, languages, documents } = read.json();
    const colleague = await jkm.request(
      'PUT',
      `/api/persons/${personId}`,
      {
        names: names.map((name: { kind: string; fullName: string }) => ({
          kind: name.kind,
          fullName: name.fullName,
        })),
        sex,
        birth,
        nationality,
        languages: [...languages, 'en'],
        documents: documents.map((document: Record<string, string | null>) => ({
          type: document.type,
          number: document.number,
          heldBy: document.heldBy,
          ...(document.issuingCountry && { issuingCountry: document.issuingCountry }),
        })),
      },
      { 'if-match': read.headers.etag as string },
    );
    assert.equal(colleague.statusCode, 200, colleague.body);
    await form().getByRole('button', { name: 'Save changes' }).click();
    const alert = form().getByRole('alert').filter({ hasText: 'Not saved: the record changed' });
    await alert.getByText('Someone else changed this person').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'person-edit-changed-en');
    await alert.getByRole('button', { name: 'Reload the record' }).click();
    await alert.waitFor({ state: 'detached' });
    // The form starts over on the colleague's version: their language is there, the nationality as it was.
    assert.equal(await form().getByLabel('Languages').inputValue(), 'id, jv, ms, en');
    assert.equal(await form().getByRole('combobox', { name: 'Nationality' }).inputValue(), 'Indonesia');
    await chooseCountry(form(), 'Nationality', 'MY', 'Malaysia');
    await form().getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('button', { name: 'Edit details' }).waitFor();
    const saved = (await jkm.request('GET', `/api/persons/${personId}`)).json();
    assert.deepEqual([saved.nationality, saved.languages], ['MY', ['id', 'jv', 'ms', 'en']]);
  });

  step('should refuse a date of birth of 00/00 under the field, never saving 1 January', async () => {
    await page.getByRole('button', { name: 'Edit details' }).click();
    await form().getByLabel('Born').selectOption('exact');
    const date = form().getByLabel('Date of birth');
    // Chromium's date box would have turned a typed 00 into 01: the field takes text.
    assert.equal(await date.evaluate((input) => (input as unknown as { type: string }).type), 'text');
    await date.fill('00/00/1997');
    await form().getByRole('button', { name: 'Save changes' }).click();
    await form().getByText('Day or month 00 is not a date.').waitFor();
    assert.equal(await date.getAttribute('aria-invalid'), 'true');
    assert.deepEqual((await jkm.request('GET', `/api/persons/${personId}`)).json().birth, {
      precision: 'year',
      year: 1997,
    });
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'person-edit-birth-zero-en');
    await date.fill('14/03/1997');
    await form().getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('button', { name: 'Edit details' }).waitFor();
    assert.deepEqual((await jkm.request('GET', `/api/persons/${personId}`)).json().birth, {
      precision: 'exact',
      date: '1997-03-14',
    });
  });

  step(
    'should take a document expiry typed day first, naming the field when the month lacks the day',
    async () => {
      await page.getByRole('button', { name: 'Edit details' }).click();
      const expiry = form().getByRole('group', { name: 'Document 1' }).getByLabel('Expires');
      // The browser's date box shows dates in the browser's locale: the field takes text, day first.
      assert.equal(await expiry.evaluate((input) => (input as unknown as { type: string }).type), 'text');
      await expiry.fill('31/02/2030');
      await form().getByRole('button', { name: 'Save changes' }).click();
      await form().getByText('Expires: this is not a date.', { exact: false }).waitFor();
      assert.equal(await expiry.getAttribute('aria-invalid'), 'true');
      await expiry.fill('28/02/2030');
      // The date understood, in words, under the field: a day and a month swapped would show.
      await form().getByText('28 Feb 2030', { exact: true }).waitFor();
      assert.deepEqual(await seriousViolations(page), []);
      await form().getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('button', { name: 'Edit details' }).click();
      assert.equal(await expiry.inputValue(), '28/02/2030', 'a saved date is shown day first');
      await form().getByRole('button', { name: 'Cancel' }).click();
      const saved = (await jkm.request('GET', `/api/persons/${personId}`)).json();
      assert.equal(saved.documents[0].expiresOn, '2030-02-28');
    },
  );

  step('should record a consent with its expiry typed day first', async () => {
    const consent = page.getByRole('form', { name: 'Record consent' });
    await consent.getByLabel('Agency that may receive the information').selectOption({ index: 1 });
    await consent.getByRole('checkbox', { name: 'Return home' }).check();
    await consent.getByRole('checkbox', { name: 'Identity', exact: true }).check();
    await consent.getByLabel('Given on').fill('02/01/2026');
    await consent.getByLabel('Consent expires on (optional)').fill('31/12/2027');
    await consent.getByText('31 Dec 2027', { exact: true }).waitFor();
    await consent.getByRole('button', { name: 'Record consent' }).click();
    await page.getByText('given on 2 Jan 2026, expires 31 Dec 2027').waitFor();
    const { items } = (await jkm.request('GET', `/api/persons/${personId}/consents`)).json();
    assert.deepEqual(
      items.map((item: { givenOn: string; expiresOn: string }) => [item.givenOn, item.expiresOn]),
      [['2026-01-02', '2027-12-31']],
    );
  });
});
