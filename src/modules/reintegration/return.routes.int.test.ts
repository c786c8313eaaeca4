import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { indonesianVictimCase, outcomes, repatriationBody } from '../repatriation/repatriation.factory.ts';

const fields = (response: { json(): { errors?: { field: string }[] } }) =>
  (response.json().errors ?? []).map((e) => e.field);

for (const kind of await testDatabaseKinds()) {
  describe(`repatriate to Indonesia with hand-over, record follow-ups [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let kemensos: TestSession;
    let caseId: string;
    let repatriationId: string;
    let planId: string;

    it('plans the return from Malaysia to the Indonesian social ministry, documents kept encrypted', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      kemensos = await signInAs(platform().app, 'cm.kemensos@demo.lindung.org');
      ({ caseId } = await indonesianVictimCase(jkm));
      const response = await jkm.request(
        'POST',
        `/api/cases/${caseId}/repatriations`,
        repatriationBody(platform().agencyIds.kemensos),
      );
      assert.equal(response.statusCode, 201, response.body);
      const plan = response.json();
      repatriationId = plan.id;
      assert.equal(plan.status, 'planned');
      assert.equal(plan.destinationCountry, 'ID');
      assert.equal(plan.caseId, caseId);
      assert.equal(plan.travelDocuments[0].number, 'SPLP 0098812');
      const [row] = await platform().db.query<{ travel_documents: string; route: string }>(
        'select travel_documents, route from repatriation where id = $1',
        [repatriationId],
      );
      assert.doesNotMatch(`${row?.travel_documents} ${row?.route}`, /SPLP|Juanda/);
    });

    it('shows the receiving agency the plan and the person’s minimum, never the case', async () => {
      const incoming = await kemensos.request('GET', '/api/repatriations/incoming');
      assert.equal(incoming.statusCode, 200, incoming.body);
      const [seen] = incoming.json().items;
      assert.equal(seen.id, repatriationId);
      assert.equal(seen.caseId, null);
      assert.deepEqual(seen.person, {
        fullName: 'Siti Aminah',
        sex: 'female',
        birthYear: 1998,
        nationality: 'ID',
      });
      assert.equal(seen.route, 'KLIA to Juanda, Surabaya; then by road to Banyuwangi');
      const one = await kemensos.request('GET', `/api/repatriations/${repatriationId}`);
      assert.equal(one.statusCode, 200, one.body);
      assert.equal(one.json().caseId, null);
      assert.equal((await kemensos.request('GET', `/api/cases/${caseId}`)).statusCode, 404);
      assert.equal((await kemensos.request('GET', `/api/cases/${caseId}/timeline`)).statusCode, 404);
    });

    it('lets only the sender record the departure, and only the receiver confirm the hand-over', async () => {
      const early = await kemensos.request('POST', `/api/repatriations/${repatriationId}/receipt`, {
        handedOverOn: '2025-10-02',
      });
      assert.equal(early.statusCode, 409, early.body);
      assert.equal(
        (
          await kemensos.request('POST', `/api/repatriations/${repatriationId}/departure`, {
            departedOn: '2025-10-01',
          })
        ).statusCode,
        403,
      );
      const departed = await jkm.request('POST', `/api/repatriations/${repatriationId}/departure`, {
        departedOn: '2025-10-01',
      });
      assert.equal(departed.statusCode, 200, departed.body);
      assert.equal(departed.json().status, 'departed');
      assert.equal(
        (
          await jkm.request('POST', `/api/repatriations/${repatriationId}/receipt`, {
            handedOverOn: '2025-10-02',
          })
        ).statusCode,
        403,
      );
    });

    it('refuses a hand-over dated before the departure, naming the field', async () => {
      // Kuala Lumpur's 1 October can still be 30 September in Jakarta: a day earlier is allowed
      // across time zones (repatriation.commands.ts), two days are not.
      const response = await kemensos.request('POST', `/api/repatriations/${repatriationId}/receipt`, {
        handedOverOn: '2025-09-29',
      });
      assert.equal(response.statusCode, 400, response.body);
      assert.deepEqual(fields(response), ['handedOverOn']);
    });

    it('records the hand-over by the receiving agency on the sending agency’s timeline', async () => {
      const response = await kemensos.request('POST', `/api/repatriations/${repatriationId}/receipt`, {
        handedOverOn: '2025-10-02',
      });
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.json().status, 'handed_over');
      const timeline = (await jkm.request('GET', `/api/cases/${caseId}/timeline`)).json();
      assert.deepEqual(
        timeline.items.map((e: { kind: string }) => e.kind),
        [
          'case.opened',
          'case.repatriation_planned',
          'case.repatriation_departed',
          'case.repatriation_received',
        ],
      );
    });

    it('offers the outcome measures and closure reasons in every language, and the pack’s intervals', async () => {
      const response = await kemensos.request('GET', '/api/reintegration/options');
      assert.equal(response.statusCode, 200, response.body);
      const options = response.json();
      assert.deepEqual(options.defaultFollowUpMonths, [1, 3, 6, 12]);
      const risk = options.measures.find((m: { code: string }) => m.code === 're_trafficking_risk');
      assert.deepEqual(
        risk.codes.map((c: { code: string }) => c.code),
        ['low', 'medium', 'high', 'not_assessed'],
      );
      assert.equal(risk.label.vi, 'Nguy cơ bị mua bán lại');
    });

    it('opens a reintegration plan at the receiving agency, due at 1, 3, 6 and 12 months', async () => {
      const response = await kemensos.request('POST', '/api/reintegration-plans', {
        repatriationId,
        goals: ['Back with her family in Banyuwangi', 'Small business training'],
      });
      assert.equal(response.statusCode, 201, response.body);
      const plan = response.json();
      planId = plan.id;
      assert.equal(plan.returnedOn, '2025-10-02');
      assert.equal(plan.province, 'Jawa Timur');
      assert.deepEqual(
        plan.schedule.map((s: { dueOn: string }) => s.dueOn),
        ['2025-11-02', '2026-01-02', '2026-04-02', '2026-10-02'],
      );
      const again = await kemensos.request('POST', '/api/reintegration-plans', {
        repatriationId,
        goals: ['x'],
      });
      assert.equal(again.statusCode, 409, again.body);
    });

    const followUpDeadlines = async (session: TestSession) => {
      const response = await session.request('GET', '/api/deadlines/mine?sourceKind=reintegration_follow_up');
      assert.equal(response.statusCode, 200, response.body);
      return response.json().items.map((d: { dueOn: string; caseId: string | null }) => [d.dueOn, d.caseId]);
    };

    it('puts each scheduled follow-up on the plan creator’s deadlines, naming no case it may not see', async () => {
      assert.deepEqual(await followUpDeadlines(kemensos), [
        ['2025-11-02', null],
        ['2026-01-02', null],
        ['2026-04-02', null],
        ['2026-10-02', null],
      ]);
      const sender = await jkm.request('GET', '/api/deadlines?sourceKind=reintegration_follow_up');
      assert.deepEqual(sender.json().items, [], 'the sending agency owes none of them');
    });

    it('refuses a follow-up dated before the return, writing nothing', async () => {
      const response = await kemensos.request('POST', `/api/reintegration-plans/${planId}/follow-ups`, {
        heldOn: '2025-10-01',
        outcomes: outcomes(),
      });
      assert.equal(response.statusCode, 400, response.body);
      assert.match(response.headers['content-type'] as string, /application\/problem\+json/);
      assert.deepEqual(response.json().errors, [
        { code: 'date_before_earlier_step', field: 'heldOn', message: 'is before the return on 2025-10-02' },
      ]);
      assert.equal((await platform().db.query('select id from reintegration_follow_up')).length, 0);
    });

    it('refuses outcomes with a missing measure or an unknown code', async () => {
      const { income: _left, ...missing } = outcomes();
      for (const bad of [missing, outcomes({ safety: 'excellent' })]) {
        const response = await kemensos.request('POST', `/api/reintegration-plans/${planId}/follow-ups`, {
          heldOn: '2025-11-05',
          outcomes: bad,
        });
        assert.equal(response.statusCode, 400, response.body);
        assert.ok(fields(response)[0]?.startsWith('outcomes.'), response.body);
      }
    });

    it('records follow-ups in schedule order, on the sending agency’s timeline without outcomes', async () => {
      const first = await kemensos.request('POST', `/api/reintegration-plans/${planId}/follow-ups`, {
        heldOn: '2025-11-05',
        outcomes: outcomes(),
        notes: 'Living with her mother; looking for work.',
      });
      assert.equal(first.statusCode, 201, first.body);
      const second = await kemensos.request('POST', `/api/reintegration-plans/${planId}/follow-ups`, {
        heldOn: '2026-01-06',
        outcomes: outcomes({ income: 'fair', re_trafficking_risk: 'low' }),
      });
      assert.equal(second.statusCode, 201, second.body);
      const plan = second.json();
      assert.deepEqual(
        plan.followUps.map((f: { sequence: number; dueOn: string }) => [f.sequence, f.dueOn]),
        [
          [1, '2025-11-02'],
          [2, '2026-01-02'],
        ],
      );
      assert.equal(plan.followUps[0].notes, 'Living with her mother; looking for work.');
      assert.equal(plan.schedule[2].overdue, true, 'due 2026-04-02, not held');
      const timeline = (await jkm.request('GET', `/api/cases/${caseId}/timeline`)).json();
      const kinds = timeline.items.map((e: { kind: string }) => e.kind);
      assert.deepEqual(kinds.slice(-3), [
        'case.reintegration_planned',
        'case.reintegration_followed_up',
        'case.reintegration_followed_up',
      ]);
      assert.doesNotMatch(JSON.stringify(timeline), /poor|mother|medium/);
    });

    it('marks a follow-up’s deadline done when it is recorded', async () => {
      assert.deepEqual(await followUpDeadlines(kemensos), [
        ['2026-04-02', null],
        ['2026-10-02', null],
      ]);
      const rows = await platform().db.query<{ status: string }>(
        `select status from deadline where source_kind = 'reintegration_follow_up' and agency_id = $1
          order by due_on`,
        [platform().agencyIds.kemensos],
      );
      assert.deepEqual(
        rows.map((r) => r.status),
        ['done', 'done', 'open', 'open'],
      );
    });

    it('counts the province’s reintegrated victims and how they are doing, for the agency and nationally', async () => {
      const own = await kemensos.request(
        'GET',
        '/api/reintegration/statistics?from=2025-01-01&to=2025-12-31',
      );
      assert.equal(own.statusCode, 200, own.body);
      assert.equal(own.json().scope, 'agency');
      assert.deepEqual(own.json().provinces, [
        {
          country: 'ID',
          province: 'Jawa Timur',
          reintegrated: 1,
          followedUp: 1,
          closed: 0,
          outcomes: {
            safety: { good: 1 },
            housing: { fair: 1 },
            income: { poor: 1 },
            health: { good: 1 },
            family: { good: 1 },
            legal_status: { good: 1 },
            re_trafficking_risk: { medium: 1 },
          },
        },
      ]);
      const coordinator = await signInAs(platform().app, 'coordinator.gugustugas@demo.lindung.org');
      const national = await coordinator.request(
        'GET',
        '/api/reintegration/statistics?from=2025-01-01&to=2026-12-31',
      );
      assert.equal(national.statusCode, 200, national.body);
      assert.equal(national.json().scope, 'national');
      const [province] = national.json().provinces;
      // One person in one province: beyond the agency, every count under the threshold (5) is null.
      assert.equal(province.province, 'Jawa Timur');
      assert.equal(province.suppressed, true);
      assert.equal(province.reintegrated, null);
      assert.equal(province.closed, 0, 'zero names nobody');
      assert.deepEqual(province.outcomes.income, { fair: null }, 'the latest follow-up counts, suppressed');
      assert.doesNotMatch(JSON.stringify(province), /[1-4]/);
      const malaysia = await signInAs(platform().app, 'coordinator.mapo@demo.lindung.org');
      const elsewhere = await malaysia.request(
        'GET',
        '/api/reintegration/statistics?from=2025-01-01&to=2026-12-31',
      );
      assert.deepEqual(elsewhere.json().provinces, []);
      const sender = await jkm.request('GET', '/api/reintegration/statistics?from=2025-01-01&to=2026-12-31');
      assert.deepEqual(sender.json().provinces, []);
      const backwards = await kemensos.request(
        'GET',
        '/api/reintegration/statistics?from=2025-12-31&to=2025-01-01',
      );
      assert.equal(backwards.statusCode, 400, backwards.body);
    });

    it('closes the plan with its reason, after which no follow-up is taken', async () => {
      const closed = await kemensos.request('POST', `/api/reintegration-plans/${planId}/closure`, {
        closedOn: '2026-10-10',
        reason: 'goals_met',
        note: 'Runs a food stall.',
      });
      assert.equal(closed.statusCode, 200, closed.body);
      assert.equal(closed.json().status, 'closed');
      assert.equal(closed.json().closureReason, 'goals_met');
      const late = await kemensos.request('POST', `/api/reintegration-plans/${planId}/follow-ups`, {
        heldOn: '2026-10-11',
        outcomes: outcomes(),
      });
      assert.equal(late.statusCode, 409, late.body);
    });

    it('cancels the follow-ups still owed when the plan closes', async () => {
      assert.deepEqual(await followUpDeadlines(kemensos), []);
      const rows = await platform().db.query<{ status: string }>(
        `select status from deadline where source_kind = 'reintegration_follow_up' and agency_id = $1
          order by due_on`,
        [platform().agencyIds.kemensos],
      );
      assert.deepEqual(
        rows.map((r) => r.status),
        ['done', 'done', 'cancelled', 'cancelled'],
      );
    });

    it('audits every change and read of the return', async () => {
      const actions = await platform().db.query<{ action: string }>(
        `select action from audit_event where subject_type in ('repatriation', 'reintegration_plan') order by id`,
      );
      const seen = new Set(actions.map((a) => a.action));
      for (const action of [
        'repatriation.planned',
        'repatriation.departed',
        'repatriation.received',
        'repatriation.read',
        'reintegration_plan.planned',
        'reintegration_plan.followed_up',
        'reintegration_plan.closed',
      ]) {
        assert.ok(seen.has(action), `${action} in ${[...seen].join(', ')}`);
      }
    });

    it('answers 404 to an agency that is not a party, for every read and change', async () => {
      const molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      assert.equal((await molisa.request('GET', `/api/repatriations/${repatriationId}`)).statusCode, 404);
      assert.equal((await molisa.request('GET', `/api/reintegration-plans/${planId}`)).statusCode, 404);
      assert.equal(
        (await molisa.request('POST', `/api/repatriations/${repatriationId}/cancellation`, { reason: 'x' }))
          .statusCode,
        404,
      );
      assert.equal(
        (
          await molisa.request('POST', `/api/reintegration-plans/${planId}/follow-ups`, {
            heldOn: '2025-11-05',
            outcomes: outcomes(),
          })
        ).statusCode,
        404,
      );
      assert.equal((await jkm.request('GET', `/api/reintegration-plans/${planId}`)).statusCode, 404);
    });

    it('refuses a plan to the own agency, without a route, or a reintegration before the hand-over', async () => {
      const own = await jkm.request(
        'POST',
        `/api/cases/${caseId}/repatriations`,
        repatriationBody(jkm.agencyId),
      );
      assert.equal(own.statusCode, 400, own.body);
      assert.deepEqual(fields(own), ['receivingAgencyId']);
      const noRoute = await jkm.request(
        'POST',
        `/api/cases/${caseId}/repatriations`,
        repatriationBody(platform().agencyIds.kemensos, { route: undefined }),
      );
      assert.equal(noRoute.statusCode, 400, noRoute.body);
      assert.deepEqual(fields(noRoute), ['route']);
      const planned = await jkm.request(
        'POST',
        `/api/cases/${caseId}/repatriations`,
        repatriationBody(platform().agencyIds.kemensos),
      );
      const early = await kemensos.request('POST', '/api/reintegration-plans', {
        repatriationId: planned.json().id,
        goals: ['x'],
      });
      assert.equal(early.statusCode, 400, early.body);
      assert.deepEqual(fields(early), ['repatriationId']);
      const cancelled = await jkm.request('POST', `/api/repatriations/${planned.json().id}/cancellation`, {
        reason: 'She chose to stay and work legally.',
      });
      assert.equal(cancelled.json().status, 'cancelled');
      assert.equal(cancelled.json().cancelReason, 'She chose to stay and work legally.');
      const [stored] = await platform().db.query<{ cancel_reason: string }>(
        'select cancel_reason from repatriation where id = $1',
        [planned.json().id],
      );
      assert.doesNotMatch(stored?.cancel_reason ?? '', /stay/);
      const gone = await kemensos.request('GET', '/api/repatriations/incoming');
      assert.deepEqual(
        gone.json().items.map((r: { id: string }) => r.id),
        [repatriationId],
      );
    });

    it('reintegrates a Malaysian at home on the agency’s own case, on its timeline and in the national figures', async () => {
      const person = await jkm.request('POST', '/api/persons', {
        names: [{ fullName: 'Aminah binti Yusof' }],
        nationality: 'MY',
      });
      const opened = await jkm.request('POST', '/api/cases', {
        type: 'victim_case',
        personId: person.json().id,
      });
      const localCase = opened.json().id;
      const missing = await jkm.request('POST', '/api/reintegration-plans', {
        caseId: localCase,
        goals: ['Work'],
      });
      assert.equal(missing.statusCode, 400, missing.body);
      assert.deepEqual(fields(missing), ['returnedOn', 'province']);
      const both = await jkm.request('POST', '/api/reintegration-plans', {
        caseId: localCase,
        repatriationId,
        goals: ['Work'],
      });
      assert.deepEqual(fields(both), ['caseId']);
      const made = await jkm.request('POST', '/api/reintegration-plans', {
        caseId: localCase,
        returnedOn: '2025-06-30',
        province: 'Kelantan',
        followUpMonths: [2, 4],
        goals: ['Steady work near home'],
      });
      assert.equal(made.statusCode, 201, made.body);
      assert.equal(made.json().country, 'MY');
      assert.deepEqual(
        made.json().schedule.map((s: { dueOn: string }) => s.dueOn),
        ['2025-08-30', '2025-10-30'],
      );
      const badIntervals = await jkm.request('POST', '/api/reintegration-plans', {
        caseId: localCase,
        returnedOn: '2025-06-30',
        province: 'Kelantan',
        followUpMonths: [6, 3],
        goals: ['x'],
      });
      assert.deepEqual(fields(badIntervals), ['followUpMonths.1']);
      const timeline = (await jkm.request('GET', `/api/cases/${localCase}/timeline`)).json();
      assert.deepEqual(
        timeline.items.map((e: { kind: string }) => e.kind),
        ['case.opened', 'case.reintegration_planned'],
      );
      const malaysia = await signInAs(platform().app, 'coordinator.mapo@demo.lindung.org');
      const national = await malaysia.request(
        'GET',
        '/api/reintegration/statistics?from=2025-01-01&to=2025-12-31',
      );
      assert.deepEqual(
        national
          .json()
          .provinces.map((p: { province: string; reintegrated: number; followedUp: number }) => [
            p.province,
            p.reintegrated,
            p.followedUp,
          ]),
        [['Kelantan', null, 0]],
      );
      const owed = await jkm.request('GET', '/api/deadlines/mine?sourceKind=reintegration_follow_up');
      assert.deepEqual(
        owed.json().items.map((d: { dueOn: string; caseId: string }) => [d.dueOn, d.caseId]),
        [
          ['2025-08-30', localCase],
          ['2025-10-30', localCase],
        ],
        'on the agency’s own case',
      );
    });
  });
}
