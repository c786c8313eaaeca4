import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openInvestigation } from '../../src/modules/prosecution/prosecution.factory.ts';
import type { TestSession } from '../support/platform.ts';
import {
  type E2eServer,
  pageOf,
  screenshot,
  seriousViolations,
  signInEnrolled,
  startE2eServer,
} from './browser.ts';

/*
 * Issue 10's recruitment screening in Chromium against the real server: a member of the public,
 * not signed in, pastes a scam-compound lure in Vietnamese and sees "high risk" with the reasons in
 * Vietnamese, then a licensed overseas advert and sees "low risk"; a police investigator screens a
 * CSV, sees the bad row reported, and saves a flagged advert to an investigation. Every wait is for
 * a heading, a role or a text that appears.
 */
describe('issue 10 in the browser: checking job adverts', () => {
  let server: E2eServer;

  const newPage = (session?: TestSession) => pageOf(server, session);
  // Signed in once: a second sign-in of an enrolled user would need a two-factor code.
  let police: Promise<TestSession> | undefined;
  const investigator = () => {
    police ??= signInEnrolled(server, 'investigator.pdrm@demo.lindung.org');
    return police;
  };

  before(async () => {
    server = await startE2eServer();
  });

  after(async () => {
    await server?.close();
  });

  it('lets a member of the public check an advert without signing in, with reasons in their language', async () => {
    const page = await newPage();
    await page.goto('/public/check-advert');
    await page.getByRole('heading', { name: 'Check a job advert' }).waitFor();
    await page.getByLabel('Language').selectOption('vi');
    await page.getByRole('heading', { name: 'Kiểm tra tin tuyển dụng' }).waitFor();
    await page
      .getByLabel('Tin tuyển dụng')
      .fill(
        'Tuyển gấp 20 bạn làm CSKH tại Bavet, Campuchia. Lương 30 triệu/tháng, không cần kinh nghiệm, bao vé máy bay, bao ăn ở. Liên hệ Telegram @tuyendung88',
      );
    await page.getByRole('button', { name: 'Kiểm tra tin' }).click();
    await page.getByText('Rủi ro cao').first().waitFor();
    const flags = page.getByRole('list', { name: 'Dấu hiệu cảnh báo' });
    await flags.getByText(/vé máy bay/).waitFor();
    await flags
      .getByText(/khu lừa đảo/)
      .first()
      .waitFor();
    await screenshot(page, 'jobads-public-high');
    assert.deepEqual(await seriousViolations(page), []);

    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page.getByRole('heading', { name: 'Check a job advert' }).waitFor();
    await page
      .getByLabel('Job advert')
      .fill(
        'Licensed recruitment agency (licence no. JTKSM 1234) hiring welders for Japan under the Specified Skilled Worker programme. Minimum 3 years experience, trade test. Employer pays airfare. Apply with your CV at our office.',
      );
    await page.getByRole('button', { name: 'Check the advert' }).click();
    await page.getByText('Low risk').first().waitFor();
    await page.getByRole('list', { name: 'Reassuring signs (check them)' }).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
  });

  it('tells the public what is wrong with an empty advert', async () => {
    const page = await newPage();
    await page.goto('/public/check-advert');
    await page.getByRole('heading', { name: 'Check a job advert' }).waitFor();
    await page.getByLabel('Language').selectOption('en');
    await page.getByLabel('Job advert').fill('   ');
    await page.getByRole('button', { name: 'Check the advert' }).click();
    await page.getByText(/Paste the advert as text/).waitFor();
  });

  it('lets an investigator screen a CSV, see the bad rows and save a flagged advert to an investigation', async () => {
    const police = await investigator();
    const investigationId = await openInvestigation(police, { reference: 'IP/ADVERTS/1' });
    const page = await newPage(police);
    await page.goto('/adverts');
    await page.getByRole('heading', { name: 'Screen job adverts in bulk' }).waitFor();
    await page
      .getByLabel('CSV text')
      .fill(
        [
          'reference,text',
          'FB-1,"Customer service job in Sihanoukville, salary USD 1500, no experience needed, free flight and visa, Telegram @hr88"',
          'FB-2,',
          'FB-3,"Accounts executive in Shah Alam, degree in accounting, 3 years experience, apply with CV"',
        ].join('\n'),
      );
    await page.getByRole('button', { name: 'Screen the adverts' }).click();
    const results = page.getByRole('table', { name: 'Screened adverts' });
    await results.waitFor();
    await page.getByText("Row 3: The advert's text is empty.").waitFor();
    const flagged = results.getByRole('row').filter({ hasText: 'FB-1' });
    await flagged.getByText('High risk').waitFor();
    const riskShownWhole = await flagged
      .getByText('High risk')
      // The tests are type-checked without the DOM's library: the element's widths named here.
      .evaluate((label) => {
        const { scrollWidth, clientWidth } = label as unknown as { scrollWidth: number; clientWidth: number };
        return scrollWidth <= clientWidth;
      });
    assert.equal(riskShownWhole, true, 'the risk badge is not cut to an ellipsis in its narrow column');
    await flagged.getByRole('combobox', { name: 'Investigation' }).selectOption({ label: 'IP/ADVERTS/1' });
    await flagged.getByRole('button', { name: 'Save to investigation' }).click();
    await flagged.getByText('Saved to the investigation').waitFor();
    await screenshot(page, 'jobads-bulk');
    const saved = await police.request('GET', `/api/investigations/${investigationId}/adverts`);
    assert.equal(saved.json().length, 1);
    assert.match(saved.json()[0].text, /Sihanoukville/);
  });

  it('reads a CSV a spreadsheet saved in its Windows code page, and says so', async () => {
    const police = await investigator();
    const page = await newPage(police);
    await page.goto('/adverts');
    await page.getByRole('heading', { name: 'Screen job adverts in bulk' }).waitFor();
    // As Excel's "CSV (Comma delimited)" saves it on an English or Malay Windows: é is one byte, 0xE9.
    const windowsCsv = Buffer.from(
      'reference,text\r\nFB-9,"Kerja café di Kuala Lumpur, gaji tinggi"\r\n',
      'latin1',
    );
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'iklan.csv', mimeType: 'text/csv', buffer: windowsCsv });
    await page.getByText('The file is not in UTF-8').waitFor();
    await page.getByText('It was read as windows-1252').waitFor();
    assert.match(await page.getByLabel('CSV text').inputValue(), /Kerja café di Kuala Lumpur/);
    await page.getByRole('button', { name: 'Screen the adverts' }).click();
    const results = page.getByRole('table', { name: 'Screened adverts' });
    await results.getByRole('row').filter({ hasText: 'FB-9' }).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
  });

  it('says why a whole CSV is refused in the app’s words, not the server’s', async () => {
    const police = await investigator();
    const page = await newPage(police);
    await page.goto('/adverts');
    await page.getByRole('heading', { name: 'Screen job adverts in bulk' }).waitFor();
    await page.getByLabel('CSV text').fill('reference,advert text\nFB-1,"Job in Sihanoukville"');
    await page.getByRole('button', { name: 'Screen the adverts' }).click();
    await page.getByText('The file\'s first row has no "text" column.').waitFor();
    assert.equal(
      await page.getByText('in its header row').count(),
      0,
      'the server’s English wording is not shown',
    );
  });
});
