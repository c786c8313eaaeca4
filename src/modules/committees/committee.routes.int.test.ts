import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`committees and meetings [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let mapo: TestSession;
    let jkm: TestSession;
    let gugus: TestSession;
    let jkmCaseManager: TestSession;
    const agency: Record<string, string> = {};
    let activityId: string;
    let committeeId: string;
    let firstMeeting: string;
    let secondMeeting: string;
    let jkmItem: string;

    const count = async (table: string) =>
      Number((await platform().db.query<{ n: string }>(`select count(*) as n from ${table}`))[0]?.n);
    const audited = async () =>
      (
        await platform().db.query<{ action: string }>(
          // Changes made, not refused ones (audited too, as failures: decision 0130).
          "select action from audit_event where action in ('committee.create', 'meeting.record', 'action_item.update') and outcome = 'success'",
        )
      ).length;
    // The demo data has a council of its own: counts are compared with what it holds.
    const demo = { committees: 0, attendance: 0, audited: 0 };

    it('creates the council with member agencies and their roles', async () => {
      Object.assign(demo, {
        committees: await count('committee'),
        attendance: await count('meeting_attendance'),
        audited: await audited(),
      });
      const rows = await platform().db.query<{ id: string; name: string }>('select id, name from agency');
      const byName = (part: string) => rows.find((row) => row.name.includes(part))?.id as string;
      agency.mapo = byName('Majlis Anti Pemerdagangan');
      agency.jkm = byName('Kebajikan Masyarakat');
      agency.pdrm = byName('Polis Diraja');
      agency.kemensos = byName('Kementerian Sosial');
      mapo = await signInAs(platform().app, 'coordinator.mapo@demo.lindung.org');
      jkm = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      gugus = await signInAs(platform().app, 'coordinator.gugustugas@demo.lindung.org');
      jkmCaseManager = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const plan = await mapo.request('POST', '/api/action-plans', {
        title: 'National Action Plan 2021–2025',
        startYear: 2021,
        endYear: 2025,
        strategies: [
          {
            pillar: 'protection',
            title: 'Protect victims',
            activities: [{ title: 'Shelter places', responsibleAgencyId: agency.jkm }],
          },
        ],
      });
      activityId = plan.json().strategies[0].activities[0].id;

      const created = await mapo.request('POST', '/api/committees', {
        name: 'Council for Anti-Trafficking in Persons',
        members: [
          { agencyId: agency.mapo, role: 'chair' },
          { agencyId: agency.jkm, role: 'member' },
          { agencyId: agency.pdrm, role: 'member' },
        ],
      });
      assert.equal(created.statusCode, 201, created.body);
      committeeId = created.json().id;
      assert.equal(created.json().members.length, 3);
      const sub = await mapo.request('POST', '/api/committees', {
        name: 'Committee on Protection and Rehabilitation',
        parentId: committeeId,
        members: [{ agencyId: agency.jkm, role: 'chair' }],
      });
      assert.equal(sub.statusCode, 201, sub.body);
      assert.equal(sub.json().parentId, committeeId);
      assert.equal((await jkm.request('GET', '/api/committees')).json().items.length, demo.committees + 2);
      assert.equal(
        (await mapo.request('GET', '/api/committees/options')).json().memberRole.chair.id,
        'Ketua',
      );
    });

    it('refuses a bad committee naming the fields, and writes nothing', async () => {
      const before = await count('committee_member');
      const bad = await mapo.request('POST', '/api/committees', {
        name: 'Bad',
        members: [
          { agencyId: agency.kemensos, role: 'member' },
          { agencyId: agency.jkm, role: 'member' },
          { agencyId: agency.jkm, role: 'observer' },
        ],
      });
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(
        bad.json().errors.map((e: { field: string }) => e.field),
        ['members.0.agencyId', 'members.2.agencyId'],
      );
      const role = await mapo.request('POST', '/api/committees', {
        name: 'Bad role',
        members: [{ agencyId: agency.jkm, role: 'king' }],
      });
      assert.equal(role.statusCode, 400);
      assert.equal(await count('committee'), demo.committees + 2);
      assert.equal(await count('committee_member'), before);
      assert.equal(
        (await jkmCaseManager.request('POST', '/api/committees', { name: 'Mine', members: [] })).statusCode,
        400,
      );
      assert.equal(
        (
          await jkmCaseManager.request('POST', '/api/committees', {
            name: 'Mine',
            members: [{ agencyId: agency.jkm, role: 'chair' }],
          })
        ).statusCode,
        403,
      );
    });

    it('runs a meeting: attendance, minutes, decisions linked to the plan, action items', async () => {
      const meeting = await mapo.request('POST', `/api/committees/${committeeId}/meetings`, {
        heldOn: '2026-03-10',
        place: 'Putrajaya',
        agenda: ['National Report 2025', 'Progress of the action plan'],
      });
      assert.equal(meeting.statusCode, 201, meeting.body);
      firstMeeting = meeting.json().id;
      assert.equal(
        (
          await jkm.request('POST', `/api/committees/${committeeId}/meetings`, {
            heldOn: '2026-03-11',
            place: 'KL',
          })
        ).statusCode,
        403,
      );

      const bad = await mapo.request('POST', `/api/meetings/${firstMeeting}/record`, {
        attendance: [{ agencyId: agency.kemensos, present: true }],
        minutes: 'Minutes',
        decisions: [{ text: 'Open more shelter places', activityIds: [agency.jkm] }],
        actionItems: [{ title: 'Report on places', ownerAgencyId: agency.jkm, dueOn: '2026-01-01' }],
      });
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(
        bad.json().errors.map((e: { field: string }) => e.field),
        ['attendance.0.agencyId', 'decisions.0.activityIds.0', 'actionItems.0.dueOn'],
      );
      assert.equal(await count('meeting_attendance'), demo.attendance);

      const recorded = await mapo.request('POST', `/api/meetings/${firstMeeting}/record`, {
        attendance: [
          { agencyId: agency.mapo, present: true },
          { agencyId: agency.jkm, present: true },
          { agencyId: agency.pdrm, present: false },
        ],
        minutes: 'The council adopted the National Report 2025.',
        decisions: [{ text: 'Open 30 more shelter places in Sabah', activityIds: [activityId] }],
        actionItems: [
          { title: 'Plan for the Sabah places', ownerAgencyId: agency.jkm, dueOn: '2026-04-30' },
          { title: 'Circulate the National Report', ownerAgencyId: agency.mapo, dueOn: '2026-03-31' },
        ],
      });
      assert.equal(recorded.statusCode, 200, recorded.body);
      assert.equal(recorded.json().recorded, true);
      assert.deepEqual(recorded.json().decisions[0].activityIds, [activityId]);
      jkmItem = recorded
        .json()
        .actionItems.find((i: { ownerAgencyId: string }) => i.ownerAgencyId === agency.jkm).id;
      const again = await mapo.request('POST', `/api/meetings/${firstMeeting}/record`, {
        attendance: [],
        minutes: 'Again',
      });
      assert.equal(again.statusCode, 422);
    });

    it('carries open action items to the next meeting; the owner agency updates its own', async () => {
      const mapoItem = (await mapo.request('GET', `/api/meetings/${firstMeeting}`))
        .json()
        .actionItems.find((i: { ownerAgencyId: string }) => i.ownerAgencyId === agency.mapo).id;
      assert.equal(
        (await mapo.request('PATCH', `/api/action-items/${mapoItem}`, { status: 'done' })).json().status,
        'done',
      );
      assert.equal(
        (await jkm.request('PATCH', `/api/action-items/${mapoItem}`, { status: 'open' })).statusCode,
        403,
      );
      const progress = await jkm.request('PATCH', `/api/action-items/${jkmItem}`, { status: 'in_progress' });
      assert.equal(progress.statusCode, 200, progress.body);
      const next = await mapo.request('POST', `/api/committees/${committeeId}/meetings`, {
        heldOn: '2026-06-10',
        place: 'Putrajaya',
      });
      secondMeeting = next.json().id;
      assert.deepEqual(
        next.json().carriedItems.map((i: { id: string }) => i.id),
        [jkmItem],
      );
      const list = await jkm.request('GET', `/api/committees/${committeeId}/meetings`);
      assert.deepEqual(
        list.json().items.map((m: { id: string }) => m.id),
        [secondMeeting, firstMeeting],
      );
      assert.equal((await audited()) - demo.audited, 5);
    });

    it("keeps a committee from another country's agencies", async () => {
      assert.equal((await gugus.request('GET', `/api/committees/${committeeId}`)).statusCode, 404);
      assert.equal((await gugus.request('GET', `/api/meetings/${firstMeeting}`)).statusCode, 404);
      assert.equal(
        (await gugus.request('PATCH', `/api/action-items/${jkmItem}`, { status: 'done' })).statusCode,
        404,
      );
      assert.equal(
        (
          await gugus.request('POST', `/api/committees/${committeeId}/meetings`, {
            heldOn: '2026-07-01',
            place: 'Jakarta',
          })
        ).statusCode,
        404,
      );
      assert.deepEqual((await gugus.request('GET', '/api/committees')).json().items, []);
    });
  });
}
