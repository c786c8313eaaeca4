import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { countRows, created, openInvestigation, recordPerson } from './prosecution.factory.ts';

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

function problem(response: LightMyRequestResponse, status: number, code: string, field?: string) {
  assert.equal(response.statusCode, status, response.body);
  assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
  const body = response.json();
  assert.equal(body.code, code, response.body);
  if (field)
    assert.ok(
      body.errors.some((e: { field: string }) => e.field === field),
      response.body,
    );
}

for (const kind of await testDatabaseKinds()) {
  describe(`prosecution refuses bad input, clearly and writing nothing [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let police: TestSession;
    let investigationId: string;
    let suspectId: string;
    let victimLink: string;
    let chargeId: string;

    const snapshot = async () => {
      const counts: Record<string, number> = {};
      for (const table of prosecutionTables) counts[table] = await countRows(platform().db, table);
      // A refusal is audited, as a failure (decision 0130) or, not found, as denied (0138);
      // nothing else may be written.
      const [audited] = await platform().db.query<{ n: number }>(
        "select count(*)::int as n from audit_event where outcome not in ('failure', 'denied')",
      );
      counts.audit_event = audited?.n ?? 0;
      return counts;
    };
    /** Sends a request that must be refused, and checks that no row of any table was added. */
    const refused = async (method: string, url: string, body: unknown) => {
      const before = await snapshot();
      const response = await police.request(method, url, body);
      assert.deepEqual(await snapshot(), before, `${method} ${url} wrote something`);
      return response;
    };

    it('sets up an investigation with a victim, a suspect and a charge', async () => {
      police = await signInAs(platform().app, 'investigator.pdrm@demo.lindung.org');
      investigationId = await openInvestigation(police, { reference: 'IP/1' });
      const { caseId } = await personWithCase(police, { names: [{ fullName: 'Mya Thandar' }] });
      victimLink = created(
        await police.request('POST', `/api/investigations/${investigationId}/victims`, { caseId }),
      ).id;
      suspectId = created(
        await police.request('POST', `/api/investigations/${investigationId}/suspects`, {
          personId: await recordPerson(police, 'Tan Ah Kow'),
        }),
      ).id;
      chargeId = created(
        await police.request('POST', `/api/investigations/${investigationId}/charges`, {
          suspectId,
          offenceCode: 'atipsom.12',
          chargedOn: '2025-04-01',
        }),
      ).id;
    });

    it('refuses an arrest dated before the investigation was opened', async () => {
      const response = await refused('POST', `/api/investigations/${investigationId}/arrests`, {
        suspectId,
        arrestedOn: '2025-02-28',
        place: 'Kota Kinabalu',
      });
      problem(response, 400, 'validation_failed', 'arrestedOn');
      assert.match(response.json().errors[0].message, /before the investigation was opened \(2025-03-01\)/);
    });

    it('refuses an outcome dated before the charge, and a sentence without a conviction', async () => {
      problem(
        await refused('POST', `/api/charges/${chargeId}/outcomes`, {
          outcome: 'convicted',
          decidedOn: '2025-03-31',
        }),
        400,
        'validation_failed',
        'decidedOn',
      );
      problem(
        await refused('POST', `/api/charges/${chargeId}/outcomes`, {
          outcome: 'acquitted',
          decidedOn: '2025-05-01',
          sentence: { prisonMonths: 12 },
        }),
        400,
        'validation_failed',
        'sentence',
      );
    });

    it('has no conviction without a charge', async () => {
      problem(
        await refused('POST', `/api/charges/${crypto.randomUUID()}/outcomes`, {
          outcome: 'convicted',
          decidedOn: '2025-05-01',
        }),
        404,
        'charge_not_found',
      );
      problem(
        await refused('POST', `/api/investigations/${investigationId}/charges`, {
          offenceCode: 'atipsom.12',
          chargedOn: '2025-04-01',
        }),
        400,
        'validation_failed',
        'suspectId',
      );
    });

    it("refuses offence codes outside the agency's jurisdiction pack", async () => {
      problem(
        await refused('POST', `/api/investigations/${investigationId}/charges`, {
          suspectId,
          offenceCode: 'palermo.tip',
          chargedOn: '2025-04-01',
        }),
        400,
        'validation_failed',
        'offenceCode',
      );
      problem(
        await refused('POST', '/api/investigations', {
          reference: 'IP/2',
          openedOn: '2025-03-01',
          offenceCodes: ['atipsom.12', 'vn.150'],
        }),
        400,
        'validation_failed',
        'offenceCodes.1',
      );
    });

    it('refuses a reference already used, future dates and unknown fields', async () => {
      problem(
        await refused('POST', '/api/investigations', {
          reference: 'IP/1',
          openedOn: '2025-03-01',
          offenceCodes: ['atipsom.12'],
        }),
        409,
        'investigation_reference_taken',
        'reference',
      );
      problem(
        await refused('POST', '/api/investigations', {
          reference: 'IP/3',
          openedOn: '2999-01-01',
          offenceCodes: ['atipsom.12'],
        }),
        400,
        'validation_failed',
        'openedOn',
      );
      problem(
        await refused('POST', `/api/investigations/${investigationId}/arrests`, {
          suspectId,
          arrestedOn: '2025-03-05',
          place: 'Kota Kinabalu',
          victimName: 'x',
        }),
        400,
        'validation_failed',
        'victimName',
      );
    });

    it("refuses a suspect who is not a person of the agency's, and a person named twice", async () => {
      const welfare = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const { personId: welfarePerson } = await personWithCase(welfare);
      problem(
        await refused('POST', `/api/investigations/${investigationId}/suspects`, { personId: welfarePerson }),
        400,
        'validation_failed',
        'personId',
      );
      const [row] = await platform().db.query<{ person_id: string }>(
        'select person_id from suspect where id = $1',
        [suspectId],
      );
      problem(
        await refused('POST', `/api/investigations/${investigationId}/suspects`, {
          personId: row?.person_id,
        }),
        409,
        'suspect_already_named',
        'personId',
      );
    });

    it('refuses restitution before a conviction, and payments above the order or in another currency', async () => {
      const order = {
        victimId: victimLink,
        kind: 'restitution',
        amount: { amount: '1000.00', currency: 'MYR' },
        orderedOn: '2025-07-15',
      };
      problem(
        await refused('POST', `/api/charges/${chargeId}/restitution-orders`, order),
        422,
        'restitution_without_conviction',
      );
      created(
        await police.request('POST', `/api/charges/${chargeId}/outcomes`, {
          outcome: 'convicted',
          decidedOn: '2025-07-15',
        }),
      );
      problem(
        await refused('POST', `/api/charges/${chargeId}/restitution-orders`, {
          ...order,
          victimId: crypto.randomUUID(),
        }),
        400,
        'validation_failed',
        'victimId',
      );
      problem(
        await refused('POST', `/api/charges/${chargeId}/restitution-orders`, {
          ...order,
          orderedOn: '2025-07-14',
        }),
        400,
        'validation_failed',
        'orderedOn',
      );
      const orderId = created(
        await police.request('POST', `/api/charges/${chargeId}/restitution-orders`, order),
      ).id;
      const first = { amount: { amount: '600', currency: 'MYR' }, paidOn: '2025-08-01' };
      const key = { 'idempotency-key': 'restitution-payment-1' };
      created(await police.request('POST', `/api/restitution-orders/${orderId}/payments`, first, key));
      const retry = await police.request('POST', `/api/restitution-orders/${orderId}/payments`, first, key);
      assert.equal(retry.statusCode, 201, retry.body);
      assert.equal(retry.headers['idempotent-replayed'], 'true');
      assert.deepEqual(
        retry.json().paid,
        { amount: '600.00', currency: 'MYR' },
        'the retry paid nothing more',
      );
      const over = await refused('POST', `/api/restitution-orders/${orderId}/payments`, {
        amount: { amount: '400.01', currency: 'MYR' },
        paidOn: '2025-08-02',
      });
      problem(over, 422, 'restitution_overpaid');
      assert.match(over.json().detail, /400\.00 MYR is outstanding/);
      problem(
        await refused('POST', `/api/restitution-orders/${orderId}/payments`, {
          amount: { amount: '100', currency: 'USD' },
          paidOn: '2025-08-02',
        }),
        400,
        'validation_failed',
        'amount.currency',
      );
      problem(
        await refused('POST', `/api/restitution-orders/${orderId}/payments`, {
          amount: { amount: '-5', currency: 'MYR' },
          paidOn: '2025-08-02',
        }),
        400,
        'validation_failed',
        'amount.amount',
      );
    });
  });
}
