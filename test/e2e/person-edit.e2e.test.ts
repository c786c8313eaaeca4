import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import type { Page } from 'playwright-core';
import { aniRecord, personWithCase } from '../../src/modules/referrals/referral.factory.ts';
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
    server = await startE2eServer();
    jkm = await signInEnrolled(server, 'cm.jkm@demo.lindung.org');
    ({ personId } = await personWithCase(jkm));
    page = await pageOf(server, jkm);
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
    await details.getByText('id, jv, ms').waitFor();
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
    await form().getByLabel('Nationality').fill('MY');
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
    assert.equal(await form().getByLabel('Nationality').inputValue(), 'ID');
    await form().getByLabel('Nationality').fill('MY');
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
});
