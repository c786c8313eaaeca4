import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantPrelude } from '../../db/tenant.ts';
import { addDuration } from '../../jurisdictions/index.ts';
import { todayIn } from '../agencies/index.ts';
import { openCareCase } from '../care/care.factory.ts';
import { registerDeadline } from './deadline.commands.ts';
import { startOfDay } from './deadline-calendar.ts';
import { sweepReminders } from './reminders.ts';

const kl = 'Asia/Kuala_Lumpur';
const inDays = (days: number) => addDuration(todayIn(kl), { amount: days, unit: 'days' });

for (const kind of await testDatabaseKinds()) {
  describe(`deadline dashboard and reminders [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let caseId: string;

    /** Registers a court date as a module would, in the agency's own transaction. */
    const courtDate = (due: { on: string } | { at: Date }, ownerUserId: string | null = jkm.userId) =>
      platform().db.transaction(
        (tx) =>
          registerDeadline({
            tx,
            source: { kind: 'court_date', id: randomUUID() },
            agencyId: jkm.agencyId,
            caseId,
            ownerUserId,
            due,
          }),
        {
          prelude: tenantPrelude({
            userId: jkm.userId,
            agencyId: jkm.agencyId,
            permissions: ['case:read', 'case:write'],
          }),
        },
      );

    it('sorts open deadlines into overdue, due today and upcoming by the agency’s calendar', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      caseId = await openCareCase(jkm);
      await courtDate({ on: inDays(-1) });
      await courtDate({ on: inDays(0) });
      for (const days of [1, 7, 30]) await courtDate({ on: inDays(days) });
      await courtDate({ on: inDays(2) }, null);
      const mine = await jkm.request('GET', '/api/deadlines/mine');
      assert.equal(mine.statusCode, 200, mine.body);
      assert.deepEqual(mine.json().counts, { overdue: 1, due_today: 1, upcoming: 3 });
      assert.equal(mine.json().today, todayIn(kl));
      assert.deepEqual(
        mine.json().items.map((d: { bucket: string; dueOn: string }) => [d.bucket, d.dueOn]),
        [
          ['overdue', inDays(-1)],
          ['due_today', inDays(0)],
          ['upcoming', inDays(1)],
          ['upcoming', inDays(7)],
          ['upcoming', inDays(30)],
        ],
      );
      const agency = await jkm.request('GET', '/api/deadlines?bucket=upcoming');
      assert.equal(agency.json().items.length, 4, 'the agency’s dashboard includes the unowned one');
      const today = await jkm.request('GET', '/api/deadlines?bucket=due_today');
      assert.deepEqual(
        today.json().items.map((d: { dueOn: string }) => d.dueOn),
        [inDays(0)],
      );
    });

    it('pages through the dashboard without skipping or repeating', async () => {
      const seen: string[] = [];
      let url = '/api/deadlines?limit=2&sourceKind=court_date';
      for (let page = 0; page < 5 && url; page += 1) {
        const response = await jkm.request('GET', url);
        assert.equal(response.statusCode, 200, response.body);
        seen.push(...response.json().items.map((d: { dueOn: string }) => d.dueOn));
        const next = response.json().nextCursor;
        url = next ? `/api/deadlines?limit=2&sourceKind=court_date&cursor=${next}` : '';
      }
      assert.deepEqual(seen, [inDays(-1), inDays(0), inDays(1), inDays(2), inDays(7), inDays(30)]);
    });

    it("keeps a care plan's review date as one deadline per case, moved by each new version", async () => {
      const plan = (reviewOn: string, basedOnVersion: number | null) =>
        jkm.request('PUT', `/api/cases/${caseId}/care-plan`, {
          basedOnVersion,
          plannedOn: inDays(0),
          reviewOn,
          goals: ['Safe accommodation'],
          services: [{ type: 'shelter' }],
        });
      assert.equal((await plan(inDays(14), null)).statusCode, 200);
      assert.equal((await plan(inDays(21), 1)).statusCode, 200);
      const reviews = (await jkm.request('GET', '/api/deadlines?sourceKind=care_plan_review')).json().items;
      assert.deepEqual(
        reviews.map((d: { sourceId: string; dueOn: string }) => [d.sourceId, d.dueOn]),
        [[caseId, inDays(21)]],
      );
    });

    it('cancels the review when the case closes, and keeps its court dates', async () => {
      const closed = await jkm.request('POST', `/api/cases/${caseId}/status`, {
        status: 'closed',
        reason: 'Returned home safely',
      });
      assert.equal(closed.statusCode, 200, closed.body);
      const reviews = (await jkm.request('GET', '/api/deadlines?sourceKind=care_plan_review')).json().items;
      assert.deepEqual(reviews, []);
      const courtDates = (await jkm.request('GET', '/api/deadlines?sourceKind=court_date')).json().items;
      assert.equal(courtDates.length, 6);
    });

    it('refuses a bad bucket or cursor with problem+json naming it', async () => {
      const bucket = await jkm.request('GET', '/api/deadlines?bucket=someday');
      assert.equal(bucket.statusCode, 400);
      assert.match(bucket.body, /bucket/);
      const cursor = await jkm.request('GET', '/api/deadlines?cursor=nonsense');
      assert.equal(cursor.statusCode, 400);
      assert.match(cursor.body, /cursor/);
    });

    it('refuses the dashboard to a user who works neither cases nor referrals', async () => {
      const trainer = await signInAs(platform().app, 'trainer.mapo@demo.lindung.org');
      assert.equal((await trainer.request('GET', '/api/deadlines')).statusCode, 403);
    });

    it('sends each reminder once when two sweeps run at the same moment', async () => {
      const now = startOfDay(inDays(0), kl);
      const sweep = () => platform().db.transaction((tx) => sweepReminders(tx, { leadDays: [7, 1, 0], now }));
      const [first, second] = await Promise.all([sweep(), sweep()]);
      // Due today (lead 0), tomorrow (lead 1) and in a week (lead 7); the unowned one is marked but not notified.
      assert.equal(first.length + second.length, 3);
      assert.equal((await sweep()).length, 0);
      const [counts] = await platform().db.query<{ reminders: number; notifications: number }>(
        `select (select count(*)::int from deadline_reminder) as reminders,
                (select count(*)::int from notification n join deadline d on d.id = n.deadline_id
                  where d.source_kind = 'court_date') as notifications`,
      );
      assert.equal(counts?.notifications, 3);
      assert.ok((counts?.reminders ?? 0) >= 4, 'every passed lead is marked, the unowned deadline’s too');
    });

    it("reminds the agency's members who answer referrals of a referral's response deadline, which has no owner", async () => {
      const now = startOfDay(inDays(0), kl);
      const source = { kind: 'referral_response' as const, id: randomUUID() };
      // As the referral's trigger does, as the database's owner (migration 0022).
      await platform().db.transaction((tx) =>
        registerDeadline({
          tx,
          source,
          agencyId: jkm.agencyId,
          // The trigger names no case: the receiver cannot read the sender's case.
          caseId: null,
          ownerUserId: null,
          due: { on: inDays(1) },
        }),
      );
      const sent = await platform().db.transaction((tx) => sweepReminders(tx, { leadDays: [1], now }));
      const notified = await platform().db.query<{ user_id: string }>(
        `select n.user_id from notification n join deadline d on d.id = n.deadline_id
          where d.source_kind = $1 and d.source_id = $2 order by n.user_id`,
        [source.kind, source.id],
      );
      const answerers = await platform().db.query<{ user_id: string }>(
        `select m.user_id from membership m join app_user u on u.id = m.user_id and u.active
          where m.agency_id = $1 and 'referral:manage' = any (lindung_permissions(m.user_id, m.agency_id))
          group by m.user_id order by m.user_id`,
        [jkm.agencyId],
      );
      assert.ok(answerers.length > 0, 'the demo agency has members who answer referrals');
      assert.deepEqual(notified, answerers);
      assert.ok(sent.length >= answerers.length);
      const [detail] = await platform().db.query<{ detail: { caseReference: unknown; sourceKind: string } }>(
        'select n.detail from notification n join deadline d on d.id = n.deadline_id where d.source_id = $1 limit 1',
        [source.id],
      );
      assert.deepEqual(
        [detail?.detail.sourceKind, detail?.detail.caseReference],
        ['referral_response', null],
      );
      const others = await platform().db.query(
        `select 1 from notification n join deadline d on d.id = n.deadline_id
          where d.source_id = $1 and 'referral:manage' <> all (lindung_permissions(n.user_id, n.agency_id))`,
        [source.id],
      );
      assert.deepEqual(others, [], 'nobody who cannot answer it');
    });
  });
}
