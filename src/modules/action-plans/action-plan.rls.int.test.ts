import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';

const coordinator = ['statistics:read', 'coordination:manage', 'coordination:report'];
const reporter = ['coordination:report'];

/*
 * With the application's checks switched off, what the database shows and refuses by itself:
 * through the API, and by statements run directly as the application role with a tenant's settings.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`national action plan in the database [${kind}]`, () => {
    const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: true });
    let mapo: TestSession;
    let jkm: TestSession;
    let gugus: TestSession;
    let planId: string;
    let mapoActivity: string;
    let jkmActivity: string;
    let jkmDraft: string;

    const asTenant = tenantQuery(() => platform().db);
    const refused = (error: { code?: string }) => error.code === '42501';

    it('sets up a Malaysian plan with activities of the council and the welfare department', async () => {
      mapo = await signInAs(platform().app, 'coordinator.mapo@demo.lindung.org');
      jkm = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      gugus = await signInAs(platform().app, 'coordinator.gugustugas@demo.lindung.org');
      const created = await mapo.request('POST', '/api/action-plans', {
        title: 'Pelan Tindakan Kebangsaan 2021–2025',
        startYear: 2021,
        endYear: 2025,
        strategies: [
          {
            pillar: 'prevention',
            title: 'Kesedaran awam',
            activities: [{ title: 'Kempen kesedaran', responsibleAgencyId: mapo.agencyId }],
          },
          {
            pillar: 'protection',
            title: 'Perlindungan mangsa',
            activities: [{ title: 'Tempat perlindungan', responsibleAgencyId: jkm.agencyId }],
          },
        ],
      });
      assert.equal(created.statusCode, 201, created.body);
      planId = created.json().id;
      mapoActivity = created.json().strategies[0].activities[0].id;
      jkmActivity = created.json().strategies[1].activities[0].id;
      const draft = await jkm.request('POST', `/api/action-plans/${planId}/reports`, {
        activityId: jkmActivity,
        year: 2021,
        status: 'delayed',
        narrative: 'Draft',
      });
      assert.equal(draft.statusCode, 201, draft.body);
      jkmDraft = draft.json().id;
    });

    it('shows the plan to no agency of another country', async () => {
      assert.equal((await gugus.request('GET', `/api/action-plans/${planId}`)).statusCode, 404);
      assert.deepEqual((await gugus.request('GET', '/api/action-plans')).json().items, []);
      const rows = await asTenant(
        gugus,
        coordinator,
        'select id from action_plan_activity where plan_id = $1',
        [planId],
      );
      assert.deepEqual(rows, []);
      const jkmSees = await asTenant(jkm, [], 'select id from action_plan where id = $1', [planId]);
      assert.equal(jkmSees.length, 1, 'an agency of the country reads it');
    });

    it('keeps a draft report to its agency', async () => {
      const seen = await mapo.request('GET', `/api/action-plans/${planId}/reports`);
      assert.deepEqual(seen.json().items, []);
      assert.equal((await mapo.request('GET', `/api/action-plan-reports/${jkmDraft}`)).statusCode, 404);
      const byCoordinator = await asTenant(
        mapo,
        coordinator,
        'select id from action_plan_report where plan_id = $1',
        [planId],
      );
      assert.deepEqual(byCoordinator, []);
    });

    it('refuses a plan, a part of one, or a change from an agency that does not coordinate it', async () => {
      await assert.rejects(
        asTenant(
          jkm,
          reporter,
          `insert into action_plan (agency_id, country, title, start_year, end_year, created_by)
           values ($1, 'MY', 'Pelan sendiri', 2021, 2025, $2)`,
          [jkm.agencyId, jkm.userId],
        ),
        refused,
      );
      await assert.rejects(
        asTenant(
          gugus,
          coordinator,
          `insert into action_plan (agency_id, country, title, start_year, end_year, created_by)
           values ($1, 'MY', 'Someone else''s country', 2021, 2025, $2)`,
          [gugus.agencyId, gugus.userId],
        ),
        refused,
      );
      await assert.rejects(
        asTenant(
          jkm,
          coordinator,
          `insert into action_plan_strategy (plan_id, pillar, position, title)
           values ($1, 'prosecution', 9, 'Added by another agency')`,
          [planId],
        ),
        refused,
      );
      const renamed = await asTenant(
        jkm,
        coordinator,
        "update action_plan set title = 'Renamed' where id = $1 returning id",
        [planId],
      );
      assert.deepEqual(renamed, []);
      await assert.rejects(
        asTenant(gugus, coordinator, 'select lindung_register_action_plan_deadlines($1, 30)', [planId]),
        refused,
      );
    });

    it("keeps the plan's strategies, activities, indicators and deadlines to the coordinating agency", async () => {
      for (const sql of [
        "update action_plan_strategy set title = 'Diambil alih' where plan_id = $1 returning id",
        'update action_plan_activity set responsible_agency_id = supporting_agency_ids[1] where plan_id = $1 returning id',
        "update action_plan_indicator set targets = '{}' where plan_id = $1 returning id",
        'update action_plan set version = version + 1 where id = $1 returning id',
      ]) {
        assert.deepEqual(await asTenant(jkm, coordinator, sql, [planId]), [], sql);
        assert.deepEqual(await asTenant(gugus, coordinator, sql, [planId]), [], sql);
      }
      await assert.rejects(
        asTenant(jkm, coordinator, 'select lindung_move_action_plan_deadlines($1, 30)', [planId]),
        refused,
      );
      const viaApi = await jkm.request(
        'PUT',
        `/api/action-plans/${planId}`,
        {
          title: 'Diambil alih',
          strategies: [
            {
              pillar: 'prevention',
              title: 'Diambil alih',
              activities: [{ title: 'Diambil alih', responsibleAgencyId: jkm.agencyId }],
            },
          ],
        },
        { 'if-match': '"1"' },
      );
      assert.ok(viaApi.statusCode >= 400, `refused (${viaApi.statusCode})`);
      const [row] = await platform().db.query<{ title: string; strategies: string }>(
        `select title, (select count(*) from action_plan_strategy where plan_id = p.id)::text as strategies
           from action_plan p where id = $1`,
        [planId],
      );
      assert.deepEqual(row, { title: 'Pelan Tindakan Kebangsaan 2021–2025', strategies: '2' }, 'unchanged');
      const foreign = await asTenant(
        mapo,
        coordinator,
        'update action_plan_activity set responsible_agency_id = $2 where id = $1 returning id',
        [mapoActivity, gugus.agencyId],
      ).catch((error: { code?: string }) => error.code);
      assert.equal(foreign, '42501', 'an activity goes to no agency of another country');
      const own = await asTenant(
        mapo,
        coordinator,
        "update action_plan_strategy set title = 'Kesedaran awam dan majikan' where plan_id = $1 returning id",
        [planId],
      );
      assert.equal(own.length, 2, 'the coordinating agency changes them');
    });

    it('refuses a report from an agency not responsible for the activity, and a review by the reporter', async () => {
      const mapoReport = await jkm.request('POST', `/api/action-plans/${planId}/reports`, {
        activityId: mapoActivity,
        year: 2022,
        status: 'on_track',
      });
      assert.notEqual(mapoReport.statusCode, 201);
      await assert.rejects(
        asTenant(
          jkm,
          reporter,
          `insert into action_plan_report (plan_id, activity_id, agency_id, year, status, narrative, created_by)
           values ($1, $2, $3, 2023, 'on_track', '', $4)`,
          [planId, mapoActivity, jkm.agencyId, jkm.userId],
        ),
        refused,
      );
      await assert.rejects(
        asTenant(
          jkm,
          reporter,
          `insert into action_plan_report (plan_id, activity_id, agency_id, year, status, narrative, created_by)
           values ($1, $2, $3, 2030, 'on_track', '', $4)`,
          [planId, jkmActivity, jkm.agencyId, jkm.userId],
        ),
        refused,
      );
      const submitted = await jkm.request('POST', `/api/action-plan-reports/${jkmDraft}/submit`, {});
      assert.equal(submitted.statusCode, 200, submitted.body);
      const selfReview = await asTenant(
        jkm,
        [...reporter, 'coordination:manage'],
        "update action_plan_report set state = 'accepted', reviewed_by = $2, reviewed_at = now() where id = $1 returning id",
        [jkmDraft, jkm.userId],
      ).catch((error) => error);
      assert.ok(
        Array.isArray(selfReview) ? selfReview.length === 0 : refused(selfReview),
        'not reviewed by the reporter',
      );
      const [state] = await platform().db.query<{ state: string }>(
        'select state from action_plan_report where id = $1',
        [jkmDraft],
      );
      assert.equal(state?.state, 'submitted');
      const review = await mapo.request('POST', `/api/action-plan-reports/${jkmDraft}/review`, {
        decision: 'accept',
      });
      assert.equal(review.json().state, 'accepted');
    });

    it('shows an agency its own report deadlines only', async () => {
      const jkmDeadlines = await asTenant<{ agency_id: string }>(
        jkm,
        reporter,
        `select agency_id from deadline where source_kind = 'action_plan_report'
            and source_id in (select lindung_action_plan_period_source(t.id, y::int)
                                from action_plan_activity t cross join generate_series(2021, 2025) y
                               where t.plan_id = $1)`,
        [planId],
      );
      assert.equal(jkmDeadlines.length, 5);
      assert.ok(jkmDeadlines.every((d) => d.agency_id === jkm.agencyId));
    });
  });
}
