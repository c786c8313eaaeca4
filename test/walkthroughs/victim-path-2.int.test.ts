import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { addDuration } from '../../src/jurisdictions/index.ts';
import { todayIn } from '../../src/modules/agencies/index.ts';
import {
  createMailer,
  reminderEmailHandler,
  reminderEmailJob,
  sweepRemindersHandler,
  sweepRemindersJob,
} from '../../src/modules/deadlines/index.ts';
import { answer, recordConsent, refer } from '../../src/modules/referrals/referral.factory.ts';
import { outcomes, repatriationBody } from '../../src/modules/repatriation/repatriation.factory.ts';
import { testDatabaseKinds } from '../support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../support/platform.ts';

/**
 * Issue 5's walkthrough, through the API with the demo users: a victim of trafficking found in
 * Malaysia is sheltered, protected by an interim order and then a protection order, screened for
 * infectious disease, repatriated to Indonesia and followed up there, while the police take her
 * trafficker to conviction with restitution; the figures and dashboards then match the records.
 * Dates are counted back from today in Kuala Lumpur so that the order is in force and every
 * follow-up and payment lies in the past.
 */

const kl = 'Asia/Kuala_Lumpur';
const daysAgo = (days: number) => addDuration(todayIn(kl), { amount: -days, unit: 'days' });

function created(response: LightMyRequestResponse) {
  assert.equal(response.statusCode, 201, response.body);
  return response.json();
}

function ok(response: LightMyRequestResponse) {
  assert.equal(response.statusCode, 200, response.body);
  return response.json();
}

