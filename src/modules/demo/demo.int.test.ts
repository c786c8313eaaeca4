import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';
import { addMissingDemoUsers } from './demo.commands.ts';

/* What `npm start` shows of coordination on a new installation: the demo made through the modules. */
for (const kind of await testDatabaseKinds()) {
  describe(`the demo's coordination data [${kind}]`, () => {
    const platform = useTestPlatform(kind);

    it('offers the partners that are demo agencies as referral receivers, the others with the reason', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const targets = (await jkm.request('GET', '/api/partners/referral-targets')).json().items as {
        name: string;
        receiver: { id: string } | null;
        notSelectableBecause: string | null;
      }[];
      const receivers = targets.filter((t) => t.notSelectableBecause === null).map((t) => t.receiver?.id);
      const { tenaganita, jpw, kbri, pdrm, jtk } = platform().agencyIds;
      assert.deepEqual(new Set(receivers), new Set([tenaganita, jpw, kbri, pdrm, jtk]));
      assert.deepEqual(
        targets
          .filter((t) => t.notSelectableBecause === 'not_on_platform')
          .map((t) => t.name)
          .sort(),
        [
          'International organisation for migration (demo office)',
          'Persatuan Sokongan Pekerja Migran (demo)',
        ],
      );
    });

    it("offers MOLISA Viet Nam's other demo agencies as receivers, its own entry not", async () => {
      const molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      const targets = (await molisa.request('GET', '/api/partners/referral-targets')).json().items as {
        receiver: { id: string } | null;
        notSelectableBecause: string | null;
      }[];
      const receivers = targets.filter((t) => t.notSelectableBecause === null).map((t) => t.receiver?.id);
      const { bca, bdbp, peaceHouse, iom, molisa: own } = platform().agencyIds;
      assert.deepEqual(new Set(receivers), new Set([bca, bdbp, peaceHouse, iom]));
      assert.deepEqual(
        targets.filter((t) => t.notSelectableBecause === 'own_agency').map((t) => t.receiver?.id),
        [own],
      );
    });

    it('holds a 4P plan with reports, a council meeting with action items, a guideline to acknowledge and a campaign event', async () => {
      const coordinator = await signInAs(platform().app, 'coordinator.mapo@demo.lindung.org');
      const [plan] = (await coordinator.request('GET', '/api/action-plans')).json().items as { id: string }[];
      assert.ok(plan, 'a plan');
      const detail = (await coordinator.request('GET', `/api/action-plans/${plan.id}`)).json();
      assert.deepEqual(
        detail.strategies.map((s: { pillar: string }) => s.pillar),
        ['prevention', 'protection', 'prosecution', 'partnership'],
      );
      const reports = (await coordinator.request('GET', `/api/action-plans/${plan.id}/reports`)).json()
        .items as {
        state: string;
      }[];
      assert.deepEqual(
        [
          reports.filter((r) => r.state === 'accepted').length,
          reports.filter((r) => r.state === 'submitted').length,
        ],
        [8, 2],
      );
      const dashboard = (await coordinator.request('GET', `/api/action-plans/${plan.id}/dashboard`)).json();
      assert.ok(dashboard.late.length > 0, "PDRM's and Tenaganita's reports are late");

      const [council] = (await coordinator.request('GET', '/api/committees')).json().items as {
        id: string;
      }[];
      const meetings = (await coordinator.request('GET', `/api/committees/${council?.id}/meetings`)).json()
        .items as { id: string }[];
      assert.equal(meetings.length, 2);
      const next = (await coordinator.request('GET', `/api/meetings/${meetings[0]?.id}`)).json();
      assert.equal(next.carriedItems.length, 2, 'the open action items are carried to the next meeting');

      const admin = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      const pending = (await admin.request('GET', '/api/guidelines/pending')).json().items as {
        version: number;
      }[];
      assert.deepEqual(
        pending.map((p) => p.version),
        [2],
      );

      const [campaign] = (await coordinator.request('GET', '/api/campaigns')).json().items as {
        id: string;
      }[];
      const totals = (await coordinator.request('GET', `/api/campaigns/${campaign?.id}`)).json().totals;
      assert.deepEqual(totals, { events: 1, cities: 1, attendance: 240, reach: 12_000 });
    });

    /*
     * A demo data folder kept across an update that added demo users: the new users are added at
     * start. On the same database, after the reads above (these tests rename demo users).
     */
    describe('demo users added after the demo was seeded', () => {
      it('adds a demo user missing from an older demo database, in its agency, once', async () => {
        const { db, agencyIds } = platform();
        // As a data folder seeded before officer.bca existed: the account under another address.
        await db.query(
          `update app_user set email = 'former.bca@demo.lindung.org' where email = 'officer.bca@demo.lindung.org'`,
        );
        assert.deepEqual(await addMissingDemoUsers(db), ['officer.bca@demo.lindung.org']);
        assert.deepEqual(await addMissingDemoUsers(db), [], 'nothing more to add');
        const officer = await signInAs(platform().app, 'officer.bca@demo.lindung.org');
        assert.equal(officer.agencyId, agencyIds.bca);
      });

      it("adds only the officers introduced since, never another demo user such as the demo's administrator", async () => {
        const { db } = platform();
        await db.query(
          `update app_user set email = 'former.' || email
          where email in ('cm.jkm@demo.lindung.org', 'coordinator.mapo@demo.lindung.org', 'officer.polri@demo.lindung.org')`,
        );
        assert.deepEqual(await addMissingDemoUsers(db), ['officer.polri@demo.lindung.org']);
        const [row] = await db.query<{ n: number }>(
          `select count(*)::int as n from app_user
          where email in ('cm.jkm@demo.lindung.org', 'coordinator.mapo@demo.lindung.org')`,
        );
        assert.equal(row?.n, 0, 'the users the demo always had are not made again');
      });

      it('adds nothing to a database the demo did not seed (no demo administrator), whatever its agencies are called', async () => {
        const { db } = platform();
        await db.query(
          `update app_user set email = replace(email, '@demo.lindung.org', '@staging.example.org')
          where email like '%@demo.lindung.org'`,
        );
        assert.deepEqual(await addMissingDemoUsers(db), []);
        const [row] = await db.query<{ n: number }>(
          `select count(*)::int as n from app_user where email like '%@demo.lindung.org'`,
        );
        assert.equal(row?.n, 0);
      });
    });
  });
}
