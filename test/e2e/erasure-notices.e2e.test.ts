import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import type { Page } from 'playwright-core';
import { personWithCase } from '../../src/modules/referrals/referral.factory.ts';
import { wulan } from '../../src/modules/retention/retention.factory.ts';
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
 * Notices of erasures elsewhere in Chromium: an agency with none sees the empty list; KEMENSOS,
 * told 26 times (as the erasure job tells it) about its own person, reads them in Indonesian a page
 * at a time, opens its person and acknowledges a notice. Every wait is for a role or a text.
 */
describe('notices of erasures elsewhere in the browser', () => {
  let server: E2eServer;
  let page: Page;
  let emptyPage: Page;

  before(async () => {
    server = await startE2eServer();
    const jkm = await signInEnrolled(server, 'cm.jkm@demo.lindung.org');
    const approver = await signInEnrolled(server, 'admin.jkm@demo.lindung.org');
    const kemensos = await signInEnrolled(server, 'cm.kemensos@demo.lindung.org', 'id');
    const erased = await personWithCase(jkm, wulan(['Wulan Pratiwi Ningsih']));
    const theirs = await personWithCase(kemensos, wulan(['Wulan Pratiwi Ningsih']));
    // Twenty-six erasures of likely matches, each noticed a minute apart: more than one page.
    await server.platform.db.query(
      `with erased as (
         insert into approval_request (agency_id, kind, case_id, requested_by, status, decided_by, decided_at)
         select $1, 'erasure', $2, $3, 'approved', $4, now() from generate_series(1, 26) returning id)
       insert into erasure_notice (agency_id, person_id, probability, approval_id, noticed_at)
       select $5, $6, 0.93, id, now() - (row_number() over ()) * interval '1 minute' from erased`,
      [jkm.agencyId, erased.caseId, jkm.userId, approver.userId, kemensos.agencyId, theirs.personId],
    );
    page = await pageOf(server, kemensos);
    emptyPage = await pageOf(server, await signInEnrolled(server, 'cm.molisa@demo.lindung.org'));
  });
  after(async () => {
    await server?.close();
  });

  const step = stepsInOrder('erasure-notices', () => [page, emptyPage]);

  step('should say so when no other agency erased a likely match', async () => {
    await emptyPage.goto('/');
    await emptyPage.getByRole('link', { name: 'Erasure notices' }).first().click();
    await emptyPage.getByRole('heading', { name: 'Notices of erasure elsewhere' }).waitFor();
    await emptyPage.getByText('No notices: no other agency has erased').waitFor();
  });

  step('should list the notices a page at a time, in Indonesian', async () => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Pemberitahuan penghapusan' }).first().click();
    await page.getByRole('heading', { name: 'Pemberitahuan penghapusan di lembaga lain' }).waitFor();
    const rows = page.getByRole('row').filter({ hasText: 'Atas permintaan orang tersebut' });
    await rows.first().waitFor();
    assert.equal(await rows.count(), 25);
    await page.getByRole('button', { name: 'Halaman berikutnya' }).click();
    await page.getByRole('button', { name: 'Halaman sebelumnya' }).waitFor();
    await rows.nth(1).waitFor({ state: 'detached' });
    await rows.first().waitFor();
    assert.equal(await rows.count(), 1);
    assert.equal(await page.getByRole('button', { name: 'Halaman berikutnya' }).count(), 0);
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'erasure-notices-id');
  });

  step('should acknowledge a notice and keep it listed as acknowledged', async () => {
    const row = page.getByRole('row').filter({ hasText: 'Atas permintaan orang tersebut' });
    await row.getByText('Belum dihapus').waitFor();
    await row.getByRole('button', { name: 'Konfirmasi' }).click();
    await row.getByText('Dikonfirmasi').waitFor();
    assert.equal(await row.getByRole('button', { name: 'Konfirmasi' }).count(), 0);
    await page.reload();
    await page.getByRole('button', { name: 'Halaman berikutnya' }).click();
    await page.getByRole('row').filter({ hasText: 'Dikonfirmasi' }).waitFor();
  });

  step("should open the agency's own person from a notice", async () => {
    await page.getByRole('link', { name: 'Buka data orang Anda' }).first().click();
    await page.getByRole('heading', { name: 'Wulan Pratiwi Ningsih' }).waitFor();
  });
});
