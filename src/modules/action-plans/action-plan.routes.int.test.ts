import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';

interface PlanBody {
  id: string;
  strategies: {
    pillar: string;
    activities: { id: string; responsibleAgencyId: string; indicators: { id: string }[] }[];
  }[];
}

for (const kind of await testDatabaseKinds()) {
  describe(`national action plan [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let mapo: TestSession;
    let jkm: TestSession;
    let gugus: TestSession;
    let jkmCaseManager: TestSession;
    const agency: Record<string, string> = {};
    let plan: PlanBody;
    let mapoActivity: string;
    let jkmActivity: string;
    let jkmIndicator: string;
    let mapoReport: string;
    let jkmReport: string;

    const count = async (table: string) =>
      Number((await platform().db.query<{ n: string }>(`select count(*) as n from ${table}`))[0]?.n);
    const audited = async (action: string) =>
      (await platform().db.query('select 1 from audit_event where action = $1', [action])).length;
    // The demo data has a plan with reports of its own: counts are compared with what it holds.
    const demo = { plans: 0, reports: 0, created: 0 };

    const newPlan = () => ({
      title: 'National Action Plan on Trafficking in Persons 2021–2025',
      startYear: 2021,
      endYear: 2025,
      strategies: [
        {
          pillar: 'prevention',
          title: 'Raise awareness among migrant workers and employers',
          activities: [
            {
              title: 'Awareness events in three cities',
              responsibleAgencyId: agency.mapo,
              supportingAgencyIds: [agency.tenaganita],
              indicators: [
                {
                  name: 'People reached',
                  unit: 'people',
                  baseline: 0,
                  targets: { '2021': 500, '2025': 5000 },
                },
              ],
            },
          ],
        },
        {
          pillar: 'protection',
          title: 'Protect and rehabilitate victims',
          activities: [
            {
              title: 'Shelter places for women and children',
              responsibleAgencyId: agency.jkm,
              supportingAgencyIds: [agency.jpw, agency.pdrm],
              indicators: [{ name: 'Shelter places', unit: 'beds', baseline: 120, targets: { '2022': 150 } }],
            },
          ],
        },
      ],
    });

    it('lets the coordinator build a 4P plan and registers each yearly report as a deadline', async () => {
      Object.assign(demo, {
        plans: await count('action_plan'),
        reports: await count('action_plan_report'),
        created: await audited('action_plan.create'),
      });
      const rows = await platform().db.query<{ id: string; name: string }>('select id, name from agency');
      const byName = (part: string) => rows.find((row) => row.name.includes(part))?.id as string;
      agency.mapo = byName('Majlis Anti Pemerdagangan');
      agency.jkm = byName('Kebajikan Masyarakat');
      agency.jpw = byName('Pembangunan Wanita');
      agency.pdrm = byName('Polis Diraja');
      agency.tenaganita = byName('Tenaganita');
      agency.kemensos = byName('Kementerian Sosial');
      mapo = await signInAs(platform().app, 'coordinator.mapo@demo.lindung.org');
      jkm = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      gugus = await signInAs(platform().app, 'coordinator.gugustugas@demo.lindung.org');
      jkmCaseManager = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');

      const created = await mapo.request('POST', '/api/action-plans', newPlan());
      assert.equal(created.statusCode, 201, created.body);
      plan = created.json();
      assert.deepEqual(
        plan.strategies.map((s) => s.pillar),
        ['prevention', 'protection'],
      );
      mapoActivity = plan.strategies[0]?.activities[0]?.id as string;
      jkmActivity = plan.strategies[1]?.activities[0]?.id as string;
      jkmIndicator = plan.strategies[1]?.activities[0]?.indicators[0]?.id as string;
      const deadlines = await platform().db.query<{ agency_id: string; due_on: string }>(
        `select agency_id, to_char(due_on, 'YYYY-MM-DD') as due_on from deadline
          where source_kind = 'action_plan_report'
            and source_id in (select lindung_action_plan_period_source(t.id, y::int)
                                from action_plan_activity t cross join generate_series(2021, 2025) y
                               where t.plan_id = $1)
          order by due_on`,
        [plan.id],
      );
      assert.equal(deadlines.length, 10, 'two activities, five years');
      assert.equal(deadlines.filter((d) => d.agency_id === agency.jkm).length, 5);
      assert.equal(deadlines[0]?.due_on, '2022-01-30');
      assert.equal((await audited('action_plan.create')) - demo.created, 1);
      const options = await mapo.request('GET', '/api/action-plans/options');
      assert.equal(options.json().pillar.prosecution.ms, 'Pendakwaan');
    });

    it('refuses bad plans naming each field, and writes nothing', async () => {
      const before = await count('action_plan_strategy');
      const bad = newPlan();
      const [prevention, protection] = bad.strategies as unknown as [
        { activities: { indicators: { targets: Record<string, number> }[] }[] },
        { activities: { responsibleAgencyId: string }[] },
      ];
      Object.assign(prevention.activities[0]?.indicators[0] ?? {}, { targets: { '2030': 1 } });
      Object.assign(protection.activities[0] ?? {}, { responsibleAgencyId: agency.kemensos });
      const response = await mapo.request('POST', '/api/action-plans', bad);
      assert.equal(response.statusCode, 400, response.body);
      assert.match(response.headers['content-type'] as string, /problem\+json/);
      assert.deepEqual(
        response.json().errors.map((e: { field: string }) => e.field),
        [
          'strategies.0.activities.0.indicators.0.targets.2030',
          'strategies.1.activities.0.responsibleAgencyId',
        ],
      );
      const years = await mapo.request('POST', '/api/action-plans', {
        ...newPlan(),
        startYear: 2025,
        endYear: 2021,
      });
      assert.equal(years.json().errors[0].field, 'endYear');
      assert.equal(years.statusCode, 400);
      const pillar = await mapo.request('POST', '/api/action-plans', {
        ...newPlan(),
        strategies: [{ pillar: 'punishment', title: 'Wrong pillar' }],
      });
      assert.equal(pillar.statusCode, 400);
      assert.equal(await count('action_plan'), demo.plans + 1);
      assert.equal(await count('action_plan_strategy'), before);
      assert.equal((await jkmCaseManager.request('POST', '/api/action-plans', newPlan())).statusCode, 403);
      assert.equal((await jkm.request('POST', '/api/action-plans', newPlan())).statusCode, 403);
    });

    it('takes reports from each responsible agency only, a draft seen by its agency alone', async () => {
      const mine = await mapo.request('POST', `/api/action-plans/${plan.id}/reports`, {
        activityId: mapoActivity,
        year: 2021,
        status: 'on_track',
        narrative: 'Events held in Kuala Lumpur, Penang and Johor Bahru.',
        indicatorValues: [{ indicatorId: plan.strategies[0]?.activities[0]?.indicators[0]?.id, value: 620 }],
        submit: true,
      });
      assert.equal(mine.statusCode, 201, mine.body);
      assert.equal(mine.json().state, 'submitted');
      mapoReport = mine.json().id;

      const draft = await jkm.request('POST', `/api/action-plans/${plan.id}/reports`, {
        activityId: jkmActivity,
        year: 2021,
        status: 'delayed',
        narrative: 'Two shelters under renovation.',
        indicatorValues: [{ indicatorId: jkmIndicator, value: 110 }],
      });
      assert.equal(draft.statusCode, 201, draft.body);
      jkmReport = draft.json().id;
      const seen = await mapo.request('GET', `/api/action-plans/${plan.id}/reports`);
      assert.deepEqual(
        seen.json().items.map((r: { id: string }) => r.id),
        [mapoReport],
        'the coordinator does not see a draft',
      );
      assert.equal((await mapo.request('GET', `/api/action-plan-reports/${jkmReport}`)).statusCode, 404);

      const notResponsible = await jkm.request('POST', `/api/action-plans/${plan.id}/reports`, {
        activityId: mapoActivity,
        year: 2022,
        status: 'on_track',
      });
      assert.equal(notResponsible.statusCode, 403);
      assert.equal(notResponsible.json().code, 'not_responsible_agency');
      const badYear = await jkm.request('POST', `/api/action-plans/${plan.id}/reports`, {
        activityId: jkmActivity,
        year: 2030,
        status: 'on_track',
        indicatorValues: [{ indicatorId: mapoActivity, value: 1 }],
      });
      assert.equal(badYear.statusCode, 400);
      assert.deepEqual(
        badYear.json().errors.map((e: { field: string }) => e.field),
        ['year', 'indicatorValues.0.indicatorId'],
      );
      const twice = await jkm.request('POST', `/api/action-plans/${plan.id}/reports`, {
        activityId: jkmActivity,
        year: 2021,
        status: 'on_track',
      });
      assert.equal(twice.statusCode, 409);
      assert.equal(await count('action_plan_report'), demo.reports + 2);

      const submitted = await jkm.request('POST', `/api/action-plan-reports/${jkmReport}/submit`, {});
      assert.equal(submitted.statusCode, 200, submitted.body);
      const [deadline] = await platform().db.query<{ status: string }>(
        `select status from deadline where source_kind = 'action_plan_report'
            and source_id = lindung_action_plan_period_source($1, 2021)`,
        [jkmActivity],
      );
      assert.equal(deadline?.status, 'done');
      const overdue = await jkm.request('GET', '/api/deadlines?bucket=overdue');
      assert.equal(overdue.statusCode, 200, overdue.body);
      const kinds = overdue.json().items.map((d: { sourceKind: string }) => d.sourceKind);
      assert.ok(
        kinds.length >= 3 && kinds.every((k: string) => k === 'action_plan_report'),
        'the agency sees its late reports',
      );
    });

    it('lets the coordinator return a report with a comment and accept it resubmitted', async () => {
      const noComment = await mapo.request('POST', `/api/action-plan-reports/${jkmReport}/review`, {
        decision: 'return',
      });
      assert.equal(noComment.statusCode, 400);
      assert.deepEqual(
        noComment.json().errors.map((e: { field: string }) => e.field),
        ['comment'],
      );
      assert.equal(
        (await jkm.request('POST', `/api/action-plan-reports/${jkmReport}/review`, { decision: 'accept' }))
          .statusCode,
        403,
      );
      const returned = await mapo.request('POST', `/api/action-plan-reports/${jkmReport}/review`, {
        decision: 'return',
        comment: 'Give the number of places opened, please.',
      });
      assert.equal(returned.statusCode, 200, returned.body);
      assert.equal(returned.json().state, 'returned');
      const again = await jkm.request('POST', `/api/action-plan-reports/${jkmReport}/submit`, {
        narrative: 'Two shelters under renovation; 10 places opened in Selangor.',
      });
      assert.equal(again.json().state, 'submitted');
      const accepted = await mapo.request('POST', `/api/action-plan-reports/${jkmReport}/review`, {
        decision: 'accept',
      });
      assert.equal(accepted.json().state, 'accepted');
      const twice = await mapo.request('POST', `/api/action-plan-reports/${jkmReport}/review`, {
        decision: 'accept',
      });
      assert.equal(twice.statusCode, 422);
      const actions = await platform().db.query<{ action: string }>(
        "select action from audit_event where action like 'action_plan_report.%'",
      );
      assert.ok(actions.some((a) => a.action === 'action_plan_report.return'));
      assert.ok(actions.some((a) => a.action === 'action_plan_report.accept'));
    });

    it('shows the coordinator progress by pillar and agency with the late reports', async () => {
      const response = await mapo.request('GET', `/api/action-plans/${plan.id}/dashboard`);
      assert.equal(response.statusCode, 200, response.body);
      const dashboard = response.json();
      const protection = dashboard.byPillar.find((p: { pillar: string }) => p.pillar === 'protection');
      assert.equal(protection.accepted, 1);
      const jkmRow = dashboard.byAgency.find((a: { agencyId: string }) => a.agencyId === agency.jkm);
      assert.equal(jkmRow.agencyName, 'Jabatan Kebajikan Masyarakat');
      // Every year to 2025 is past its grace days (the demo clock is after January 2026): 2022–2025 are late.
      assert.equal(jkmRow.late, dashboard.today > '2026-01-30' ? 4 : 3);
      assert.ok(dashboard.late.every((l: { year: number }) => l.year > 2021));
      // Indicators against targets: the plan's last year (the demo clock is past it), each judged by
      // the latest value reported, in that value's year.
      assert.equal(dashboard.indicators.year, 2025);
      const row = (name: string) =>
        dashboard.indicators.rows.find((r: { name: string }) => r.name === name) as Record<string, unknown>;
      assert.deepEqual(
        [row('People reached').target, row('People reached').latest, row('People reached').status],
        [5000, { year: 2021, value: 620 }, 'on_track'],
      );
      assert.deepEqual(
        [row('Shelter places').baseline, row('Shelter places').expected, row('Shelter places').status],
        [120, 135, 'behind'],
        '110 places in 2021, on the way from 120 to 150 in 2022',
      );
      const jkmIndicators = dashboard.indicators.byAgency.find(
        (a: { agencyId: string }) => a.agencyId === agency.jkm,
      );
      assert.equal(jkmIndicators.behind, 1);
      const earlier = await mapo.request('GET', `/api/action-plans/${plan.id}/dashboard?year=2022`);
      assert.equal(earlier.json().indicators.year, 2022);
      const outside = await mapo.request('GET', `/api/action-plans/${plan.id}/dashboard?year=2030`);
      assert.equal(outside.statusCode, 400);
      assert.equal(outside.json().errors[0].field, 'year');
      assert.equal((await jkm.request('GET', `/api/action-plans/${plan.id}/dashboard`)).statusCode, 403);
      assert.equal(
        (await jkm.request('GET', `/api/action-plans/${plan.id}`)).statusCode,
        200,
        'a country agency reads it',
      );
    });

    it("keeps a plan from another country's agencies", async () => {
      assert.equal((await gugus.request('GET', `/api/action-plans/${plan.id}`)).statusCode, 404);
      assert.equal((await gugus.request('GET', `/api/action-plans/${plan.id}/dashboard`)).statusCode, 404);
      assert.equal((await gugus.request('GET', `/api/action-plan-reports/${mapoReport}`)).statusCode, 404);
      assert.equal(
        (await gugus.request('POST', `/api/action-plan-reports/${mapoReport}/review`, { decision: 'accept' }))
          .statusCode,
        404,
      );
      const list = await gugus.request('GET', '/api/action-plans');
      assert.deepEqual(list.json().items, []);
      const own = await gugus.request('POST', '/api/action-plans', {
        title: 'Rencana Aksi Nasional 2020–2024',
        startYear: 2020,
        endYear: 2024,
        strategies: [
          {
            pillar: 'partnership',
            title: 'Kemitraan',
            activities: [{ title: 'Gugus tugas daerah', responsibleAgencyId: agency.jkm }],
          },
        ],
      });
      assert.equal(own.statusCode, 400, 'a Malaysian agency is not responsible in an Indonesian plan');
    });
  });
}
