import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import type { Page } from 'playwright-core';
import type { TestSession } from '../support/platform.ts';
import {
  type E2eServer,
  pageOf,
  screenshot,
  seriousViolations,
  signInEnrolled,
  startE2eServer,
  stepsInOrder,
  stepTimeout,
} from './browser.ts';

/*
 * Issue 9's training staff screens in Chromium: MAPO's trainer creates a course, schedules a session
 * for one person, registers two (the second goes on the waiting list), is told that marking both
 * present is over the capacity and that someone who did not attend gets no certificate, records
 * attendance with pre/post scores, issues a certificate and downloads its PDF; the certificate's
 * code then verifies on the public page without signing in. Every wait is for a heading, a role or
 * a text that appears.
 */
describe('issue 9 in the browser: the trainer runs a course to a certificate', () => {
  let server: E2eServer;
  let trainer: Page;
  let trainerSession: TestSession;
  const courseTitle = 'Pengenalpastian mangsa pemerdagangan orang';
  const jkmName = 'Jabatan Kebajikan Masyarakat';
  let code = '';
  let courseAddress = '';
  let sessionAddress = '';

  before(async () => {
    server = await startE2eServer();
    trainerSession = await signInEnrolled(server, 'trainer.mapo@demo.lindung.org');
    trainer = await pageOf(server, trainerSession);
  });

  after(async () => {
    await server?.close();
  });

  const step = stepsInOrder('training', () => [trainer]);

  step('lets the trainer create a course from the menu', async () => {
    await trainer.goto('/');
    await trainer.getByRole('navigation').getByRole('link', { name: 'Training', exact: true }).click();
    await trainer.getByRole('heading', { name: 'Training', level: 1 }).waitFor();
    const form = trainer.getByRole('form', { name: 'New course' });
    await form.getByLabel('Title').fill(courseTitle);
    await form.getByRole('combobox', { name: 'Topic' }).selectOption('identification');
    await form.getByLabel('Curriculum').fill('Indicators, interviews, referral.');
    // Chapters are chosen from the national manual, by number and title.
    await form.getByLabel('Chapters of the training manual').click();
    await trainer.getByRole('option', { name: '3 Identifying victims' }).click();
    await trainer.getByRole('option', { name: '4.2 Working with interpreters' }).click();
    await trainer.keyboard.press('Escape');
    await form.getByRole('checkbox', { name: 'Bahasa Melayu' }).check();
    await form.getByRole('checkbox', { name: 'English' }).check();
    await form.getByRole('checkbox', { name: 'Frontline officer' }).check();
    await form.getByRole('button', { name: 'Create course' }).click();
    await trainer.getByRole('heading', { name: courseTitle }).waitFor();
    courseAddress = new URL(trainer.url()).pathname;
    await trainer.getByText('No sessions scheduled yet.').waitFor();
    const chapters = trainer.getByRole('region', { name: 'Chapters of the training manual' });
    assert.deepEqual(await chapters.getByRole('listitem').allInnerTexts(), [
      '3 Identifying victims',
      '4.2 Working with interpreters',
    ]);
    assert.deepEqual(await seriousViolations(trainer), []);
  });

  step('lets the trainer issue a new edition of the manual, titled in four languages', async () => {
    await trainer.goto('/training');
    const form = trainer.getByRole('form', { name: 'Issue an edition of the manual' });
    await form.getByLabel('Edition').fill('2026');
    await form.getByLabel('Title in English').first().fill('National training manual, 2026 edition');
    await form.getByLabel('Title in Bahasa Melayu').first().fill('Manual latihan kebangsaan, edisi 2026');
    await form.getByLabel('Title in Bahasa Indonesia').first().fill('Manual pelatihan nasional, edisi 2026');
    await form.getByLabel('Title in Tiếng Việt').first().fill('Sổ tay đào tạo quốc gia, ấn bản 2026');
    const chapter = form.getByRole('group', { name: 'Chapter 1' });
    await chapter.getByLabel('Title in English').fill('Online recruitment and scams');
    await chapter.getByLabel('Title in Bahasa Melayu').fill('Pengambilan dalam talian dan penipuan');
    await chapter.getByLabel('Title in Bahasa Indonesia').fill('Perekrutan daring dan penipuan');
    await chapter.getByLabel('Title in Tiếng Việt').fill('Tuyển dụng trực tuyến và lừa đảo');
    await form.getByRole('button', { name: 'Issue the edition' }).click();
    const edition = trainer.getByRole('button', {
      name: 'National training manual, 2026 edition, edition 2026',
    });
    await edition.click();
    await trainer.getByRole('listitem').filter({ hasText: '1 Online recruitment and scams' }).waitFor();
    assert.equal(
      await form.getByLabel('Edition').inputValue(),
      '',
      'the form is emptied for the next edition',
    );
    assert.deepEqual(await seriousViolations(trainer), []);
    await trainer.goto(courseAddress);
    await trainer.getByRole('heading', { name: courseTitle }).waitFor();
  });

  step('lets the trainer schedule a session for one person', async () => {
    const form = trainer.getByRole('form', { name: 'Schedule a session' });
    await form.getByLabel('First day').fill('2026-04-06');
    await form.getByLabel('Last day').fill('2026-04-07');
    await form.getByLabel('Place').fill('Putrajaya');
    await form.getByLabel('Trainers').fill('Mohd Faizal Hamid, Lim Mei Ling');
    await form.getByLabel('Capacity').fill('1');
    await form.getByRole('button', { name: 'Schedule session' }).click();
    await trainer.getByRole('heading', { name: /^Session of / }).waitFor();
    sessionAddress = trainer.url();
    await trainer.getByText('Trainers: Mohd Faizal Hamid, Lim Mei Ling').waitFor();
    await trainer.getByText('Nobody is registered yet.').waitFor();
  });

  step('lets the trainer register two people, the second on the waiting list', async () => {
    const form = trainer.getByRole('form', { name: 'Register a participant' });
    await form.getByLabel('Full name').fill('Nur Aisyah binti Ahmad');
    await form.getByRole('combobox', { name: 'Agency' }).selectOption({ label: jkmName });
    await form.getByRole('combobox', { name: 'Role' }).selectOption('case_manager');
    await form.getByRole('button', { name: 'Register' }).click();
    await trainer
      .getByRole('row', { name: /Nur Aisyah binti Ahmad/ })
      .getByText('Case manager')
      .waitFor();
    await form.getByLabel('Full name').fill('Tan Wei Ming');
    await form.getByRole('button', { name: 'Register' }).click();
    await trainer
      .getByRole('cell', { name: /Tan Wei Ming/ })
      .getByText('Waiting list')
      .waitFor();
    await trainer.getByText('2 registered, 0 attended, capacity 1').waitFor();
  });

  step('refuses more present than the session holds, then records attendance with scores', async () => {
    await trainer.getByRole('checkbox', { name: 'Nur Aisyah binti Ahmad attended' }).check();
    await trainer.getByRole('checkbox', { name: 'Tan Wei Ming attended' }).check();
    await trainer.getByRole('button', { name: 'Save attendance and scores' }).click();
    await trainer
      .getByRole('alert')
      .getByText('More people are marked present than the session holds.')
      .waitFor();
    await trainer.getByRole('checkbox', { name: 'Tan Wei Ming attended' }).uncheck();
    await trainer.getByRole('textbox', { name: 'Pre-test score of Nur Aisyah binti Ahmad' }).fill('45');
    await trainer.getByRole('textbox', { name: 'Post-test score of Nur Aisyah binti Ahmad' }).fill('90');
    await trainer.getByRole('textbox', { name: 'Pre-test score of Tan Wei Ming' }).fill('40');
    await trainer.getByRole('button', { name: 'Save attendance and scores' }).click();
    await trainer.getByText('2 registered, 1 attended, capacity 1').waitFor();
    assert.equal(
      await trainer.getByRole('textbox', { name: 'Post-test score of Nur Aisyah binti Ahmad' }).inputValue(),
      '90',
    );
  });

  step('refuses a certificate to someone who did not attend, and issues one as PDF', async () => {
    await trainer.getByRole('button', { name: 'Issue a certificate to Tan Wei Ming' }).click();
    await trainer
      .getByRole('alert')
      .getByText(/No certificate: Tan Wei Ming did not attend/)
      .waitFor();
    await trainer.getByRole('button', { name: 'Issue a certificate to Nur Aisyah binti Ahmad' }).click();
    const download = trainer.getByRole('link', { name: 'Download PDF' });
    await download.waitFor();
    code = (await trainer.getByText(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/).textContent()) ?? '';
    assert.match(code, /^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const pdf = await trainer.request.get((await download.getAttribute('href')) ?? '');
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    assert.deepEqual(await seriousViolations(trainer), []);
    await screenshot(trainer, 'training-session-en');
  });

  step('shows the session on the course page and the certificate verifies on the public page', async () => {
    await trainer.getByRole('link', { name: courseTitle }).click();
    await trainer.getByRole('cell', { name: '2 / 1' }).waitFor();
    const context = await server.browser.newContext({ baseURL: server.baseUrl, locale: 'en-GB' });
    context.setDefaultTimeout(stepTimeout);
    try {
      const visitor = await context.newPage();
      await visitor.goto('/public/certificates');
      // As typed off the paper: small letters, no dashes.
      await visitor.getByLabel('Verification code').fill(code.replaceAll('-', '').toLowerCase());
      await visitor.getByRole('button', { name: 'Check' }).click();
      const result = visitor.getByRole('status');
      await result.getByText('This certificate is genuine').waitFor();
      await result.getByText('Nur Aisyah binti Ahmad').waitFor();
      await result.getByText(courseTitle).waitFor();
    } finally {
      await context.close();
    }
  });

  step('fits the training screens on a phone (360 px) without scrolling sideways', async () => {
    const phone = await pageOf(server, trainerSession, 360);
    const sessionUrl = new URL(sessionAddress).pathname;
    const widerThanScreen = async () =>
      Number(await phone.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
    for (const [address, heading] of [
      ['/training', { name: 'Training', level: 1 }],
      [courseAddress, { name: courseTitle }],
      [sessionUrl, { name: /^Session of / }],
      ['/training/report', { name: 'People trained' }],
    ] as const) {
      await phone.goto(address);
      await phone.getByRole('heading', heading).first().waitFor();
      assert.equal(await widerThanScreen(), 0, `${address} scrolls sideways on a phone`);
    }
    await phone.goto(sessionUrl);
    await phone.getByRole('button', { name: 'Save attendance and scores' }).waitFor();
    // The waiting-list badge is read whole, not cut to "WAITIN…".
    const cut = await phone
      .getByText('Waiting list')
      .evaluate(
        (label: { scrollWidth: number; clientWidth: number }) => label.scrollWidth - label.clientWidth,
      );
    assert.equal(cut, 0, 'the waiting-list badge is cut on a phone');
    await screenshot(phone, 'training-session-phone');
    assert.deepEqual(await seriousViolations(phone), []);
  });

  step('counts the people trained and certified in the training report', async () => {
    await trainer.getByRole('navigation').getByRole('link', { name: 'Training report' }).click();
    await trainer.getByRole('heading', { name: 'People trained' }).waitFor();
    await trainer.getByLabel('Sessions ending from').fill('2026-04-01');
    await trainer.getByLabel('Sessions ending until').fill('2026-04-30');
    const row = trainer.getByRole('row', { name: new RegExp(jkmName) });
    await row.waitFor();
    assert.ok(Number(await row.getByRole('cell').nth(1).textContent()) >= 1);
    await trainer.getByRole('combobox', { name: 'Count by' }).selectOption('role');
    await trainer.getByRole('row', { name: /Case manager/ }).waitFor();
    assert.deepEqual(await seriousViolations(trainer), []);

    // The national coordinator runs no session and employs none of them: the country's figures,
    // a small count of another agency said as such, never as a number.
    const coordinator = await pageOf(
      server,
      await signInEnrolled(server, 'coordinator.mapo@demo.lindung.org'),
    );
    try {
      await coordinator.goto('/training/report');
      await coordinator.getByRole('heading', { name: 'People trained' }).waitFor();
      await coordinator.getByLabel('Sessions ending from').fill('2026-04-01');
      await coordinator.getByLabel('Sessions ending until').fill('2026-04-30');
      await coordinator.getByText(/Figures of every agency of your country/).waitFor();
      const national = coordinator.getByRole('row', { name: new RegExp(jkmName) });
      await national
        .getByRole('cell', { name: 'hidden (under 5 or protecting such a figure)' })
        .first()
        .waitFor();
      assert.deepEqual(await seriousViolations(coordinator), []);
    } finally {
      await coordinator.context().close();
    }
  });
});
