import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe } from 'node:test';
import type { Page } from 'playwright-core';
import { openInvestigation } from '../../src/modules/prosecution/prosecution.factory.ts';
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
 * Issue 7's dashboard in Chromium against the real server: the welfare department records five
 * women and the police one man; Malaysia's coordinator sees the national figures, the man's count
 * marked hidden (never 0) when broken down by sex, and downloads that table as CSV; the
 * welfare department's case manager sees only its own figures. Every wait is for a heading, a role
 * or a download that appears.
 */
describe('issue 7 in the browser: the statistics dashboard', () => {
  let server: E2eServer;
  let page: Page;
  let jkm: TestSession;

  const browserAs = (session: TestSession, phone = false) => pageOf(server, session, phone ? 360 : 1280);

  before(async () => {
    server = await startE2eServer();
    jkm = await signInEnrolled(server, 'cm.jkm@demo.lindung.org');
    const women = ['Siti Aminah', 'Dewi Lestari', 'Nur Hidayah', 'Rina Wati', 'Putri Ayu'];
    for (const [index, fullName] of women.entries()) {
      await personWithCase(jkm, {
        ...aniRecord,
        names: [{ kind: 'birth', fullName }],
        documents: [{ type: 'passport', number: `C100000${index}`, issuingCountry: 'ID', heldBy: 'person' }],
        sex: 'female',
      });
    }
    const police = await signInEnrolled(server, 'investigator.pdrm@demo.lindung.org');
    await personWithCase(police, { names: [{ fullName: 'Aung Ko Ko' }], sex: 'male', nationality: 'MM' });
    // One investigation this year, under the anti-trafficking act and the penal code.
    await openInvestigation(police, { openedOn: `${new Date().getUTCFullYear()}-01-02` });
    page = await browserAs(await signInEnrolled(server, 'coordinator.mapo@demo.lindung.org'));
  });
  after(async () => {
    await server?.close();
  });

  const step = stepsInOrder('statistics', () => [page]);

  const victims = () => page.getByRole('region', { name: 'Victims' });

  step('should show the coordinator the national figures of the year', async () => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Statistics' }).click();
    await page.getByRole('heading', { level: 1, name: 'Statistics' }).waitFor();
    await page.getByText('National figures').waitFor();
    await victims().getByRole('heading', { level: 2, name: 'Victims' }).waitFor();
    await victims().getByRole('columnheader', { name: 'Victims identified' }).waitFor();
    const identified = victims().getByRole('row').nth(1).getByRole('cell').first();
    assert.equal(await identified.textContent(), '6', 'five women and a man this month, not suppressed');
    const prosecution = page.getByRole('region', { name: 'Prosecution by offence category' });
    await prosecution.getByRole('columnheader', { name: 'Investigations' }).waitFor();
    const allCategories = prosecution
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'All categories' }) });
    assert.equal(
      await allCategories.getByRole('cell').first().textContent(),
      'hidden (under 5 or protecting such a figure)',
    );
    await page.getByRole('heading', { level: 2, name: 'Overdue deadlines' }).waitFor();
  });

  step(
    'should hide the one man and the women with him alike when broken down by sex, never as 0',
    async () => {
      await page.getByLabel('Group by').selectOption('year');
      await page.getByLabel('Break down by').selectOption('sex');
      await victims().getByRole('columnheader', { name: 'Sex' }).waitFor();
      const male = victims()
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'Male', exact: true }) });
      const cell = male.getByRole('cell').first();
      await cell.waitFor();
      assert.equal(await cell.textContent(), 'hidden (under 5 or protecting such a figure)');
      assert.equal(await cell.getAttribute('data-suppressed'), 'true');
      // The five women are hidden with him: the national total (6) less theirs would give his away.
      // They say the same as his cell: telling a small cell from its protector would narrow his.
      const female = victims()
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'Female', exact: true }) });
      const women = female.getByRole('cell').first();
      assert.equal(await women.textContent(), 'hidden (under 5 or protecting such a figure)');
      assert.equal(await women.getAttribute('data-suppressed'), 'true');
      assert.deepEqual(await seriousViolations(page), []);
      await screenshot(page, 'statistics-national-en');
    },
  );

  step('should download the table shown as CSV', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      victims().getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^victims_sex_.*\.csv$/);
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    assert.equal(
      lines[0],
      'Period,Sex,Victims identified,Referred,Sheltered,Repatriated,Reintegrated,Median days to referral,Median days to shelter',
    );
    assert.ok(
      lines.some((line) =>
        /^\d{4},Male,hidden \(under 5 or protecting such a figure\),0,0,0,0,,$/.test(line),
      ),
      csv,
    );
  });

  step("should show a case manager only the agency's own figures, on a phone", async () => {
    page = await browserAs(jkm, true);
    await page.goto('/statistics');
    await page.getByRole('heading', { level: 1, name: 'Statistics' }).waitFor();
    await page.getByText(/^Your agency: /).waitFor();
    await victims().getByRole('columnheader', { name: 'Victims identified' }).waitFor();
    const identified = victims().getByRole('row').nth(1).getByRole('cell').first();
    assert.equal(await identified.textContent(), '5');
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'statistics-agency-phone-en');
  });
});
