import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';
import type { Plan } from './action-plan.schema.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`editing a national action plan [${kind}]`, () => {
    const platform = useTestPlatform(kind);

    const agencies = async () => {
      const rows = await platform().db.query<{ id: string; name: string }>('select id, name from agency');
      return (part: string) => rows.find((row) => row.name.includes(part))?.id as string;
    };

    it('should let the coordinator add an activity, change its agencies and targets, on the version read', async () => {
      const agency = await agencies();
      const mapo = await signInAs(platform().app, 'coordinator.mapo@demo.lindung.org');
      const jkm = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      // The demo's own plan has deadlines too: count this plan's as what is added to them.
      const planDeadlines = async () => {
        const rows = await platform().db.query<{ agency_id: string; n: string }>(
          `select agency_id, count(*) as n from deadline where source_kind = 'action_plan_report'
            group by agency_id`,
        );
        return new Map(rows.map((row) => [row.agency_id, Number(row.n)]));
      };
      const demoDeadlines = await planDeadlines();
      const created = await mapo.request('POST', '/api/action-plans', {
        title: 'National Action Plan 2021–2025',
        startYear: 2021,
        endYear: 2025,
        strategies: [
          {
            pillar: 'protection',
            title: 'Protect and rehabilitate victims',
            activities: [
              {
                title: 'Shelter places for women and children',
                responsibleAgencyId: agency('Kebajikan Masyarakat'),
                indicators: [
                  { name: 'Shelter places', unit: 'beds', baseline: 120, targets: { '2022': 150 } },
                ],
              },
            ],
          },
        ],
      });
      assert.equal(created.statusCode, 201, created.body);
      const plan: Plan = created.json();
      assert.equal(plan.version, 1);
      const read = await mapo.request('GET', `/api/action-plans/${plan.id}`);
      assert.equal(read.headers.etag, '"1"');

      const [strategy] = plan.strategies;
      const [shelter] = strategy?.activities ?? [];
      const edit = {
        title: plan.title,
        strategies: [
          {
            id: strategy?.id,
            pillar: 'protection',
            title: 'Protect, shelter and rehabilitate victims',
            activities: [
              {
                id: shelter?.id,
                title: shelter?.title,
                responsibleAgencyId: agency('Pembangunan Wanita'),
                supportingAgencyIds: [agency('Kebajikan Masyarakat')],
                indicators: [
                  { ...shelter?.indicators[0], targets: { '2022': 150, '2023': 180 } },
                  { name: 'Shelters accredited', unit: 'shelters', baseline: 2, targets: { '2025': 10 } },
                ],
              },
              {
                title: 'Case management training for shelter staff',
                responsibleAgencyId: agency('Kebajikan Masyarakat'),
                indicators: [{ name: 'Staff trained', unit: 'people', baseline: 0, targets: { '2024': 80 } }],
              },
            ],
          },
          { pillar: 'prosecution', title: 'Prosecute traffickers', activities: [] },
        ],
      };
      const noVersion = await mapo.request('PUT', `/api/action-plans/${plan.id}`, edit);
      assert.equal(noVersion.statusCode, 428, noVersion.body);
      assert.equal(noVersion.json().code, 'if_match_required');

      const saved = await mapo.request('PUT', `/api/action-plans/${plan.id}`, edit, { 'if-match': '"1"' });
      assert.equal(saved.statusCode, 200, saved.body);
      assert.equal(saved.headers.etag, '"2"');
      const after: Plan = saved.json();
      assert.equal(after.version, 2);
      assert.deepEqual(
        after.strategies.map((s) => s.title),
        ['Protect, shelter and rehabilitate victims', 'Prosecute traffickers'],
      );
      const [moved, added] = after.strategies[0]?.activities ?? [];
      assert.equal(moved?.id, shelter?.id, 'the activity keeps its id (reports refer to it)');
      assert.equal(moved?.responsibleAgencyId, agency('Pembangunan Wanita'));
      assert.deepEqual(moved?.supportingAgencyIds, [agency('Kebajikan Masyarakat')]);
      assert.deepEqual(moved?.indicators[0]?.targets, { '2022': 150, '2023': 180 });
      assert.equal(moved?.indicators[1]?.name, 'Shelters accredited');
      assert.equal(added?.title, 'Case management training for shelter staff');

      const deadlines = [...(await planDeadlines())]
        .map(([agencyId, n]) => [agencyId, n - (demoDeadlines.get(agencyId) ?? 0)] as const)
        .filter(([, n]) => n !== 0);
      assert.deepEqual(
        Object.fromEntries(deadlines),
        { [agency('Pembangunan Wanita')]: 5, [agency('Kebajikan Masyarakat')]: 5 },
        'the moved activity took its five deadlines along; the added one has five of its own',
      );
      const [audit] = await platform().db.query<{
        detail: { version: number; added: number; reassigned: number };
      }>("select detail from audit_event where action = 'action_plan.edit'");
      assert.equal(audit?.detail.version, 2);
      assert.equal(audit?.detail.added, 4, 'an indicator, an activity with its indicator, a strategy');
      assert.equal(audit?.detail.reassigned, 1);

      const stale = await mapo.request('PUT', `/api/action-plans/${plan.id}`, edit, { 'if-match': '"1"' });
      assert.equal(stale.statusCode, 412, stale.body);
      assert.equal(stale.json().code, 'action_plan_changed');
      assert.equal(
        (await jkm.request('PUT', `/api/action-plans/${plan.id}`, edit, { 'if-match': '"2"' })).statusCode,
        403,
        'a responsible agency does not edit the plan',
      );
    });

    it('should refuse targets outside the plan, foreign agencies and parts of another plan by field name', async () => {
      const agency = await agencies();
      const mapo = await signInAs(platform().app, 'coordinator.mapo@demo.lindung.org');
      const created = await mapo.request('POST', '/api/action-plans', {
        title: 'National Action Plan 2021–2025',
        startYear: 2021,
        endYear: 2025,
        strategies: [
          {
            pillar: 'prevention',
            title: 'Raise awareness',
            activities: [
              {
                title: 'Awareness events',
                responsibleAgencyId: agency('Majlis Anti Pemerdagangan'),
                indicators: [{ name: 'People reached', unit: 'people', targets: { '2021': 500 } }],
              },
            ],
          },
        ],
      });
      const plan: Plan = created.json();
      const [strategy] = plan.strategies;
      const [activity] = strategy?.activities ?? [];
      const response = await mapo.request(
        'PUT',
        `/api/action-plans/${plan.id}`,
        {
          title: plan.title,
          strategies: [
            {
              id: strategy?.id,
              pillar: 'prevention',
              title: strategy?.title,
              activities: [
                {
                  id: activity?.id,
                  title: activity?.title,
                  responsibleAgencyId: agency('Kementerian Sosial'),
                  indicators: [{ ...activity?.indicators[0], targets: { '2021': 500, '2026': 900 } }],
                },
                {
                  id: plan.id,
                  title: 'Not an activity of this plan',
                  responsibleAgencyId: agency('Majlis Anti Pemerdagangan'),
                },
              ],
            },
          ],
        },
        { 'if-match': '"1"' },
      );
      assert.equal(response.statusCode, 400, response.body);
      assert.deepEqual(
        response.json().errors.map((e: { field: string }) => e.field),
        [
          'strategies.0.activities.0.responsibleAgencyId',
          'strategies.0.activities.0.indicators.0.targets.2026',
          'strategies.0.activities.1.id',
        ],
      );
      const [row] = await platform().db.query<{ version: number }>(
        'select version from action_plan where id = $1',
        [plan.id],
      );
      assert.equal(row?.version, 1, 'nothing was written');
    });
  });
}
