import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import type { Page } from 'playwright-core';
import { personWithCase } from '../../src/modules/referrals/referral.factory.ts';
import type { TestSession } from '../support/platform.ts';
import {
  chooseCountry,
  type E2eServer,
  pageOf,
  screenshot,
  seriousViolations,
  signInEnrolled,
  startE2eServer,
  stepsInOrder,
} from './browser.ts';

/*
 * Looking for the person before opening a case, in Chromium: a search that finds Ani, then a
 * search the API refuses must not leave Ani's "This is the person" button to click; the refusal
 * of an empty name is said in the user's language (English, then Malay); a date of birth, a year
 * and a nationality go with the search. Every wait is for a role or a text.
 */
describe('choosing the person of a new case in the browser', () => {
  let server: E2eServer;
  let page: Page;
  let jkm: TestSession;

  before(async () => {
    server = await startE2eServer();
    jkm = await signInEnrolled(server, 'cm.jkm@demo.lindung.org');
    await personWithCase(jkm);
    page = await pageOf(server, jkm);
  });
  after(async () => {
    await server?.close();
  });

  const step = stepsInOrder('choose-person', () => [page]);
  const found = () => page.getByRole('region', { name: 'People found' });
  const choose = () => found().getByRole('button', { name: 'This is the person' });

  step(
    'should clear the persons found when the next search is refused, so that none can be chosen',
    async () => {
      await page.goto('/cases/new');
      await page.getByLabel('Name', { exact: true }).fill('Ani Suryani');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await choose().first().waitFor();
      await page.getByLabel('Name', { exact: true }).fill('a');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.locator('input[aria-invalid="true"]').first().waitFor();
      assert.equal(await found().count(), 0, 'no person of the earlier search is left to choose');
      assert.equal(await choose().count(), 0);
    },
  );

  step('should say an empty search in English, not the API’s words', async () => {
    await page.getByLabel('Name', { exact: true }).fill('  ');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page
      .getByText(
        'Give a name (two letters or more), a document number, or a whole date of birth to look for. A year or a nationality alone is not enough.',
      )
      .waitFor();
    assert.equal(
      await page
        .getByText(
          'give a name, a document number or a whole date of birth to look for (a year or a nationality alone is not enough)',
        )
        .count(),
      0,
    );
  });

  step('should search with a date of birth, a year and a nationality as well', async () => {
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/persons/matches')) asked.push(new URL(request.url()).search);
    });
    await page.getByLabel('Name', { exact: true }).fill('Ani Suryani');
    await page.getByLabel('Year of birth').fill('1997');
    // Indonesia by the start of its name; the API is sent its code.
    await chooseCountry(page, 'Nationality', 'indo', 'Indonesia');
    await page.getByLabel('Date of birth').fill('1998-04-12');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await choose().first().waitFor();
    const last = new URLSearchParams(asked.at(-1));
    assert.equal(last.get('birthYear'), '1997');
    assert.equal(last.get('birthDate'), '1998-04-12');
    assert.equal(last.get('nationality'), 'ID');
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'choose-person-en');
    // A changed search hides the persons of the last one until it is looked up again.
    await chooseCountry(page, 'Nationality', 'vn', 'Vietnam');
    assert.equal(await choose().count(), 0);
  });

  step('should say an empty search in Malay', async () => {
    const kbri = await signInEnrolled(server, 'cm.kbri@demo.lindung.org', 'ms');
    const malay = await pageOf(server, kbri);
    await malay.goto('/cases/new');
    await malay.getByRole('button', { name: 'Cari', exact: true }).click();
    await malay
      .getByText(
        'Berikan nama (dua huruf atau lebih), nombor dokumen, atau tarikh lahir penuh untuk dicari. Tahun atau kewarganegaraan sahaja tidak mencukupi.',
      )
      .waitFor();
    await malay.close();
  });
});
