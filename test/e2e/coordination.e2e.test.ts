import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { signInAs, type TestSession } from '../support/platform.ts';
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
 * One server for both walks: they touch different records (a course's certificates; plans,
 * committees and guidelines), and a server's start costs 2–5 s of CPU (bench/RESULTS.md,
 * 2026-12-04). Its log is searched for personal data once, after both.
 */
describe('issue 9 in the browser', () => {
  let server: E2eServer;

  before(async () => {
    server = await startE2eServer();
  });

  after(async () => {
    await server?.close();
  });

  /*
   * Issue 9's training in Chromium against the real server: MAPO's trainer runs a course to
   * certificates through the API (course, session, registration, attendance with scores, one
   * certificate refused to a participant who did not attend), then anyone checks the certificate on
   * the public page without signing in, by typing its code or following the address printed on it.
   * Every wait is for a heading, a role or a text that appears.
   */
  describe('issue 9 in the browser: a course run to certificates, verified on the public page', () => {
    let page: Page;
    let context: BrowserContext;
    let code: string;

    before(async () => {
      const trainer = await signInAs(server.platform.app, 'trainer.mapo@demo.lindung.org');
      const manuals = await trainer.request('GET', '/api/training-manuals');
      const chapter3 = (manuals.json().items[0].chapters as { id: string; number: string }[]).find(
        (c) => c.number === '3',
      )?.id;
      const course = await trainer.request('POST', '/api/training-courses', {
        title: 'Nhận diện nạn nhân mua bán người',
        topic: 'identification',
        curriculum: 'Indicators, interviews, referral.',
        manualChapterIds: [chapter3],
        languages: ['vi', 'en'],
      });
      assert.equal(course.statusCode, 201, course.body);
      const session = await trainer.request('POST', `/api/training-courses/${course.json().id}/sessions`, {
        startsOn: '2026-04-06',
        endsOn: '2026-04-07',
        mode: 'in_person',
        place: 'Johor Bahru',
        trainers: ['Mohd Faizal Hamid'],
        capacity: 20,
        language: 'vi',
      });
      assert.equal(session.statusCode, 201, session.body);
      const sessionId = session.json().id as string;
      const agencies = await server.platform.db.query<{ id: string }>(
        "select id from agency where name like 'Jabatan Kebajikan%'",
      );
      for (const fullName of ['Trần Thị Mai', 'Lê Văn Hùng']) {
        const registered = await trainer.request(
          'POST',
          `/api/training-sessions/${sessionId}/registrations`,
          {
            fullName,
            agencyId: agencies[0]?.id,
            role: 'case_manager',
          },
        );
        assert.equal(registered.statusCode, 201, registered.body);
      }
      const detail = await trainer.request('GET', `/api/training-sessions/${sessionId}`);
      const [mai, hung] = detail.json().participants as { id: string }[];
      const attendance = await trainer.request('POST', `/api/training-sessions/${sessionId}/attendance`, {
        records: [
          { participantId: mai?.id, attended: true, preScore: 50, postScore: 92 },
          { participantId: hung?.id, attended: false },
        ],
      });
      assert.equal(attendance.statusCode, 200, attendance.body);
      const refused = await trainer.request('POST', `/api/training-sessions/${sessionId}/certificates`, {
        participantIds: [hung?.id],
      });
      assert.equal(refused.statusCode, 400, 'no certificate for someone who did not attend');
      const issued = await trainer.request('POST', `/api/training-sessions/${sessionId}/certificates`, {
        participantIds: [mai?.id],
      });
      assert.equal(issued.statusCode, 201, issued.body);
      code = (issued.json().participants as { certificate: { code: string } | null }[]).find(
        (p) => p.certificate,
      )?.certificate?.code as string;
      assert.ok(code);
      context = await server.browser.newContext({ baseURL: server.baseUrl, locale: 'en-GB' });
      context.setDefaultTimeout(stepTimeout);
      page = await context.newPage();
    });

    after(async () => {
      await context?.close().catch(() => undefined);
    });

    it('confirms a genuine certificate typed in by someone who is not signed in', async () => {
      await page.goto('/public/certificates');
      await page.getByRole('heading', { name: 'Check a training certificate' }).waitFor();
      await page.getByLabel('Verification code').fill(code.toLowerCase());
      await page.getByRole('button', { name: 'Check' }).click();
      const result = page.getByRole('status');
      await result.getByText('This certificate is genuine').waitFor();
      await result.getByText('Trần Thị Mai').waitFor();
      await result.getByText('Nhận diện nạn nhân mua bán người').waitFor();
      await result.getByText('2026-04-07').waitFor();
      assert.deepEqual(await seriousViolations(page), []);
      await screenshot(page, 'public-certificate-en');
    });

    it('follows the address printed on the certificate, and says so when a code matches nothing', async () => {
      await page.goto(`/public/certificates?code=${code}`);
      await page.getByRole('status').getByText('Trần Thị Mai').waitFor();
      await page.goto('/public/certificates?code=AAAA-BBBB-CCCC');
      await page.getByRole('alert').getByText('No certificate with this code').waitFor();
      assert.equal(await page.getByText('Trần Thị Mai').count(), 0);
    });
  });

  /*
   * Issue 9's coordination screens in Chromium: MAPO's coordinator builds a 4P plan with activities,
   * indicators and targets; the welfare department (JKM) reports progress on its activity; the
   * coordinator accepts the report and reads the dashboard, with the years nobody reported flagged
   * late; a committee meets, records an action item and carries it to its next meeting; a guideline
   * is issued and JKM acknowledges it. Every wait is for a heading, a role or a text that appears.
   */
  describe('issue 9 in the browser: action plan, committee meetings and guidelines', () => {
    let coordinator: Page;
    let coordinatorSession: TestSession;
    let jkm: Page;
    const planTitle = 'Pelan Tindakan Kebangsaan 2021–2025';
    const jkmName = 'Jabatan Kebajikan Masyarakat';
    const mapoName = 'Majlis Anti Pemerdagangan Orang dan Anti Penyeludupan Migran';

    before(async () => {
      coordinatorSession = await signInEnrolled(server, 'coordinator.mapo@demo.lindung.org');
      coordinator = await pageOf(server, coordinatorSession);
      // The welfare department's agency administrator reports for it (coordination:report), on a phone.
      jkm = await pageOf(server, await signInEnrolled(server, 'admin.jkm@demo.lindung.org'), 360);
    });

    const step = stepsInOrder('coordination', () => [coordinator, jkm]);

    step(
      'lets the coordinator build a 4P plan with activities, agencies, indicators and targets',
      async () => {
        await coordinator.goto('/action-plans');
        await coordinator.getByRole('heading', { name: 'National action plans' }).waitFor();
        // The demo's own plan is listed; this step builds another.
        await coordinator
          .getByRole('link', { name: 'National Action Plan on Anti-Trafficking in Persons 2021–2025' })
          .waitFor();
        await coordinator.getByRole('navigation').getByRole('link', { name: 'Committees' }).waitFor();
        await coordinator.getByRole('link', { name: 'New action plan' }).click();
        await coordinator.getByRole('heading', { name: 'New national action plan' }).waitFor();
        await coordinator.getByLabel('Title of the plan').fill(planTitle);
        await coordinator.getByLabel('First year').fill('2021');
        await coordinator.getByLabel('Last year').fill('2025');

        const first = coordinator.getByRole('group', { name: 'Strategy 1' });
        await first.getByRole('combobox', { name: 'Pillar' }).selectOption({ label: 'Protection' });
        await first.getByRole('textbox', { name: 'Strategy', exact: true }).fill('Better care for victims');
        await first.getByRole('button', { name: 'Add an activity' }).click();
        await first.getByRole('textbox', { name: 'Activity', exact: true }).fill('Train shelter staff');
        await first.getByRole('combobox', { name: 'Responsible agency' }).selectOption({ label: jkmName });
        await first.getByRole('button', { name: 'Add an indicator' }).click();
        await first.getByRole('textbox', { name: 'Indicator', exact: true }).fill('Staff trained');
        await first.getByRole('textbox', { name: 'Unit' }).fill('people');
        await first.getByRole('textbox', { name: 'Baseline' }).fill('10');
        await first.getByRole('textbox', { name: 'Target 2024' }).fill('40');

        await coordinator.getByRole('button', { name: 'Add a strategy' }).click();
        const second = coordinator.getByRole('group', { name: 'Strategy 2' });
        await second.getByRole('combobox', { name: 'Pillar' }).selectOption({ label: 'Prevention' });
        await second
          .getByRole('textbox', { name: 'Strategy', exact: true })
          .fill('Awareness in source areas');
        await second.getByRole('button', { name: 'Add an activity' }).click();
        await second.getByRole('textbox', { name: 'Activity', exact: true }).fill('Run awareness campaigns');
        await second.getByRole('combobox', { name: 'Responsible agency' }).selectOption({ label: mapoName });

        await coordinator.getByRole('button', { name: 'Create the plan' }).click();
        await coordinator.getByRole('heading', { name: planTitle }).waitFor();
        await coordinator.getByRole('heading', { name: 'Protection' }).waitFor();
        const activity = coordinator.getByRole('article', { name: 'Train shelter staff' });
        await activity.getByText(`Responsible: ${jkmName}`).waitFor();
        await activity.getByRole('cell', { name: '40' }).waitFor();
        assert.deepEqual(await seriousViolations(coordinator), []);
      },
    );

    step('lets the responsible agency submit a progress report from a phone', async () => {
      await jkm.goto('/action-plans');
      await jkm.getByRole('link', { name: planTitle }).click();
      await jkm.getByRole('heading', { name: planTitle }).waitFor();
      await jkm.getByRole('tab', { name: 'Progress reports' }).click();
      const form = jkm.getByRole('form', { name: 'Report progress' });
      await form.getByRole('combobox', { name: 'Year' }).selectOption('2024');
      await form.getByRole('combobox', { name: 'Progress' }).selectOption({ label: 'On track' });
      await form.getByLabel('What was done').fill('Three trainings in Kuala Lumpur and Johor Bahru.');
      await form.getByLabel('Staff trained (people) reached').fill('35');
      await form.getByRole('button', { name: 'Save as draft' }).click();
      const report = jkm.getByRole('article', { name: 'Train shelter staff · 2024' });
      await report.getByText('Draft', { exact: true }).waitFor();
      // Evidence goes on the draft, then the report is submitted with it.
      await report.locator('input[type="file"]').setInputFiles({
        name: 'attendance.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(
          '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
        ),
      });
      await report.getByRole('button', { name: 'Attach', exact: true }).click();
      await report
        .getByRole('article', { name: 'attendance.pdf' })
        .getByRole('link', { name: 'Download' })
        .waitFor();
      await report
        .getByRole('form', { name: 'Change and submit' })
        .getByRole('button', { name: 'Submit to the coordinator' })
        .click();
      await report.getByText('Submitted', { exact: true }).waitFor();
      await report.getByText('Staff trained: 35 people reached').waitFor();
      // Only the responsible agency's activities can be reported on.
      assert.equal(await form.getByRole('option', { name: 'Run awareness campaigns' }).count(), 0);
      assert.deepEqual(await seriousViolations(jkm), []);
      await screenshot(jkm, 'coordination-report-phone');
    });

    step(
      'lets the coordinator accept the report and see the dashboard with late reports flagged',
      async () => {
        await coordinator.goto('/action-plans');
        await coordinator.getByRole('link', { name: planTitle }).click();
        await coordinator.getByRole('tab', { name: 'Progress reports' }).click();
        const report = coordinator.getByRole('article', { name: 'Train shelter staff · 2024' });
        await report.getByText('Three trainings in Kuala Lumpur and Johor Bahru.').waitFor();
        await report
          .getByRole('article', { name: 'attendance.pdf' })
          .getByRole('link', { name: 'Download' })
          .waitFor();
        await report.getByRole('button', { name: 'Accept' }).click();
        await report.getByText('Accepted', { exact: true }).waitFor();

        await coordinator.getByRole('tab', { name: 'Dashboard' }).click();
        const byPillar = coordinator.getByRole('table', { name: 'By pillar', exact: true });
        const protection = byPillar.getByRole('row', { name: /Protection/ });
        await protection.waitFor();
        // 2021–2025 all ended; 2024 accepted, the other four years late (the server's today is past 2026-01-30).
        assert.deepEqual(await protection.getByRole('cell').allInnerTexts(), ['1', '5', '0', '1', '0', '4']);
        const byAgency = coordinator.getByRole('table', { name: 'By responsible agency', exact: true });
        await byAgency.getByRole('row', { name: new RegExp(jkmName) }).waitFor();
        await coordinator.getByText('Late reports: 9').waitFor();
        await coordinator
          .getByText(`Run awareness campaigns, 2021 — ${mapoName}`, { exact: false })
          .waitFor();
        // Each indicator against its targets: 35 staff trained in 2024 against a target of 40.
        const indicators = coordinator.getByRole('table', { name: /^Indicators in / });
        const trained = indicators.getByRole('row', { name: /Staff trained/ });
        await trained.getByText('35 people in 2024').waitFor();
        await trained.getByText('Behind').waitFor();
        await coordinator.getByRole('combobox', { name: 'Year' }).selectOption('2024');
        await coordinator
          .getByRole('table', { name: 'Indicators in 2024' })
          .getByRole('cell', { name: '40 people' })
          .first()
          .waitFor();
        const byPillarIndicators = coordinator.getByRole('table', { name: 'Indicators by pillar' });
        assert.deepEqual(
          await byPillarIndicators
            .getByRole('row', { name: /Protection/ })
            .getByRole('cell')
            .allInnerTexts(),
          ['0', '1', '0', '0'],
        );
        assert.deepEqual(await seriousViolations(coordinator), []);
        await screenshot(coordinator, 'coordination-dashboard');
      },
    );

    step(
      'lets the coordinator edit the plan, and refuses an edit made on a version changed meanwhile',
      async () => {
        await coordinator.goto('/action-plans');
        await coordinator.getByRole('link', { name: planTitle }).click();
        await coordinator.getByRole('link', { name: 'Edit plan' }).click();
        await coordinator.getByRole('heading', { name: 'Edit the action plan' }).waitFor();
        const first = coordinator.getByRole('group', { name: 'Strategy 1' });
        await first.getByRole('textbox', { name: 'Target 2025' }).fill('60');
        // Meanwhile the plan is changed from another window (through the API).
        const other = coordinatorSession;
        const plans = await other.request('GET', '/api/action-plans');
        const planId = (plans.json().items as { id: string; title: string }[]).find(
          (p) => p.title === planTitle,
        )?.id as string;
        const read = await other.request('GET', `/api/action-plans/${planId}`);
        const {
          id: _,
          agencyId: __,
          country: ___,
          startYear: ____,
          endYear: _____,
          version: ______,
          ...body
        } = read.json();
        const renamed = await other.request('PUT', `/api/action-plans/${planId}`, body, {
          'if-match': read.headers.etag as string,
        });
        assert.equal(renamed.statusCode, 200, renamed.body);
        await coordinator.getByRole('button', { name: 'Save changes' }).click();
        await coordinator
          .getByRole('alert')
          .getByText(/Someone else changed this plan/)
          .waitFor();

        await coordinator.reload();
        await coordinator.getByRole('heading', { name: 'Edit the action plan' }).waitFor();
        const again = coordinator.getByRole('group', { name: 'Strategy 1' });
        await again.getByRole('textbox', { name: 'Target 2025' }).fill('60');
        const second = coordinator.getByRole('group', { name: 'Strategy 2' });
        await second.getByRole('combobox', { name: 'Responsible agency' }).selectOption({ label: jkmName });
        // A saved part is changed, not removed; a new one can be.
        assert.equal(await second.getByRole('button', { name: 'Remove this activity' }).count(), 0);
        await second.getByRole('button', { name: 'Add an activity' }).click();
        await second
          .getByRole('textbox', { name: 'Activity', exact: true })
          .nth(1)
          .fill('Talks in source villages');
        await second
          .getByRole('combobox', { name: 'Responsible agency' })
          .nth(1)
          .selectOption({ label: mapoName });
        await coordinator.getByRole('button', { name: 'Save changes' }).click();
        await coordinator.getByRole('heading', { name: planTitle }).waitFor();
        await coordinator
          .getByRole('article', { name: 'Train shelter staff' })
          .getByRole('cell', { name: '60' })
          .waitFor();
        await coordinator
          .getByRole('article', { name: 'Run awareness campaigns' })
          .getByText(`Responsible: ${jkmName}`)
          .waitFor();
        await coordinator.getByRole('article', { name: 'Talks in source villages' }).waitFor();
        assert.deepEqual(await seriousViolations(coordinator), []);
      },
    );

    step('runs a committee meeting with an action item carried to the next meeting', async () => {
      await coordinator.goto('/committees');
      await coordinator.getByRole('link', { name: 'Council plenary (demo)' }).waitFor();
      const form = coordinator.getByRole('form', { name: 'New committee' });
      await form.getByLabel('Name').fill('Jawatankuasa Perlindungan dan Pemulihan');
      await form.getByRole('button', { name: 'Add a member agency' }).click();
      await form.getByRole('combobox', { name: 'Member agency 2' }).selectOption({ label: jkmName });
      await form.getByRole('button', { name: 'Create the committee' }).click();
      await coordinator.getByRole('heading', { name: 'Jawatankuasa Perlindungan dan Pemulihan' }).waitFor();
      await coordinator.getByRole('cell', { name: jkmName }).waitFor();

      const schedule = coordinator.getByRole('form', { name: 'Schedule a meeting' });
      await schedule.getByLabel('Place').fill('Putrajaya');
      await schedule.getByLabel('Agenda').fill('Shelter capacity\nTraining plan');
      await schedule.getByRole('button', { name: 'Schedule' }).click();
      await coordinator.getByRole('heading', { name: /^Meeting of .*Putrajaya$/ }).waitFor();
      await coordinator.getByRole('listitem').filter({ hasText: 'Training plan' }).waitFor();

      const record = coordinator.getByRole('form', { name: 'Record the meeting' });
      await record.getByLabel(mapoName).check();
      await record.getByLabel(jkmName).check();
      await record.getByLabel('Minutes').fill('Shelter capacity reviewed; JKM to cost a new shelter.');
      await record.getByRole('button', { name: 'Add a decision' }).click();
      await record.getByRole('textbox', { name: 'Decision 1' }).fill('Train all shelter staff by 2025.');
      await record.getByRole('button', { name: 'Add an action item' }).click();
      const item = record.getByRole('group', { name: 'Action item 1' });
      await item.getByRole('textbox', { name: 'Action item 1' }).fill('Cost a new shelter in Sabah');
      await item.getByRole('combobox', { name: 'Owner agency' }).selectOption({ label: jkmName });
      await item.getByLabel('Due').fill('2027-01-15');
      await record.getByRole('button', { name: 'Save the record' }).click();
      const raised = coordinator.getByRole('table', { name: 'Action items raised at this meeting' });
      await raised.getByRole('cell', { name: 'Cost a new shelter in Sabah' }).waitFor();
      await coordinator.getByText(`${jkmName}: present`).waitFor();

      await coordinator.getByRole('link', { name: 'Jawatankuasa Perlindungan dan Pemulihan' }).click();
      await coordinator
        .getByRole('form', { name: 'Schedule a meeting' })
        .getByLabel('Place')
        .fill('Kuala Lumpur');
      await coordinator.getByRole('button', { name: 'Schedule' }).click();
      await coordinator.getByRole('heading', { name: /^Meeting of .*Kuala Lumpur$/ }).waitFor();
      const carried = coordinator.getByRole('table', { name: 'Action items carried from earlier meetings' });
      await carried.getByRole('cell', { name: 'Cost a new shelter in Sabah' }).waitFor();
      assert.deepEqual(await seriousViolations(coordinator), []);
    });

    step('lets the owner agency move its action item on', async () => {
      await jkm.goto(coordinator.url());
      const status = jkm.getByRole('combobox', { name: 'Status of Cost a new shelter in Sabah' });
      await status.selectOption({ label: 'In progress' });
      await jkm.reload();
      await jkm.getByRole('heading', { name: /^Meeting of .*Kuala Lumpur$/ }).waitFor();
      assert.equal(
        await jkm.getByRole('combobox', { name: 'Status of Cost a new shelter in Sabah' }).inputValue(),
        'in_progress',
      );
    });

    step("lets the secretariat change the committee's members", async () => {
      await coordinator.getByRole('link', { name: 'Jawatankuasa Perlindungan dan Pemulihan' }).click();
      await coordinator.getByRole('button', { name: 'Change members' }).click();
      const form = coordinator.getByRole('form', { name: 'Change the members' });
      // Members are listed by agency name: the welfare department first.
      assert.equal(
        await form.getByRole('combobox', { name: 'Member agency 1' }).locator('option:checked').innerText(),
        jkmName,
      );
      await form.getByRole('combobox', { name: 'Role of member 1' }).selectOption({ label: 'Deputy chair' });
      await form.getByRole('button', { name: 'Add a member agency' }).click();
      await form
        .getByRole('combobox', { name: 'Member agency 3' })
        .selectOption({ label: 'Polis Diraja Malaysia' });
      await form.getByRole('button', { name: 'Save members' }).click();
      await coordinator.getByRole('row', { name: new RegExp(`${jkmName}.*Deputy chair`) }).waitFor();
      await coordinator.getByRole('cell', { name: /Polis Diraja/ }).waitFor();
      assert.deepEqual(await seriousViolations(coordinator), []);
    });

    step('issues a guideline that JKM must acknowledge, and shows who has', async () => {
      await coordinator.goto('/guidelines');
      await coordinator
        .getByRole('link', { name: /Operating guideline on the protection of victims in shelters/ })
        .waitFor();
      const form = coordinator.getByRole('form', { name: 'New guideline' });
      await form
        .getByLabel('Title', { exact: true })
        .fill('Garis panduan penyakit berjangkit di tempat perlindungan');
      await form.getByLabel('Summary of this version').fill('First issue');
      await form.getByLabel('Text', { exact: true }).fill('Screen every new arrival; isolate when needed.');
      await form.getByLabel(jkmName).check();
      await form.getByRole('button', { name: 'Issue the guideline' }).click();
      const acknowledgements = coordinator.getByRole('table', { name: 'Who has acknowledged this version' });
      await acknowledgements.getByRole('row', { name: new RegExp(`${jkmName}.*Not yet`) }).waitFor();

      await jkm.goto('/guidelines');
      await jkm.getByText('Guidelines your agency must acknowledge').waitFor();
      await jkm.getByRole('link', { name: /Garis panduan penyakit berjangkit.*version 1/ }).click();
      await jkm.getByRole('button', { name: 'Acknowledge for my agency' }).click();
      await jkm
        .getByRole('table', { name: 'Who has acknowledged this version' })
        .getByText(/^Yes, /)
        .waitFor();
      assert.equal(await jkm.getByRole('button', { name: 'Acknowledge for my agency' }).count(), 0);

      await coordinator.reload();
      await acknowledgements.getByRole('row', { name: new RegExp(`${jkmName}.*Yes`) }).waitFor();
      assert.deepEqual(await seriousViolations(jkm), []);
    });

    step('adds a partner to the network and runs a campaign for a plan activity with it', async () => {
      await coordinator.goto('/partners');
      await coordinator.getByRole('heading', { name: 'Partner network' }).waitFor();
      const form = coordinator.getByRole('form', { name: 'New partner' });
      await form.getByLabel('Name', { exact: true }).fill('Suara Rakyat Sabah');
      await form.getByLabel('Counselling').check();
      await form.getByLabel('Regions covered').fill('Sabah, Labuan');
      await form.getByLabel('Member of the network').check();
      await form.getByLabel('Member since').fill('2022-03-01');
      await form.getByRole('button', { name: 'Add the partner' }).click();
      await coordinator.getByRole('heading', { name: 'Suara Rakyat Sabah' }).waitFor();
      const mou = coordinator.getByRole('form', { name: 'Record a memorandum' });
      await mou.getByLabel('Memorandum').fill('Counselling for returning workers');
      await mou.getByLabel('Signed on').fill('2025-01-10');
      await mou.getByLabel('Expires on').fill('2030-01-09');
      await mou.getByRole('button', { name: 'Record' }).click();
      await coordinator.getByRole('cell', { name: 'Counselling for returning workers' }).waitFor();

      await coordinator.goto('/campaigns');
      await coordinator.getByRole('link', { name: 'Know your rights at work (demo)' }).waitFor();
      const campaign = coordinator.getByRole('form', { name: 'New campaign' });
      await campaign.getByLabel('Title', { exact: true }).fill('Kerja selamat di luar negara');
      await campaign.getByLabel('Target audiences').fill('migrant workers, employers');
      await campaign.getByLabel('Bahasa Melayu').check();
      await campaign.getByLabel('Radio').check();
      await campaign.getByLabel('Starts on').fill('2024-03-01');
      await campaign.getByLabel('Ends on').fill('2024-06-30');
      await campaign
        .getByRole('combobox', { name: 'Action plan activity it carries out' })
        .selectOption({ label: 'Run awareness campaigns' });
      await campaign.getByRole('button', { name: 'Start the campaign' }).click();
      await coordinator.getByRole('heading', { name: 'Kerja selamat di luar negara' }).waitFor();
      await coordinator.getByText('Carries out: Run awareness campaigns').waitFor();
      const event = coordinator.getByRole('form', { name: 'Record an event' });
      await event.getByLabel('City').fill('Kota Kinabalu');
      await event.getByLabel('Date').fill('2024-04-12');
      await event.getByLabel('Audience').fill('migrant workers');
      await event.getByLabel('Partner organisations').click();
      await coordinator.getByRole('option', { name: 'Suara Rakyat Sabah' }).click();
      await event.getByLabel('Attendance').fill('120');
      await event.getByLabel('People reached').fill('5000');
      await event.getByRole('button', { name: 'Record the event' }).click();
      await coordinator.getByRole('cell', { name: 'Kota Kinabalu' }).waitFor();
      await coordinator.getByText('1 events in 1 cities, attended by 120, reaching 5,000').waitFor();
      assert.deepEqual(await seriousViolations(coordinator), []);
    });
  });
});
