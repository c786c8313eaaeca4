import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { addDuration } from '../../jurisdictions/index.ts';
import { todayIn } from '../agencies/index.ts';
import { openCareCase } from '../care/care.factory.ts';
import { startOfDay, sweepReminders } from '../deadlines/index.ts';

const caseWorker = ['case:read', 'case:write', 'referral:manage'];
const yesterday = () => addDuration(todayIn('Asia/Kuala_Lumpur'), { amount: -1, unit: 'days' });

/*
 * With the application's permission checks switched off, row-level security alone keeps another
 * agency away from protection orders, deadlines and notifications; and statements run directly as
 * the application role cannot change what must not change.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`protection orders and deadlines under row-level security alone [${kind}]`, () => {
    const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: true });
    const tenant = tenantQuery(() => platform().db);
    let jkm: TestSession;
    let kbri: TestSession;
    let caseId: string;
    let orderId: string;

    const asTenant = <Row>(session: TestSession, statement: string, params: unknown[] = []) =>
      tenant<Row>(session, caseWorker, statement, params);
    const refused = (error: { code?: string }) => error.code === '42501';

    it('sets up an interim order with its deadline and a reminder', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      caseId = await openCareCase(jkm);
      const personId = (await jkm.request('GET', `/api/cases/${caseId}`)).json().persons[0].personId;
      const made = await jkm.request('POST', `/api/cases/${caseId}/protection-orders`, {
        kind: 'interim',
        personId,
        court: 'Mahkamah Majistret Kuala Lumpur',
        appliedOn: yesterday(),
        issuedOn: yesterday(),
      });
      assert.equal(made.statusCode, 201, made.body);
      orderId = made.json().id;
      const dueDay = addDuration(made.json().expiresOn, { amount: -1, unit: 'days' });
      const sent = await platform().db.transaction((tx) =>
        sweepReminders(tx, { leadDays: [1], now: startOfDay(dueDay, 'Asia/Kuala_Lumpur') }),
      );
      assert.equal(sent.length, 1);
    });

    it("gives another agency's user 404 through the API for every route", async () => {
      assert.equal((await kbri.request('GET', `/api/protection-orders/${orderId}`)).statusCode, 404);
      assert.equal((await kbri.request('GET', `/api/cases/${caseId}/protection-orders`)).statusCode, 404);
      const extend = await kbri.request('POST', `/api/protection-orders/${orderId}/extend`, {
        court: 'Mahkamah Majistret Kuala Lumpur',
        appliedOn: yesterday(),
        issuedOn: yesterday(),
      });
      assert.equal(extend.statusCode, 404);
      const deadlines = await kbri.request('GET', '/api/deadlines');
      assert.equal(deadlines.json().items.length, 0);
      assert.equal((await kbri.request('GET', '/api/notifications')).json().items.length, 0);
    });

    it('shows another agency no order, deadline or notification rows', async () => {
      // The case's order, its deadline, reminder and notification; JKM has the demo's plan deadlines too.
      const ofTheCase = {
        protection_order: 'case_id = $1',
        deadline: 'case_id = $1',
        deadline_reminder: 'deadline_id in (select id from deadline where case_id = $1)',
        notification: 'deadline_id in (select id from deadline where case_id = $1)',
      };
      for (const [table, condition] of Object.entries(ofTheCase)) {
        assert.deepEqual(await asTenant(kbri, `select * from ${table}`), [], table);
        assert.equal(
          (await asTenant(jkm, `select * from ${table} where ${condition}`, [caseId])).length,
          1,
          table,
        );
      }
    });

    it("refuses another agency's deadline or order rows, and lets no one rewrite or remove an order", async () => {
      await assert.rejects(
        asTenant(
          kbri,
          `insert into deadline (agency_id, case_id, source_kind, source_id, due_at, due_on)
           values ($1, $2, 'court_date', gen_random_uuid(), now(), current_date)`,
          [jkm.agencyId, caseId],
        ),
        refused,
      );
      await assert.rejects(
        asTenant(jkm, `update protection_order set expires_on = expires_on + 30 where id = $1`, [orderId]),
        refused,
      );
      await assert.rejects(asTenant(jkm, `delete from protection_order where id = $1`, [orderId]), refused);
      await assert.rejects(asTenant(jkm, `delete from deadline`), refused);
      await assert.rejects(
        asTenant(
          jkm,
          `insert into deadline_reminder (deadline_id, lead_days, due_on)
        select id, 3, due_on from deadline`,
        ),
        refused,
      );
      await assert.rejects(
        asTenant(
          jkm,
          `insert into notification (agency_id, user_id, kind) values ($1, $2, 'deadline.reminder')`,
          [jkm.agencyId, jkm.userId],
        ),
        refused,
      );
      const moved = await asTenant(kbri, `update deadline set due_on = due_on + 1 returning id`);
      assert.deepEqual(moved, [], 'another agency updates nothing');
    });
  });
}
