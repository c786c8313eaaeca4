import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { created, openInvestigation, recordPerson, referredVictim } from './prosecution.factory.ts';

interface Counts {
  investigations: number;
  arrests: number;
  prosecutions: number;
  convictions: number;
}

for (const kind of await testDatabaseKinds()) {
  describe(`prosecution through the API [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let police: TestSession;
    let welfare: TestSession;
    let officer: TestSession;
    let prosecutor: TestSession;
    let coordinator: TestSession;
    let investigationId: string;
    let ownVictimLink: string;
    let referredVictimLink: string;
    let trafficker: string;
    let recruiter: string;
    let traffickingCharge: string;
    let forcedLabourCharge: string;
    let recruiterCharge: string;
    let orderId: string;

    it('signs in the police investigator, a police officer, the welfare case manager, a prosecutor and the coordinator', async () => {
      const { app } = platform();
      police = await signInAs(app, 'investigator.pdrm@demo.lindung.org');
      officer = await signInAs(app, 'officer.pdrm@demo.lindung.org');
      welfare = await signInAs(app, 'cm.jkm@demo.lindung.org');
      prosecutor = await signInAs(app, 'prosecutor.agc@demo.lindung.org');
      coordinator = await signInAs(app, 'coordinator.mapo@demo.lindung.org');
    });

    it('opens an investigation of trafficking and forced labour and links a victim of its own and one referred for investigation', async () => {
      investigationId = await openInvestigation(police, { reference: 'IP/KK/2025/0301' });
      const own = await personWithCase(police, { names: [{ fullName: 'Mya Thandar' }], sex: 'female' });
      ownVictimLink = created(
        await police.request('POST', `/api/investigations/${investigationId}/victims`, {
          caseId: own.caseId,
        }),
      ).id;
      const referred = await referredVictim(welfare, officer, platform().agencyIds.pdrm);
      const link = created(
        await police.request('POST', `/api/investigations/${investigationId}/victims`, {
          referralId: referred.referralId,
        }),
      );
      referredVictimLink = link.id;
      assert.equal(link.identityShown, true);
      assert.deepEqual((link.victims as { names: string[] }[])[0]?.names, ['Ani Suryani', 'Yani']);
    });

    it('names two suspects, one of them a person who is a victim in another case', async () => {
      trafficker = created(
        await police.request('POST', `/api/investigations/${investigationId}/suspects`, {
          personId: await recordPerson(police, 'Tan Ah Kow'),
        }),
      ).id;
      const { personId: alsoVictim } = await personWithCase(police, { names: [{ fullName: 'Siti Aminah' }] });
      const suspect = created(
        await police.request('POST', `/api/investigations/${investigationId}/suspects`, {
          personId: alsoVictim,
        }),
      );
      recruiter = suspect.id;
      assert.deepEqual(suspect.names, ['Siti Aminah']);
    });

    it('prosecutes a suspect to conviction with restitution, paid in two instalments', async () => {
      const path = `/api/investigations/${investigationId}`;
      for (const suspectId of [trafficker, recruiter]) {
        created(
          await police.request('POST', `${path}/arrests`, {
            suspectId,
            arrestedOn: '2025-03-05',
            place: 'Ladang Sawit Kinabatangan, Sabah',
          }),
        );
      }
      const charge = (suspectId: string, offenceCode: string) =>
        police.request('POST', `${path}/charges`, { suspectId, offenceCode, chargedOn: '2025-04-01' });
      const filed = created(await charge(trafficker, 'atipsom.12'));
      traffickingCharge = filed.id;
      assert.equal(filed.offenceCategory, 'trafficking_in_persons');
      assert.equal(filed.outcome, 'pending');
      forcedLabourCharge = created(await charge(trafficker, 'penal_code.374')).id;
      recruiterCharge = created(await charge(recruiter, 'atipsom.12')).id;
      created(
        await police.request('POST', `${path}/hearings`, {
          chargeId: traffickingCharge,
          hearingOn: '2025-06-10',
          court: 'Mahkamah Sesyen Kota Kinabalu',
          kind: 'trial',
        }),
      );

      const outcome = (chargeId: string, body: Record<string, unknown>) =>
        police.request('POST', `/api/charges/${chargeId}/outcomes`, body);
      created(await outcome(traffickingCharge, { outcome: 'pending', decidedOn: '2025-06-10' }));
      const convicted = created(
        await outcome(traffickingCharge, {
          outcome: 'convicted',
          decidedOn: '2025-07-15',
          sentence: { prisonMonths: 96, fine: { amount: '20000.00', currency: 'MYR' } },
        }),
      );
      assert.equal(convicted.outcome, 'convicted');
      assert.deepEqual(
        (convicted.outcomes as { outcome: string }[]).map((o) => o.outcome),
        ['pending', 'convicted'],
      );
      created(await outcome(forcedLabourCharge, { outcome: 'convicted', decidedOn: '2025-07-15' }));
      created(await outcome(recruiterCharge, { outcome: 'acquitted', decidedOn: '2025-07-15' }));

      const order = created(
        await police.request('POST', `/api/charges/${traffickingCharge}/restitution-orders`, {
          victimId: ownVictimLink,
          kind: 'compensation',
          amount: { amount: '5000', currency: 'MYR' },
          orderedOn: '2025-07-15',
        }),
      );
      orderId = order.id;
      for (const [amount, paidOn] of [
        ['2000.50', '2025-08-01'],
        ['2999.50', '2025-09-01'],
      ]) {
        created(
          await police.request('POST', `/api/restitution-orders/${orderId}/payments`, {
            amount: { amount, currency: 'MYR' },
            paidOn,
          }),
        );
      }
      // A retried payment (same Idempotency-Key) is recorded once.
      const payment = { amount: { amount: '0.01', currency: 'MYR' }, paidOn: '2025-09-01' };
      const headers = { 'idempotency-key': 'payment-retry-1' };
      const refusedFirst = await police.request(
        'POST',
        `/api/restitution-orders/${orderId}/payments`,
        payment,
        headers,
      );
      assert.equal(
        refusedFirst.json().code,
        'restitution_overpaid',
        'fully paid: even a cent more is refused',
      );
      const retried = await police.request(
        'POST',
        `/api/restitution-orders/${orderId}/payments`,
        payment,
        headers,
      );
      assert.equal(retried.json().code, 'restitution_overpaid', 'a refused request keeps nothing to replay');

      const detail = (await police.request('GET', path)).json();
      const paid = detail.restitutionOrders[0];
      assert.deepEqual(paid.amount, { amount: '5000.00', currency: 'MYR' });
      assert.deepEqual(paid.paid, { amount: '5000.00', currency: 'MYR' });
      assert.deepEqual(paid.outstanding, { amount: '0.00', currency: 'MYR' });
      assert.equal(paid.payments.length, 2);
      assert.equal(detail.arrests[0].place, 'Ladang Sawit Kinabatangan, Sabah');
      assert.equal(detail.hearings.length, 1);
      assert.deepEqual(
        detail.charges.map((c: { outcome: string }) => c.outcome),
        ['convicted', 'convicted', 'acquitted'],
      );
      const [conviction] = detail.charges[0].outcomes.slice(-1);
      assert.equal(conviction.prisonMonths, 96);
      assert.deepEqual(conviction.fine, { amount: '20000.00', currency: 'MYR' });
    });

    it('shows the investigator both victims and audits the reads of their cases', async () => {
      const response = await police.request('GET', `/api/investigations/${investigationId}`);
      assert.equal(response.statusCode, 200, response.body);
      const victims = response.json().victims as { id: string; identityShown: boolean; victims: unknown }[];
      assert.deepEqual(
        victims.map((v) => [v.id, v.identityShown]),
        [
          [ownVictimLink, true],
          [referredVictimLink, true],
        ],
      );
      const reads = await platform().db.query<{ action: string; subject_type: string; subject_id: string }>(
        'select action, subject_type, subject_id from audit_event where request_id = $1 order by id',
        [String(response.headers['x-request-id'])],
      );
      const [ownLink, referredLink] = response.json().victims as { caseId: string; referralId: string }[];
      assert.deepEqual(
        reads.map((r) => [r.action, r.subject_id]),
        [
          ['case.read', ownLink?.caseId],
          ['referral.read', referredLink?.referralId],
          ['investigation.read', investigationId],
        ],
      );
    });

    it('shows a user who manages prosecutions but may not read cases the links, and not who the victims are', async () => {
      const { app, db, agencyIds } = platform();
      await db.query(`insert into role (code, description) values ('court_clerk', 'Files court papers')`);
      await db.query(
        `insert into role_permission (role_code, permission) values ('court_clerk', 'prosecution:manage')`,
      );
      const admin = await signInAs(app, 'admin@demo.lindung.org');
      const password = 'a long enough clerk password';
      const user = await admin.request('POST', '/api/users', {
        email: 'clerk.pdrm@example.gov.my',
        displayName: 'Court clerk',
        password,
        memberships: [{ agencyId: agencyIds.pdrm, role: 'court_clerk' }],
      });
      assert.equal(user.statusCode, 201, user.body);
      const clerk = await signInAs(app, 'clerk.pdrm@example.gov.my', {}, password);
      const response = await clerk.request('GET', `/api/investigations/${investigationId}`);
      assert.equal(response.statusCode, 200, response.body);
      const { victims, suspects, charges } = response.json();
      assert.deepEqual(
        victims.map((v: { identityShown: boolean; victims: unknown; caseReference: unknown }) => [
          v.identityShown,
          v.victims,
          v.caseReference,
        ]),
        [
          [false, null, null],
          [false, null, null],
        ],
      );
      assert.ok(suspects.every((s: { names: unknown }) => s.names === null));
      assert.equal(charges[0].outcome, 'convicted');
      const linking = await clerk.request('POST', `/api/investigations/${investigationId}/victims`, {
        caseId: victims[0].caseId,
      });
      assert.equal(linking.statusCode, 403, 'linking a case needs case:read');
    });

    it("hides a referred victim's identity from the investigation once her consent is withdrawn", async () => {
      const { referralId, consentId } = await referredVictim(welfare, officer, platform().agencyIds.pdrm);
      const path = `/api/investigations/${investigationId}`;
      const link = created(await police.request('POST', `${path}/victims`, { referralId }));
      assert.equal(link.identityShown, true);
      const withdrawn = await welfare.request('POST', `/api/consents/${consentId}/withdraw`, {});
      assert.equal(withdrawn.statusCode, 200, withdrawn.body);
      const victims = (await police.request('GET', path)).json().victims as {
        id: string;
        identityShown: boolean;
      }[];
      const after = victims.find((victim) => victim.id === link.id);
      assert.equal(after?.identityShown, false);
    });

    it('audits every change', async () => {
      const rows = await platform().db.query<{ action: string; n: number }>(
        `select action, count(*)::int as n from audit_event
          where (action like 'investigation.%' or action like 'charge.%' or action like 'restitution.%')
            and outcome = 'success'
          group by action order by action`,
      );
      const byAction = Object.fromEntries(rows.map((r) => [r.action, r.n]));
      assert.equal(byAction['investigation.open'], 1);
      assert.equal(byAction['investigation.link_victim'], 3);
      assert.equal(byAction['investigation.add_suspect'], 2);
      assert.equal(byAction['investigation.record_arrest'], 2);
      assert.equal(byAction['charge.file'], 3);
      assert.equal(byAction['charge.record_outcome'], 4);
      assert.equal(byAction['investigation.schedule_hearing'], 1);
      assert.equal(byAction['restitution.order'], 1);
      assert.equal(byAction['restitution.pay'], 2);
      const timeline = await platform().db.query<{ detail: { investigationId: string } }>(
        `select detail from case_event where kind = 'case.linked_to_investigation'`,
      );
      assert.deepEqual(
        timeline.map((event) => event.detail.investigationId),
        [investigationId],
        "the police's own case shows the link on its timeline; the referred one is not the police's",
      );
    });

    it('gives figures by offence category that match the records created', async () => {
      const detail = (await police.request('GET', `/api/investigations/${investigationId}`)).json();
      const response = await police.request(
        'GET',
        '/api/prosecution/figures?from=2025-01-01&to=2025-12-31&groupBy=year',
      );
      assert.equal(response.statusCode, 200, response.body);
      const figures = response.json();
      assert.equal(figures.scope, 'agency');
      assert.equal(figures.periods.length, 1);
      const [year] = figures.periods;
      assert.equal(year.period, '2025-01-01');

      // What the records say, counted here from the investigation's own detail.
      const suspectPerson = new Map(
        detail.suspects.map((s: { id: string; personId: string }) => [s.id, s.personId]),
      );
      type ChargeView = { suspectId: string; offenceCategory: string; outcome: string };
      const expected = (category?: string): Counts => {
        const inCategory = (detail.charges as ChargeView[]).filter(
          (c) => !category || c.offenceCategory === category,
        );
        const investigated =
          !category || detail.offences.some((o: { category: string }) => o.category === category) ? 1 : 0;
        return {
          investigations: investigated,
          arrests: investigated * detail.arrests.length,
          prosecutions: new Set(inCategory.map((c) => suspectPerson.get(c.suspectId))).size,
          convictions: new Set(
            inCategory.filter((c) => c.outcome === 'convicted').map((c) => suspectPerson.get(c.suspectId)),
          ).size,
        };
      };
      assert.deepEqual(year.total, expected());
      assert.deepEqual(year.total, { investigations: 1, arrests: 2, prosecutions: 2, convictions: 1 });
      for (const row of year.byCategory as (Counts & { category: string })[]) {
        const { category, ...counts } = row;
        assert.deepEqual(counts, expected(category), category);
      }
      const forcedLabour = year.byCategory.find((c: { category: string }) => c.category === 'forced_labour');
      assert.deepEqual(
        { ...forcedLabour, category: undefined },
        { category: undefined, investigations: 1, arrests: 2, prosecutions: 1, convictions: 1 },
      );
    });

    it('groups the figures by quarter, and counts nothing outside the period', async () => {
      const quarters = (
        await police.request('GET', '/api/prosecution/figures?from=2025-01-01&to=2025-12-31&groupBy=quarter')
      ).json();
      assert.deepEqual(
        quarters.periods.map((p: { period: string; total: Counts }) => [p.period, p.total]),
        [
          ['2025-01-01', { investigations: 1, arrests: 2, prosecutions: 0, convictions: 0 }],
          ['2025-04-01', { investigations: 0, arrests: 0, prosecutions: 2, convictions: 0 }],
          ['2025-07-01', { investigations: 0, arrests: 0, prosecutions: 0, convictions: 1 }],
        ],
      );
      const none = (
        await police.request('GET', '/api/prosecution/figures?from=2024-01-01&to=2024-12-31')
      ).json();
      assert.deepEqual(none.periods, []);
    });

    it("gives the coordinator the country's figures and other agencies only their own", async () => {
      const url = '/api/prosecution/figures?from=2025-01-01&to=2025-12-31';
      const national = (await coordinator.request('GET', url)).json();
      assert.equal(national.scope, 'national');
      // One investigation, two arrests: beyond the agency, counts under the threshold (5) could name
      // a person, so they are null and marked (the agency itself sees 1, 2, 2, 1); zero is shown.
      assert.deepEqual(national.periods[0].total, {
        investigations: null,
        arrests: null,
        prosecutions: null,
        convictions: null,
        suppressed: true,
      });
      const untouched = national.periods[0].byCategory.filter(
        (c: { investigations: number | null; suppressed?: true }) => c.investigations === 0 && !c.suppressed,
      );
      assert.ok(untouched.length > 0, 'a category with nothing counted is shown as zero, unmarked');
      const agc = (await prosecutor.request('GET', url)).json();
      assert.equal(agc.scope, 'agency');
      assert.deepEqual(agc.periods, []);
      const refused = await welfare.request('GET', url);
      assert.equal(refused.statusCode, 403);
      const backwards = await police.request('GET', '/api/prosecution/figures?from=2025-12-31&to=2025-01-01');
      assert.equal(backwards.statusCode, 400);
      assert.equal(backwards.json().errors[0].field, 'query.from');
      const long = await police.request('GET', '/api/prosecution/figures?from=2005-01-01&to=2025-01-01');
      assert.equal(long.statusCode, 400, long.body);
      assert.deepEqual(
        long.json().errors.map((error: { field: string; code: string }) => [error.field, error.code]),
        [['query.to', 'period_too_long']],
      );
    });

    it('answers 404 to another agency for the investigation, its charges and its restitution orders', async () => {
      const attempts: [string, string, unknown][] = [
        ['GET', `/api/investigations/${investigationId}`, undefined],
        ['POST', `/api/investigations/${investigationId}/suspects`, { personId: trafficker }],
        [
          'POST',
          `/api/investigations/${investigationId}/charges`,
          {
            suspectId: trafficker,
            offenceCode: 'atipsom.12',
            chargedOn: '2025-04-01',
          },
        ],
        [
          'POST',
          `/api/charges/${recruiterCharge}/outcomes`,
          { outcome: 'convicted', decidedOn: '2025-08-01' },
        ],
        [
          'POST',
          `/api/restitution-orders/${orderId}/payments`,
          {
            amount: { amount: '1', currency: 'MYR' },
            paidOn: '2025-09-02',
          },
        ],
      ];
      for (const [method, url, body] of attempts) {
        const response = await prosecutor.request(method, url, body);
        assert.equal(response.statusCode, 404, `${method} ${url}: ${response.body}`);
        assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
      }
      const list = (await prosecutor.request('GET', '/api/investigations')).json();
      assert.deepEqual(list.items, []);
    });

    it('puts hearings ahead on the deadline dashboard as court dates, and hearings held not', async () => {
      const ahead = created(
        await police.request('POST', `/api/investigations/${investigationId}/hearings`, {
          chargeId: traffickingCharge,
          hearingOn: '2099-01-15',
          court: 'Mahkamah Tinggi Kota Kinabalu',
          kind: 'appeal',
        }),
      );
      const deadlines = (await police.request('GET', '/api/deadlines?sourceKind=court_date')).json();
      assert.deepEqual(
        deadlines.items.map((d: { sourceId: string; dueOn: string; ownerUserId: string }) => [
          d.sourceId,
          d.dueOn,
          d.ownerUserId,
        ]),
        [[ahead.id, '2099-01-15', police.userId]],
      );

      // A prosecution service's staff, who do not write cases, have their court dates too.
      const agcInvestigation = await openInvestigation(prosecutor, { reference: 'AGC/2025/77' });
      const agcHearing = created(
        await prosecutor.request('POST', `/api/investigations/${agcInvestigation}/hearings`, {
          hearingOn: '2099-02-01',
          court: 'Mahkamah Sesyen Kuala Lumpur',
          kind: 'mention',
        }),
      );
      const agcDeadlines = (await prosecutor.request('GET', '/api/deadlines?sourceKind=court_date')).json();
      assert.deepEqual(
        agcDeadlines.items.map((d: { sourceId: string }) => d.sourceId),
        [agcHearing.id],
      );
    });

    it("offers the offences of the agency's jurisdiction pack, labelled in every language", async () => {
      const options = (await police.request('GET', '/api/prosecution/options')).json();
      const tip = options.offences.find((o: { code: string }) => o.code === 'atipsom.12');
      assert.equal(tip.category, 'trafficking_in_persons');
      assert.deepEqual(Object.keys(tip.title).sort(), ['en', 'id', 'ms', 'vi']);
      assert.ok(options.offences.every((o: { code: string }) => !o.code.startsWith('palermo.')));
      assert.equal(options.outcomes.convicted.ms, 'Disabitkan');
    });

    it("lists the agency's investigations page by page, most recently opened first", async () => {
      const later = await openInvestigation(police, { reference: 'IP/LIST/2', openedOn: '2025-05-01' });
      const latest = await openInvestigation(police, { reference: 'IP/LIST/3', openedOn: '2025-06-01' });
      const first = (await police.request('GET', '/api/investigations?limit=2')).json();
      assert.deepEqual(
        first.items.map((i: { id: string }) => i.id),
        [latest, later],
      );
      const second = (
        await police.request('GET', `/api/investigations?limit=2&cursor=${first.nextCursor}`)
      ).json();
      assert.deepEqual(
        second.items.map((i: { id: string }) => i.id),
        [investigationId],
      );
      assert.equal(second.nextCursor, null);
      const forged = Buffer.from(JSON.stringify(['not a date', 'x'])).toString('base64url');
      const refused = await police.request('GET', `/api/investigations?cursor=${forged}`);
      assert.equal(refused.statusCode, 400);
      assert.equal(refused.json().errors[0].field, 'query.cursor');
    });

    it('refuses investigations to users who do not manage prosecutions', async () => {
      const response = await welfare.request('POST', '/api/investigations', {
        reference: 'X/1',
        openedOn: '2025-03-01',
        offenceCodes: ['atipsom.12'],
      });
      assert.equal(response.statusCode, 403);
    });
  });
}
