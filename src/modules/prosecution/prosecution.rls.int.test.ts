import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import {
  countRows,
  created,
  openInvestigation,
  recordPerson,
  referredVictim,
} from './prosecution.factory.ts';

const prosecutionTables = [
  'investigation',
  'investigation_offence',
  'investigation_victim',
  'suspect',
  'arrest',
  'charge',
  'charge_outcome',
  'court_hearing',
  'restitution_order',
  'restitution_payment',
];
const clerkPassword = 'a long enough clerk password';

/*
 * The application's permission checks are switched off here (a test-only option of buildApp): what
 * keeps other agencies out, and victims' identities from users without case:read, is row-level
 * security in the database alone.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`prosecution records under row-level security alone [${kind}]`, () => {
    const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: true });
    let police: TestSession;
    let clerk: TestSession;
    let prosecutor: TestSession;
    let welfare: TestSession;
    let officer: TestSession;
    let investigationId: string;
    let chargeId: string;
    let orderId: string;

    const asTenant = tenantQuery(() => platform().db);
    const snapshot = async () => {
      const counts: Record<string, number> = {};
      for (const table of prosecutionTables) counts[table] = await countRows(platform().db, table);
      return counts;
    };

    it('sets up a police investigation to conviction and restitution, with an own and a referred victim', async () => {
      const { app, db, agencyIds } = platform();
      police = await signInAs(app, 'investigator.pdrm@demo.lindung.org');
      officer = await signInAs(app, 'officer.pdrm@demo.lindung.org');
      welfare = await signInAs(app, 'cm.jkm@demo.lindung.org');
      prosecutor = await signInAs(app, 'prosecutor.agc@demo.lindung.org');
      investigationId = await openInvestigation(police, { reference: 'IP/RLS/1' });
      const path = `/api/investigations/${investigationId}`;
      const own = await personWithCase(police, { names: [{ fullName: 'Mya Thandar' }], sex: 'female' });
      const victimId = created(await police.request('POST', `${path}/victims`, { caseId: own.caseId })).id;
      const { referralId } = await referredVictim(welfare, officer, agencyIds.pdrm);
      created(await police.request('POST', `${path}/victims`, { referralId }));
      const suspectId = created(
        await police.request('POST', `${path}/suspects`, {
          personId: await recordPerson(police, 'Tan Ah Kow'),
        }),
      ).id;
      created(
        await police.request('POST', `${path}/arrests`, {
          suspectId,
          arrestedOn: '2025-03-05',
          place: 'Sandakan',
        }),
      );
      chargeId = created(
        await police.request('POST', `${path}/charges`, {
          suspectId,
          offenceCode: 'atipsom.12',
          chargedOn: '2025-04-01',
        }),
      ).id;
      created(
        await police.request('POST', `/api/charges/${chargeId}/outcomes`, {
          outcome: 'convicted',
          decidedOn: '2025-07-01',
        }),
      );
      orderId = created(
        await police.request('POST', `/api/charges/${chargeId}/restitution-orders`, {
          victimId,
          kind: 'restitution',
          amount: { amount: '3000', currency: 'MYR' },
          orderedOn: '2025-07-01',
        }),
      ).id;

      created(
        await police.request('POST', `${path}/hearings`, {
          chargeId,
          hearingOn: '2025-05-01',
          court: 'Mahkamah Sesyen Sandakan',
          kind: 'mention',
        }),
      );
      created(
        await police.request('POST', `/api/restitution-orders/${orderId}/payments`, {
          amount: { amount: '1000', currency: 'MYR' },
          paidOn: '2025-08-01',
        }),
      );

      // A police clerk who manages prosecutions but may not read cases or persons: a role made for this test.
      await db.query(`insert into role (code, description) values ('court_clerk', 'Files court papers')`);
      await db.query(
        `insert into role_permission (role_code, permission) values ('court_clerk', 'prosecution:manage')`,
      );
      const admin = await signInAs(app, 'admin@demo.lindung.org');
      const user = await admin.request('POST', '/api/users', {
        email: 'clerk.pdrm@example.gov.my',
        displayName: 'Court clerk',
        password: clerkPassword,
        memberships: [{ agencyId: agencyIds.pdrm, role: 'court_clerk' }],
      });
      assert.equal(user.statusCode, 201, user.body);
      clerk = await signInAs(app, 'clerk.pdrm@example.gov.my', {}, clerkPassword);
    });

    it('shows a prosecution user without case:read that victims are linked, and nothing of who they are', async () => {
      const response = await clerk.request('GET', `/api/investigations/${investigationId}`);
      assert.equal(response.statusCode, 200, response.body);
      const investigation = response.json();
      assert.equal(investigation.victims.length, 2);
      for (const victim of investigation.victims) {
        assert.equal(victim.identityShown, false);
        assert.equal(victim.caseReference, null);
        assert.equal(victim.victims, null);
      }
      assert.equal(investigation.suspects[0].names, null, 'no person:read, no suspect names either');
      assert.equal(investigation.charges[0].outcome, 'convicted');
      assert.doesNotMatch(response.body, /Mya Thandar|Ani Suryani|Yani/);
      const reads = await platform().db.query<{ action: string }>(
        'select action from audit_event where request_id = $1',
        [String(response.headers['x-request-id'])],
      );
      assert.deepEqual(
        reads.map((r) => r.action),
        ['investigation.read'],
        'no victim read is audited, for none happened',
      );
    });

    it('does not let a user without case:read link a victim, even of their own agency', async () => {
      const { caseId } = await personWithCase(police, { names: [{ fullName: 'Another victim' }] });
      const before = await snapshot();
      const response = await clerk.request('POST', `/api/investigations/${investigationId}/victims`, {
        caseId,
      });
      assert.ok([400, 403, 404].includes(response.statusCode), response.body);
      assert.deepEqual(await snapshot(), before);
    });

    it('shows another agency nothing and lets it change nothing', async () => {
      const before = await snapshot();
      const attempts: [string, string, unknown][] = [
        ['GET', `/api/investigations/${investigationId}`, undefined],
        [
          'POST',
          `/api/investigations/${investigationId}/charges`,
          {
            suspectId: crypto.randomUUID(),
            offenceCode: 'atipsom.12',
            chargedOn: '2025-04-01',
          },
        ],
        ['POST', `/api/charges/${chargeId}/outcomes`, { outcome: 'acquitted', decidedOn: '2025-08-01' }],
        [
          'POST',
          `/api/restitution-orders/${orderId}/payments`,
          {
            amount: { amount: '1', currency: 'MYR' },
            paidOn: '2025-08-01',
          },
        ],
      ];
      for (const session of [prosecutor, welfare]) {
        for (const [method, url, body] of attempts) {
          const response = await session.request(method, url, body);
          assert.equal(response.statusCode, 404, `${method} ${url}: ${response.body}`);
        }
        assert.deepEqual((await session.request('GET', '/api/investigations')).json().items, []);
        const figures = await session.request(
          'GET',
          '/api/prosecution/figures?from=2025-01-01&to=2025-12-31',
        );
        assert.equal(figures.statusCode, 200, figures.body);
        assert.deepEqual(figures.json().periods, []);
      }
      assert.deepEqual(await snapshot(), before);
    });

    it('refuses an investigation to a user of the agency who does not manage prosecutions', async () => {
      const before = await snapshot();
      const response = await officer.request('POST', '/api/investigations', {
        reference: 'IP/RLS/2',
        openedOn: '2025-03-01',
        offenceCodes: ['atipsom.12'],
      });
      assert.equal(response.statusCode, 403, response.body);
      assert.equal((await officer.request('GET', `/api/investigations/${investigationId}`)).statusCode, 404);
      assert.deepEqual(await snapshot(), before);
    });

    it('shows no row of any table to another agency, even with every permission, and lets none be added', async () => {
      const all = ['prosecution:manage', 'case:read', 'person:read', 'statistics:read'];
      for (const table of prosecutionTables) {
        assert.deepEqual(await asTenant(prosecutor, all, `select * from ${table}`), [], table);
        assert.ok(
          (await asTenant(police, ['prosecution:manage'], `select * from ${table}`)).length > 0,
          table,
        );
      }
      await assert.rejects(
        asTenant(
          prosecutor,
          all,
          `insert into investigation (agency_id, reference, opened_on, created_by) values ($1, 'X', '2025-01-01', $2)`,
          [police.agencyId, prosecutor.userId],
        ),
        (error: { code?: string }) => error.code === '42501',
      );
    });

    it('never lets a record be changed or removed, even by its own agency', async () => {
      for (const table of prosecutionTables) {
        await assert.rejects(
          asTenant(police, ['prosecution:manage'], `update ${table} set agency_id = agency_id`),
          (error: { code?: string }) => error.code === '42501',
          table,
        );
        await assert.rejects(
          asTenant(police, ['prosecution:manage'], `delete from ${table}`),
          (error: { code?: string }) => error.code === '42501',
          table,
        );
      }
    });

    it('refuses payments above the amount ordered in the database itself', async () => {
      await assert.rejects(
        asTenant(
          police,
          ['prosecution:manage'],
          `insert into restitution_payment (order_id, agency_id, amount, currency, paid_on, recorded_by)
           values ($1, $2, 2000.01, 'MYR', '2025-08-01', $3)`,
          [orderId, police.agencyId, police.userId],
        ),
        (error: { code?: string }) => error.code === '23514',
      );
    });

    it("gives figures only as counts: the agency's own, the country's to a statistics reader", async () => {
      const figures = (from: TestSession, permissions: string[]) =>
        asTenant(
          from,
          permissions,
          `select * from lindung_prosecution_figures('2025-01-01', '2025-12-31', 'year')`,
        );
      assert.deepEqual(await figures(police, ['case:read']), []);
      assert.deepEqual(await figures(prosecutor, ['prosecution:manage']), []);
      const own = await figures(police, ['prosecution:manage']);
      const national = await figures(prosecutor, ['statistics:read']);
      assert.ok(own.length > 0);
      assert.deepEqual(national, own);
    });
  });
}
