import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { createJobRunner } from '../../jobs/queue.ts';
import { addDuration } from '../../jurisdictions/index.ts';
import { todayIn } from '../agencies/index.ts';
import { openCareCase } from '../care/care.factory.ts';
import { reminderEmailHandler, reminderEmailJob, startOfDay, sweepReminders } from '../deadlines/index.ts';

const kl = 'Asia/Kuala_Lumpur';
const daysAgo = (days: number) => addDuration(todayIn(kl), { amount: -days, unit: 'days' });

function interimBody(personId: string, extra: Record<string, unknown> = {}) {
  return {
    kind: 'interim',
    personId,
    court: 'Mahkamah Majistret Johor Bahru',
    magistrate: 'Tuan Majistret',
    courtReference: 'JB-IPO-2026-41',
    appliedOn: daysAgo(6),
    issuedOn: daysAgo(6),
    ...extra,
  };
}

for (const kind of await testDatabaseKinds()) {
  describe(`protection orders [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let kbri: TestSession;
    let caseId: string;
    let personId: string;
    let interimId: string;
    let fullId: string;

    it('issues a Malaysian interim protection order expiring 21 days after it was made', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      caseId = await openCareCase(jkm);
      const found = await jkm.request('GET', `/api/cases/${caseId}`);
      personId = found.json().persons[0].personId;
      const made = await jkm.request('POST', `/api/cases/${caseId}/protection-orders`, interimBody(personId));
      assert.equal(made.statusCode, 201, made.body);
      const order = made.json();
      interimId = order.id;
      assert.equal(order.kind, 'interim');
      assert.equal(order.status, 'in_force');
      assert.deepEqual(order.period, { amount: 21, unit: 'days' });
      assert.equal(order.expiresOn, addDuration(daysAgo(6), { amount: 21, unit: 'days' }));
      assert.equal(order.jurisdiction, 'my');
      assert.match(order.legalBasis, /ATIPSOM.*s\.44\(2\)/);
      assert.equal(order.unconfirmedLimit, true, 'the 21 days are marked unconfirmed in the pack');
      assert.equal(order.deadline.dueOn, order.expiresOn);
      assert.equal(order.deadline.status, 'open');
      assert.deepEqual(
        order.deadline.reminders.map((r: { leadDays: number; at: string; sentAt: null }) => [
          r.leadDays,
          r.at,
          r.sentAt,
        ]),
        [7, 1, 0].map((lead) => [
          lead,
          startOfDay(addDuration(order.expiresOn, { amount: -lead, unit: 'days' }), kl).toISOString(),
          null,
        ]),
        'reminders 7 days and 1 day before, and on the day, at midnight in Kuala Lumpur',
      );
    });

    it("shows the order's expiry on the user's and the agency's deadline dashboards", async () => {
      for (const url of ['/api/deadlines/mine', '/api/deadlines?bucket=upcoming']) {
        const listed = await jkm.request('GET', url);
        assert.equal(listed.statusCode, 200, listed.body);
        const item = listed.json().items.find((d: { sourceId: string }) => d.sourceId === interimId);
        assert.equal(item?.sourceKind, 'protection_order_expiry', url);
        assert.equal(item?.bucket, 'upcoming');
        assert.equal(listed.json().counts.upcoming >= 1, true);
      }
      const overdue = await jkm.request('GET', '/api/deadlines?bucket=overdue');
      assert.equal(overdue.statusCode, 200, overdue.body);
      assert.equal(overdue.json().items.length, 0);
      const other = await kbri.request('GET', '/api/deadlines');
      assert.equal(other.statusCode, 200, other.body);
      assert.equal(other.json().items.length, 0, 'another agency sees none of them');
    });

    it('reminds the owner once, seven days before the expiry, even when two sweeps run', async () => {
      const order = (await jkm.request('GET', `/api/protection-orders/${interimId}`)).json();
      const reminderDay = addDuration(order.expiresOn, { amount: -7, unit: 'days' });
      const now = new Date(startOfDay(reminderDay, kl).getTime() + 3_600_000);
      const sweep = () => platform().db.transaction((tx) => sweepReminders(tx, { leadDays: [7, 1, 0], now }));
      const [first, second] = [await sweep(), await sweep()];
      assert.equal(first.length, 1);
      assert.equal(second.length, 0, 'already sent');
      const inbox = await jkm.request('GET', '/api/notifications?unread=true');
      assert.equal(inbox.statusCode, 200, inbox.body);
      const [notification] = inbox.json().items;
      assert.equal(notification.detail.leadDays, 7);
      assert.equal(notification.detail.dueOn, order.expiresOn);
      assert.match(
        notification.title,
        /Perintah perlindungan tamat: dalam 7 hari/,
        'in the user’s language (Malay)',
      );
      const read = await jkm.request('POST', `/api/notifications/${notification.id}/read`);
      assert.equal(read.statusCode, 200, read.body);
      assert.equal((await jkm.request('GET', '/api/notifications?unread=true')).json().items.length, 0);
      const [emails] = await platform().db.query<{ count: number }>(
        `select count(*)::int as count from job where kind = 'deadlines.reminder_email'`,
      );
      assert.equal(emails?.count, 1, 'one e-mail queued');
      const after = (await jkm.request('GET', `/api/protection-orders/${interimId}`)).json();
      assert.ok(after.deadline.reminders[0].sentAt, 'the 7-day reminder shows as sent');
      assert.equal(after.deadline.reminders[1].sentAt, null);
      const mails: { to: string; subject: string }[] = [];
      const runner = createJobRunner(platform().db, {
        handlers: {
          [reminderEmailJob]: reminderEmailHandler(platform().db, {
            send: async (mail) => {
              mails.push(mail);
            },
          }),
        },
      });
      assert.equal(await runner.drain(), 1);
      assert.deepEqual(
        mails.map((mail) => [mail.to, mail.subject]),
        [['cm.jkm@demo.lindung.org', notification.title]],
      );
      const foreign = await kbri.request('POST', `/api/notifications/${notification.id}/read`);
      assert.equal(foreign.statusCode, 404);
    });

    it('extends the interim order to a protection order of up to three months', async () => {
      const extended = await jkm.request('POST', `/api/protection-orders/${interimId}/extend`, {
        court: 'Mahkamah Majistret Johor Bahru',
        appliedOn: daysAgo(2),
        issuedOn: daysAgo(1),
      });
      assert.equal(extended.statusCode, 201, extended.body);
      const order = extended.json();
      fullId = order.id;
      assert.equal(order.kind, 'full');
      assert.equal(order.followsOrderId, interimId);
      assert.deepEqual(order.period, { amount: 3, unit: 'months' });
      assert.equal(order.expiresOn, addDuration(daysAgo(1), { amount: 3, unit: 'months' }));
      assert.equal(order.unconfirmedLimit, false);
      const interim = (await jkm.request('GET', `/api/protection-orders/${interimId}`)).json();
      assert.equal(interim.status, 'superseded');
      assert.equal(interim.deadline.status, 'done');
      const timeline = (await jkm.request('GET', `/api/cases/${caseId}/timeline`)).json();
      const kinds = JSON.stringify(timeline);
      assert.match(kinds, /protection_order\.record/);
      assert.match(kinds, /protection_order\.extend/);
    });

    it('refuses dates that contradict the law, naming the field, and writes nothing', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ period: { amount: 30, unit: 'days' } }, 'period'],
        [{ appliedOn: daysAgo(3), issuedOn: daysAgo(4) }, 'issuedOn'],
        [{ issuedOn: addDuration(todayIn(kl), { amount: 2, unit: 'days' }) }, 'issuedOn'],
        [
          { custodyStartedAt: '2026-01-01T00:00:00+08:00', producedAt: '2026-01-02T06:00:00+08:00' },
          'producedAt',
        ],
        [{ kind: 'full', period: { amount: 4, unit: 'months' } }, 'period'],
        [{ personId: '00000000-0000-4000-8000-000000000000' }, 'personId'],
      ];
      for (const [change, field] of cases) {
        const refused = await jkm.request(
          'POST',
          `/api/cases/${caseId}/protection-orders`,
          interimBody(personId, change),
        );
        assert.equal(refused.statusCode >= 400 && refused.statusCode < 500, true, refused.body);
        assert.match(refused.headers['content-type'] as string, /problem\+json/);
        assert.match(refused.body, new RegExp(field), JSON.stringify(change));
      }
      const expiryOverdue = await jkm.request('POST', `/api/protection-orders/${fullId}/extend`, {
        court: 'Mahkamah Majistret Johor Bahru',
        appliedOn: daysAgo(1),
        issuedOn: daysAgo(1),
      });
      assert.equal(expiryOverdue.statusCode, 400, expiryOverdue.body);
      assert.match(expiryOverdue.body, /period/, 'an extension needs the court-set period');
      const listed = (await jkm.request('GET', `/api/cases/${caseId}/protection-orders`)).json();
      assert.equal(listed.items.length, 2);
    });

    it("uses an Indonesian embassy's own pack, which has no interim orders, and a court-set period", async () => {
      const kbriCase = await openCareCase(kbri, 'Siti Aminah');
      const kbriPerson = (await kbri.request('GET', `/api/cases/${kbriCase}`)).json().persons[0].personId;
      const interim = await kbri.request(
        'POST',
        `/api/cases/${kbriCase}/protection-orders`,
        interimBody(kbriPerson),
      );
      assert.equal(interim.statusCode, 400, interim.body);
      assert.deepEqual(interim.json().errors, [
        {
          code: 'order_kind_not_in_pack',
          field: 'kind',
          message: 'the id jurisdiction pack has no interim protection orders',
        },
      ]);
      const full = await kbri.request(
        'POST',
        `/api/cases/${kbriCase}/protection-orders`,
        interimBody(kbriPerson, { kind: 'full', period: { amount: 6, unit: 'months' } }),
      );
      assert.equal(full.statusCode, 201, full.body);
      assert.equal(full.json().jurisdiction, 'id');
      assert.equal(full.json().expiresOn, addDuration(daysAgo(6), { amount: 6, unit: 'months' }));
    });

    it('hides the orders from another agency', async () => {
      assert.equal((await kbri.request('GET', `/api/protection-orders/${fullId}`)).statusCode, 404);
      assert.equal((await kbri.request('GET', `/api/cases/${caseId}/protection-orders`)).statusCode, 404);
      const revoke = await kbri.request('POST', `/api/protection-orders/${fullId}/revoke`, {
        revokedOn: daysAgo(0),
        reason: 'Not ours to revoke',
      });
      assert.equal(revoke.statusCode, 404);
    });

    it('revokes the protection order with a reason kept encrypted, and cancels its deadline', async () => {
      const revoked = await jkm.request('POST', `/api/protection-orders/${fullId}/revoke`, {
        revokedOn: daysAgo(0),
        reason: 'Court revoked the order on the application of the Protection Officer',
      });
      assert.equal(revoked.statusCode, 200, revoked.body);
      assert.equal(revoked.json().status, 'revoked');
      assert.equal(revoked.json().deadline.status, 'cancelled');
      assert.match(revoked.json().revocationReason, /Protection Officer/);
      const [row] = await platform().db.query<{ revocation_reason: string }>(
        'select revocation_reason from protection_order where id = $1',
        [fullId],
      );
      assert.doesNotMatch(row?.revocation_reason ?? '', /Protection Officer/);
      const again = await jkm.request('POST', `/api/protection-orders/${fullId}/revoke`, {
        revokedOn: daysAgo(0),
        reason: 'Twice',
      });
      assert.equal(again.statusCode, 409);
    });
  });
}
