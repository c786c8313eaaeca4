import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';

const coordinator = ['statistics:read', 'coordination:manage', 'coordination:report'];
const reporter = ['coordination:report'];

/* With the application's checks switched off, what the database shows and refuses by itself. */
for (const kind of await testDatabaseKinds()) {
  describe(`committees in the database [${kind}]`, () => {
    const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: true });
    let mapo: TestSession;
    let jkm: TestSession;
    let gugus: TestSession;
    let committeeId: string;
    let meetingId: string;
    let mapoItem: string;
    let jkmItem: string;

    const asTenant = tenantQuery(() => platform().db);
    const refused = (error: { code?: string }) => error.code === '42501';

    it('sets up the council with a recorded meeting and two action items', async () => {
      mapo = await signInAs(platform().app, 'coordinator.mapo@demo.lindung.org');
      jkm = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      gugus = await signInAs(platform().app, 'coordinator.gugustugas@demo.lindung.org');
      const committee = await mapo.request('POST', '/api/committees', {
        name: 'Majlis Anti Pemerdagangan Orang',
        members: [
          { agencyId: mapo.agencyId, role: 'chair' },
          { agencyId: jkm.agencyId, role: 'member' },
        ],
      });
      assert.equal(committee.statusCode, 201, committee.body);
      committeeId = committee.json().id;
      const meeting = await mapo.request('POST', `/api/committees/${committeeId}/meetings`, {
        heldOn: '2026-03-10',
        place: 'Putrajaya',
      });
      meetingId = meeting.json().id;
      const recorded = await mapo.request('POST', `/api/meetings/${meetingId}/record`, {
        attendance: [{ agencyId: jkm.agencyId, present: true }],
        minutes: 'Minit mesyuarat',
        actionItems: [
          { title: 'Circulate the report', ownerAgencyId: mapo.agencyId, dueOn: '2026-04-01' },
          { title: 'Shelter plan', ownerAgencyId: jkm.agencyId, dueOn: '2026-04-01' },
        ],
      });
      assert.equal(recorded.statusCode, 200, recorded.body);
      const items = recorded.json().actionItems as { id: string; ownerAgencyId: string }[];
      mapoItem = items.find((i) => i.ownerAgencyId === mapo.agencyId)?.id as string;
      jkmItem = items.find((i) => i.ownerAgencyId === jkm.agencyId)?.id as string;
    });

    it('shows nothing of it to another country', async () => {
      assert.equal((await gugus.request('GET', `/api/committees/${committeeId}`)).statusCode, 404);
      assert.equal((await gugus.request('GET', `/api/meetings/${meetingId}`)).statusCode, 404);
      assert.deepEqual((await gugus.request('GET', '/api/committees')).json().items, []);
      for (const table of ['committee_member', 'meeting', 'meeting_attendance', 'action_item']) {
        assert.deepEqual(await asTenant(gugus, coordinator, `select 1 from ${table}`), [], table);
      }
      assert.equal(
        (await asTenant(jkm, [], 'select 1 from meeting where committee_id = $1', [committeeId])).length,
        1,
        'a country agency reads it',
      );
    });

    it('refuses changes from an agency that is not the secretariat', async () => {
      await assert.rejects(
        asTenant(
          jkm,
          coordinator,
          `insert into meeting (committee_id, held_on, place, created_by)
          values ($1, '2026-05-01', 'Kuala Lumpur', $2)`,
          [committeeId, jkm.userId],
        ),
        refused,
      );
      await assert.rejects(
        asTenant(
          jkm,
          coordinator,
          `insert into committee_member (committee_id, agency_id, role) values ($1, $2, 'observer')`,
          [committeeId, gugus.agencyId],
        ),
        refused,
      );
      await assert.rejects(
        asTenant(
          gugus,
          coordinator,
          `insert into committee (agency_id, country, name, created_by)
          values ($1, 'MY', 'Foreign committee', $2)`,
          [gugus.agencyId, gugus.userId],
        ),
        refused,
      );
      const minutes = await asTenant(
        mapo,
        coordinator,
        "update meeting set minutes = 'Rewritten' where id = $1 returning id",
        [meetingId],
      );
      assert.deepEqual(minutes, [], 'recorded minutes are not rewritten');
    });

    it("keeps a committee's members and version to the secretariat", async () => {
      for (const sql of [
        "update committee_member set role = 'chair' where committee_id = $1 returning agency_id",
        'delete from committee_member where committee_id = $1 returning agency_id',
        'update committee set version = version + 1 where id = $1 returning id',
      ]) {
        assert.deepEqual(await asTenant(jkm, coordinator, sql, [committeeId]), [], sql);
        assert.deepEqual(await asTenant(gugus, coordinator, sql, [committeeId]), [], sql);
      }
      const viaApi = await jkm.request(
        'PUT',
        `/api/committees/${committeeId}/members`,
        { members: [{ agencyId: jkm.agencyId, role: 'chair' }] },
        { 'if-match': '"1"' },
      );
      assert.ok(viaApi.statusCode >= 400, `refused (${viaApi.statusCode})`);
      const members = await platform().db.query<{ role: string }>(
        'select role from committee_member where committee_id = $1 order by role',
        [committeeId],
      );
      assert.deepEqual(
        members.map((m) => m.role),
        ['chair', 'member'],
        'unchanged',
      );
      const own = await asTenant(
        mapo,
        coordinator,
        "update committee_member set role = 'deputy_chair' where committee_id = $1 and agency_id = $2 returning agency_id",
        [committeeId, jkm.agencyId],
      );
      assert.equal(own.length, 1, 'the secretariat changes them');
    });

    it('lets an owner agency change its own action item only', async () => {
      const own = await asTenant(
        jkm,
        reporter,
        "update action_item set status = 'in_progress' where id = $1 returning id",
        [jkmItem],
      );
      assert.equal(own.length, 1);
      const other = await asTenant(
        jkm,
        reporter,
        "update action_item set status = 'dropped', closed_at = now() where id = $1 returning id",
        [mapoItem],
      );
      assert.deepEqual(other, []);
      const viaApi = await jkm.request('PATCH', `/api/action-items/${mapoItem}`, { status: 'done' });
      const [row] = await platform().db.query<{ status: string }>(
        'select status from action_item where id = $1',
        [mapoItem],
      );
      assert.equal(row?.status, 'open', `unchanged (${viaApi.statusCode})`);
    });
  });
}
