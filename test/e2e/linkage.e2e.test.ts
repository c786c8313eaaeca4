import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { scanAcrossAgencies } from '../../src/modules/linkage/index.ts';
import { anhRecords } from '../../src/modules/linkage/linkage.factory.ts';
import { personWithCase } from '../../src/modules/referrals/referral.factory.ts';
import {
  type E2eServer,
  pageOf,
  screenshot,
  seriousViolations,
  signInEnrolled,
  startE2eServer,
} from './browser.ts';

/*
 * Issue 8's review of possible duplicates in Chromium against the real server: JKM's case manager
 * looks for duplicates, opens the pair of two records of one Vietnamese woman, reads the model's
 * reasons side by side, merges them, and undoes the merge. Every wait is for a role that appears.
 */
describe('issue 8 in the browser: review, merge and undo of possible duplicates', () => {
  let server: E2eServer;
  let page: Page;

  before(async () => {
    server = await startE2eServer();
    const enrolled = (email: string) => signInEnrolled(server, email);
    const session = await enrolled('cm.jkm@demo.lindung.org');
    await personWithCase(session, anhRecords.withAccents);
    await personWithCase(session, anhRecords.withoutAccents);
    // MOLISA holds her too; the platform's scan across agencies tells JKM only that.
    await personWithCase(await enrolled('cm.molisa@demo.lindung.org'), {
      ...anhRecords.withAccents,
      documents: [],
    });
    await scanAcrossAgencies(server.platform.db);
    page = await pageOf(server, session);
  });
  after(async () => {
    await server?.close();
  });

  it('should queue the pair, show why, merge it and undo the merge', async () => {
    try {
      await page.goto('/');
      await page.getByRole('link', { name: 'Possible duplicates' }).click();
      await page.getByRole('heading', { level: 1, name: 'Possible duplicate persons' }).waitFor();
      await page.getByRole('button', { name: 'Look for duplicates' }).click();
      await page.getByRole('status').filter({ hasText: 'persons compared' }).waitFor();
      const held = page.getByRole('region', { name: 'Held by another agency' });
      // Both of JKM's records of her are held by MOLISA too; nothing of MOLISA's record is shown.
      await held
        .getByRole('cell', { name: /^Held by Bộ Lao động.*: ask for a referral$/ })
        .first()
        .waitFor();
      assert.deepEqual(await seriousViolations(page), []);
      await screenshot(page, 'linkage-queue-en');
      await page.getByRole('link', { name: /Nguyễn Thị Ánh|NGUYEN THI ANH/ }).click();

      await page.getByRole('heading', { level: 1, name: 'Compare two records' }).waitFor();
      const sideBySide = page.getByRole('table', { name: 'The two records side by side' });
      await sideBySide.getByRole('cell', { name: 'Nguyễn Thị Ánh' }).waitFor();
      await sideBySide.getByRole('cell', { name: 'NGUYEN THI ANH' }).waitFor();
      const reasons = page.getByRole('table', { name: 'Why the model thinks so' });
      await reasons.getByRole('row', { name: /Name\s+The same/ }).waitFor();
      await reasons.getByRole('row', { name: /Date of birth\s+Same year/ }).waitFor();
      assert.deepEqual(await seriousViolations(page), []);
      await screenshot(page, 'linkage-pair-en');

      const merge = page.getByRole('form', { name: 'Merge into one person' });
      await merge.getByRole('radio', { name: 'Nguyễn Thị Ánh' }).check();
      await merge.getByLabel('Reason').fill('Same passport photo in both files');
      await merge.getByRole('button', { name: 'Merge into one person' }).click();
      const undo = page.getByRole('form', { name: 'Undo the merge' });
      await undo.waitFor();
      await page.getByText('Merged', { exact: true }).waitFor();

      await undo.getByLabel('Reason').fill('The passports differ after all');
      await undo.getByRole('button', { name: 'Undo the merge' }).click();
      await page.getByRole('form', { name: 'Your decision' }).waitFor();
      await page.getByText('Unsure', { exact: true }).first().waitFor();
      await screenshot(page, 'linkage-undone-en');
    } catch (error) {
      await screenshot(page, 'linkage-failure');
      throw error;
    }
  });
});