for (const kind of await testDatabaseKinds()) {
  describe(`issue 5 walkthrough: the victim's path from shelter to reintegration and conviction [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession; // case manager, Jabatan Kebajikan Masyarakat (Malaysia)
    let health: TestSession; // health worker at JKM
    let jpw: TestSession; // shelter staff, the women's shelters
    let kemensos: TestSession; // case manager, Indonesia's social ministry
    let police: TestSession; // investigator, Royal Malaysia Police
    let officer: TestSession; // police officer who answers referrals
    let coordinator: TestSession; // Malaysia's national coordinator (statistics:read)
    let personId: string;
    let caseId: string;
    let shelterId: string;
    let occupiedBefore: number;
    let interimId: string;
    let fullId: string;
    let repatriationId: string;
    let planId: string;
    let investigationId: string;

    it('admits a victim to a shelter of another agency after a shelter referral', async () => {
      const { app } = platform();
      jkm = await signInAs(app, 'cm.jkm@demo.lindung.org');
      health = await signInAs(app, 'health.jkm@demo.lindung.org');
      jpw = await signInAs(app, 'shelter.jpw@demo.lindung.org');
      kemensos = await signInAs(app, 'cm.kemensos@demo.lindung.org');
      police = await signInAs(app, 'investigator.pdrm@demo.lindung.org');
      officer = await signInAs(app, 'officer.pdrm@demo.lindung.org');
      coordinator = await signInAs(app, 'coordinator.mapo@demo.lindung.org');

      personId = created(
        await jkm.request('POST', '/api/persons', {
          names: [{ fullName: 'Siti Aminah' }],
          sex: 'female',
          birth: { precision: 'year', year: 1998 },
          nationality: 'ID',
        }),
      ).id;
      caseId = created(await jkm.request('POST', '/api/cases', { type: 'victim_case', personId })).id;
      const consentId = await recordConsent(jkm, personId, {
        givenOn: daysAgo(100),
        recipientAgencyIds: [jpw.agencyId, police.agencyId],
        purposes: ['shelter', 'investigation'],
        dataCategories: ['identity', 'case_facts'],
      });
      const shelterReferral = await refer(jkm, {
        caseId,
        consentId,
        toAgencyId: jpw.agencyId,
        purpose: 'shelter',
        services: ['shelter'],
      });
      await answer(jpw, shelterReferral, 'accept');

      const before = ok(await jkm.request('GET', '/api/shelters/occupancy?country=MY'));
      const women = before.shelters.find((s: { name: string }) =>
        s.name.startsWith('Rumah Perlindungan Wanita'),
      );
      assert.ok(women, JSON.stringify(before.shelters));
      shelterId = women.shelterId;
      occupiedBefore = women.occupied;
      const placed = created(
        await jkm.request('POST', '/api/placements', {
          caseId,
          shelterId,
          reason: 'safety',
          admittedOn: daysAgo(100),
        }),
      );
      assert.equal(placed.personId, personId);
      assert.equal(placed.current, true);
      assert.equal(placed.referralId, shelterReferral);
    });

    it('issues a Malaysian interim protection order expiring 21 days after it was made, with its reminder', async () => {
      // Made 14 days ago: it expires in 7 days, so today is its first reminder day.
      const order = created(
        await jkm.request('POST', `/api/cases/${caseId}/protection-orders`, {
          kind: 'interim',
          personId,
          court: 'Mahkamah Majistret Kuala Lumpur',
          magistrate: 'Tuan Majistret',
          courtReference: 'KL-IPO-41',
          appliedOn: daysAgo(14),
          issuedOn: daysAgo(14),
        }),
      );
      interimId = order.id;
      assert.equal(order.jurisdiction, 'my');
      assert.deepEqual(order.period, { amount: 21, unit: 'days' });
      assert.equal(order.expiresOn, addDuration(daysAgo(14), { amount: 21, unit: 'days' }));
      assert.equal(order.expiresOn, addDuration(daysAgo(0), { amount: 7, unit: 'days' }));
      assert.equal(order.deadline.dueOn, order.expiresOn);
      const dashboard = ok(await jkm.request('GET', '/api/deadlines/mine?bucket=upcoming'));
      assert.ok(dashboard.items.some((d: { sourceId: string }) => d.sourceId === interimId));

      // The reminder sweep job, run directly as the job queue runs it (with the deployment's lead days).
      const job = { id: 'walkthrough', kind: sweepRemindersJob, payload: {}, attempts: 1, maxAttempts: 1 };
      await sweepRemindersHandler(platform().db, platform().config)(job);
      const inbox = ok(await jkm.request('GET', '/api/notifications?unread=true'));
      const reminder = inbox.items.find((n: { deadlineId: string }) => n.deadlineId === order.deadline.id);
      assert.ok(reminder, JSON.stringify(inbox));
      assert.equal(reminder.detail.leadDays, 7);
      assert.equal(reminder.detail.dueOn, order.expiresOn);
      assert.doesNotMatch(JSON.stringify(reminder), /Siti|Aminah/, 'a reminder names no person');

      // Its e-mail, queued by the sweep, goes through the log transport of the demo: ids only.
      const [email] = await platform().db.query<{ id: string; payload: Record<string, unknown> }>(
        `select id, payload from job where kind = $1 and payload ->> 'notificationId' = $2`,
        [reminderEmailJob, reminder.id],
      );
      assert.ok(email, 'an e-mail is queued for the reminder');
      const logged: Record<string, unknown>[] = [];
      const mailer = createMailer(platform().config, { info: (detail) => logged.push(detail) });
      await reminderEmailHandler(
        platform().db,
        mailer,
      )({ ...job, id: email.id, kind: reminderEmailJob, payload: email.payload });
      assert.equal(logged.length, 1);
      assert.equal(logged[0]?.mail, 'logged_not_sent');
      assert.doesNotMatch(JSON.stringify(logged), /Siti|Aminah|@demo/);
    });

    it('extends it to a protection order, which takes over the deadline', async () => {
      const order = created(
        await jkm.request('POST', `/api/protection-orders/${interimId}/extend`, {
          court: 'Mahkamah Majistret Kuala Lumpur',
          appliedOn: daysAgo(2),
          issuedOn: daysAgo(1),
        }),
      );
      fullId = order.id;
      assert.equal(order.kind, 'full');
      assert.equal(order.followsOrderId, interimId);
      assert.equal(order.expiresOn, addDuration(daysAgo(1), { amount: 3, unit: 'months' }));
      const interim = ok(await jkm.request('GET', `/api/protection-orders/${interimId}`));
      assert.equal(interim.status, 'superseded');
      assert.equal(interim.deadline.status, 'done');
    });

    it('records a health screening that only health roles see', async () => {
      const screening = created(
        await health.request('POST', `/api/cases/${caseId}/health-screenings`, {
          screenedOn: daysAgo(99),
          consent: { given: true, basis: 'written', reference: 'JKM/HS/0141' },
          symptoms: ['cough'],
          tests: [{ code: 'tuberculosis', takenOn: daysAgo(99), result: 'negative', resultOn: daysAgo(97) }],
          notes: 'Tired, eating little.',
        }),
      );
      const seen = ok(await health.request('GET', `/api/health-screenings/${screening.id}`));
      assert.equal(seen.notes, 'Tired, eating little.');
      assert.equal(
        (await jkm.request('GET', `/api/cases/${caseId}/health-screenings`)).statusCode,
        403,
        'the case manager may not list screenings',
      );
      assert.equal((await jkm.request('GET', `/api/health-screenings/${screening.id}`)).statusCode, 404);
      const timeline = ok(await jkm.request('GET', `/api/cases/${caseId}/timeline`));
      const screened = timeline.items.filter((e: { kind: string }) => e.kind === 'case.health_screened');
      assert.equal(screened.length, 1);
      assert.doesNotMatch(JSON.stringify(timeline), /cough|tuberculosis|negative|Tired/);
    });

    it('repatriates her to Indonesia, the departure recorded by Malaysia and the hand-over by Indonesia', async () => {
      repatriationId = created(
        await jkm.request(
          'POST',
          `/api/cases/${caseId}/repatriations`,
          repatriationBody(kemensos.agencyId, { plannedOn: daysAgo(70) }),
        ),
      ).id;
      const early = await kemensos.request('POST', `/api/repatriations/${repatriationId}/departure`, {
        departedOn: daysAgo(70),
      });
      assert.equal(early.statusCode, 403, 'the receiver does not record the departure');
      assert.equal(
        ok(
          await jkm.request('POST', `/api/repatriations/${repatriationId}/departure`, {
            departedOn: daysAgo(70),
          }),
        ).status,
        'departed',
      );
      assert.equal(
        (
          await jkm.request('POST', `/api/repatriations/${repatriationId}/receipt`, {
            handedOverOn: daysAgo(69),
          })
        ).statusCode,
        403,
        'the sender does not confirm the hand-over',
      );
      const received = ok(
        await kemensos.request('POST', `/api/repatriations/${repatriationId}/receipt`, {
          handedOverOn: daysAgo(69),
        }),
      );
      assert.equal(received.status, 'handed_over');
      const kinds = ok(await jkm.request('GET', `/api/cases/${caseId}/timeline`)).items.map(
        (e: { kind: string }) => e.kind,
      );
      assert.ok(kinds.includes('case.repatriation_departed') && kinds.includes('case.repatriation_received'));
    });

    it('opens her reintegration plan in Indonesia and records a follow-up, which meets its deadline', async () => {
      const plan = created(
        await kemensos.request('POST', '/api/reintegration-plans', {
          repatriationId,
          goals: ['Back with her family', 'Small business training'],
        }),
      );
      planId = plan.id;
      assert.equal(plan.returnedOn, daysAgo(69));
      const owed = ok(
        await kemensos.request('GET', '/api/deadlines/mine?sourceKind=reintegration_follow_up'),
      );
      assert.deepEqual(
        owed.items.map((d: { dueOn: string }) => d.dueOn),
        plan.schedule.map((s: { dueOn: string }) => s.dueOn),
      );
      assert.equal(owed.items[0].bucket, 'overdue', 'the first follow-up was due a month after the return');
      const followedUp = created(
        await kemensos.request('POST', `/api/reintegration-plans/${planId}/follow-ups`, {
          heldOn: daysAgo(35),
          outcomes: outcomes(),
          notes: 'Living with her mother.',
        }),
      );
      assert.equal(followedUp.followUps.length, 1);
      const left = ok(
        await kemensos.request('GET', '/api/deadlines/mine?sourceKind=reintegration_follow_up'),
      );
      assert.deepEqual(
        left.items.map((d: { dueOn: string }) => d.dueOn),
        plan.schedule.slice(1).map((s: { dueOn: string }) => s.dueOn),
      );
    });

    it('prosecutes her trafficker to conviction with restitution paid to her', async () => {
      const consents = ok(await jkm.request('GET', `/api/persons/${personId}/consents`));
      const consentId = consents.items[0].id;
      const referralId = await refer(jkm, {
        caseId,
        consentId,
        toAgencyId: police.agencyId,
        purpose: 'investigation',
        services: ['legal_aid'],
      });
      await answer(officer, referralId, 'accept');
      investigationId = created(
        await police.request('POST', '/api/investigations', {
          reference: 'IP/KL/0041',
          openedOn: daysAgo(90),
          offenceCodes: ['atipsom.12'],
        }),
      ).id;
      const path = `/api/investigations/${investigationId}`;
      const victim = created(await police.request('POST', `${path}/victims`, { referralId }));
      assert.equal(victim.identityShown, true);
      const suspectPerson = created(
        await police.request('POST', '/api/persons', { names: [{ fullName: 'Tan Ah Kow' }], sex: 'male' }),
      ).id;
      const suspect = created(
        await police.request('POST', `${path}/suspects`, { personId: suspectPerson }),
      ).id;
      created(
        await police.request('POST', `${path}/arrests`, {
          suspectId: suspect,
          arrestedOn: daysAgo(85),
          place: 'Chow Kit, Kuala Lumpur',
        }),
      );
      const charge = created(
        await police.request('POST', `${path}/charges`, {
          suspectId: suspect,
          offenceCode: 'atipsom.12',
          chargedOn: daysAgo(80),
        }),
      ).id;
      const courtDates = async () =>
        ok(await police.request('GET', '/api/deadlines/mine?sourceKind=court_date')).items.map(
          (d: { sourceId: string; dueOn: string }) => [d.sourceId, d.dueOn],
        );
      // The trial sits today: a court date on the investigator's dashboard until the verdict.
      const trial = created(
        await police.request('POST', `${path}/hearings`, {
          chargeId: charge,
          hearingOn: daysAgo(0),
          court: 'Mahkamah Sesyen Kuala Lumpur',
          kind: 'trial',
        }),
      );
      assert.deepEqual(await courtDates(), [[trial.id, daysAgo(0)]]);
      const convicted = created(
        await police.request('POST', `/api/charges/${charge}/outcomes`, {
          outcome: 'convicted',
          decidedOn: daysAgo(0),
          sentence: { prisonMonths: 96 },
        }),
      );
      assert.equal(convicted.outcome, 'convicted');
      assert.deepEqual(await courtDates(), [], 'the verdict meets the court date');
      const order = created(
        await police.request('POST', `/api/charges/${charge}/restitution-orders`, {
          victimId: victim.id,
          kind: 'compensation',
          amount: { amount: '5000', currency: 'MYR' },
          orderedOn: daysAgo(0),
        }),
      );
      created(
        await police.request('POST', `/api/restitution-orders/${order.id}/payments`, {
          amount: { amount: '5000', currency: 'MYR' },
          paidOn: daysAgo(0),
        }),
      );
      const detail = ok(await police.request('GET', path));
      assert.deepEqual(detail.restitutionOrders[0].outstanding, { amount: '0.00', currency: 'MYR' });
      assert.deepEqual(
        detail.charges.map((c: { outcome: string }) => c.outcome),
        ['convicted'],
      );
    });

    it('gives prosecution figures that match the records, and only suppressed counts nationally', async () => {
      const url = `/api/prosecution/figures?from=${daysAgo(365)}&to=${daysAgo(0)}&groupBy=year`;
      const own = ok(await police.request('GET', url));
      assert.equal(own.scope, 'agency');
      const sum = (key: string) =>
        own.periods.reduce((n: number, p: { total: Record<string, number> }) => n + (p.total[key] ?? 0), 0);
      assert.deepEqual(['investigations', 'arrests', 'prosecutions', 'convictions'].map(sum), [1, 1, 1, 1]);
      const national = ok(await coordinator.request('GET', url));
      assert.equal(national.scope, 'national');
      for (const period of national.periods) {
        assert.equal(period.total.suppressed, true);
        assert.equal(period.total.convictions, null, 'one conviction could name the convicted');
      }
    });

    it('gives reintegration statistics that match the plan and its follow-up, suppressed nationally', async () => {
      const url = `/api/reintegration/statistics?from=${daysAgo(365)}&to=${daysAgo(0)}`;
      const own = ok(await kemensos.request('GET', url));
      assert.equal(own.scope, 'agency');
      assert.deepEqual(own.provinces, [
        {
          country: 'ID',
          province: 'Jawa Timur',
          reintegrated: 1,
          followedUp: 1,
          closed: 0,
          outcomes: Object.fromEntries(
            Object.entries(outcomes()).map(([measure, code]) => [measure, { [code]: 1 }]),
          ),
        },
      ]);
      const indonesia = await signInAs(platform().app, 'coordinator.gugustugas@demo.lindung.org');
      const [province] = ok(await indonesia.request('GET', url)).provinces;
      assert.equal(province.suppressed, true);
      assert.equal(province.reintegrated, null);
    });

    it('shows her bed taken in the shelter occupancy', async () => {
      const occupancy = ok(await jkm.request('GET', '/api/shelters/occupancy?country=MY'));
      const women = occupancy.shelters.find((s: { shelterId: string }) => s.shelterId === shelterId);
      assert.equal(women.occupied, occupiedBefore + 1);
      assert.equal(women.free, women.beds - women.occupied);
    });

    it('shows each agency the deadlines these records left open, and closes the met ones', async () => {
      const jkmOpen = ok(await jkm.request('GET', '/api/deadlines'));
      assert.deepEqual(
        jkmOpen.items.map((d: { sourceKind: string; sourceId: string }) => [d.sourceKind, d.sourceId]),
        [['protection_order_expiry', fullId]],
        'the interim order’s expiry is done; the protection order’s is open',
      );
      assert.equal(jkmOpen.items[0].caseId, caseId);
      const kemensosOpen = ok(await kemensos.request('GET', '/api/deadlines'));
      assert.equal(kemensosOpen.items.length, kemensosOpen.counts.overdue + kemensosOpen.counts.upcoming);
      assert.ok(
        kemensosOpen.items.every((d: { sourceKind: string }) => d.sourceKind === 'reintegration_follow_up'),
      );
      const plan = ok(await kemensos.request('GET', `/api/reintegration-plans/${planId}`));
      assert.equal(kemensosOpen.items.length, plan.schedule.length - plan.followUps.length);
      for (const [session, label] of [
        [jpw, 'the shelter answered its referral'],
        [officer, 'the police answered theirs'],
      ] as const) {
        const open = ok(await session.request('GET', '/api/deadlines?sourceKind=referral_response'));
        assert.deepEqual(open.items, [], label);
      }
    });
  });
}
