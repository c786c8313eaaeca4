import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDuration } from '../src/jurisdictions/index.ts';
import { todayIn } from '../src/modules/agencies/index.ts';
import { needDomains } from '../src/modules/care/index.ts';
import { startOfDay, sweepReminders } from '../src/modules/deadlines/index.ts';
import { screeningBody } from '../src/modules/health-screening/health-screening.factory.ts';
import { answer, personWithCase, recordConsent, refer } from '../src/modules/referrals/referral.factory.ts';
import { outcomes, repatriationBody } from '../src/modules/repatriation/repatriation.factory.ts';
import { testDatabaseKinds } from './support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from './support/platform.ts';

/*
 * The application's permission checks are switched off here (a test-only option of buildApp):
 * what holds agencies apart below is row-level security in the database alone.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`agencies stay apart with the application's checks switched off [${kind}]`, () => {
    const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: true });
    const userId = async (email: string) =>
      (await platform().db.query<{ id: string }>('select id from app_user where email = $1', [email]))[0]
        ?.id as string;
    const snapshot = () =>
      platform().db.query(
        `select (select count(*)::int from agency) as agencies, (select count(*)::int from app_user) as users,
                (select count(*)::int from membership) as memberships,
                (select string_agg(display_name || active::text, ',' order by id) from app_user) as names,
                (select string_agg(coalesce(short_name, '') || active::text, ',' order by id) from agency) as agencies_state`,
      );
    let jkmCaseManager: TestSession;
    let jkmAdmin: TestSession;

    it('signs in users of the Malaysian welfare department', async () => {
      jkmCaseManager = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      jkmAdmin = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
    });

    it('hides the Indonesian embassy\u2019s users from every read', async () => {
      const kbriUser = await userId('cm.kbri@demo.lindung.org');
      for (const session of [jkmCaseManager, jkmAdmin]) {
        assert.equal((await session.request('GET', `/api/users/${kbriUser}`)).statusCode, 404);
        const list = await session.request('GET', '/api/users?limit=200');
        const emails = (list.json().items as { email: string }[]).map((u) => u.email);
        assert.ok(!emails.includes('cm.kbri@demo.lindung.org'));
        assert.ok(emails.every((email) => !email.includes('kbri')));
      }
    });

    it('lets no change through to another agency or its users, and writes nothing', async () => {
      const before = await snapshot();
      const kbriUser = await userId('cm.kbri@demo.lindung.org');
      const { kbri } = platform().agencyIds;
      const attempts: [TestSession, string, string, unknown][] = [
        [jkmCaseManager, 'PATCH', `/api/users/${kbriUser}`, { displayName: 'Taken over' }],
        [jkmAdmin, 'PATCH', `/api/users/${kbriUser}`, { active: false }],
        [jkmAdmin, 'DELETE', `/api/users/${kbriUser}`, undefined],
        [jkmAdmin, 'POST', `/api/users/${kbriUser}/reset-two-factor`, undefined],
        [jkmAdmin, 'PATCH', `/api/agencies/${kbri}`, { shortName: 'Taken over' }],
        [jkmCaseManager, 'DELETE', `/api/agencies/${kbri}`, undefined],
        [jkmCaseManager, 'POST', '/api/agencies', { name: 'Rogue agency', type: 'ngo', country: 'MY' }],
        [
          jkmCaseManager,
          'POST',
          '/api/users',
          {
            email: 'rogue@example.org',
            displayName: 'Rogue',
            password: 'a long enough password',
            memberships: [{ agencyId: platform().agencyIds.jkm, role: 'case_manager' }],
          },
        ],
      ];
      for (const [session, method, url, body] of attempts) {
        const response = await session.request(method, url, body);
        // A new user's roles are checked against what the actor may give (a domain rule, not a
        // policy check): without the policies, a case manager's attempt ends there, as a 400.
        const refusals = method === 'POST' && url === '/api/users' ? [400, 403] : [403, 404];
        assert.ok(refusals.includes(response.statusCode), `${method} ${url}: ${response.statusCode}`);
      }
      assert.deepEqual(await snapshot(), before);
    });

    it('does not let an agency administrator change a user who also belongs to another agency', async () => {
      const shared = await userId('cm.kbri@demo.lindung.org');
      await platform().db.query(
        `insert into membership (user_id, agency_id, role_code) values ($1, $2, 'case_manager')`,
        [shared, platform().agencyIds.jkm],
      );
      const before = await snapshot();
      const response = await jkmAdmin.request('PATCH', `/api/users/${shared}`, { displayName: 'Taken over' });
      assert.equal(response.statusCode, 404);
      const reset = await jkmAdmin.request('POST', `/api/users/${shared}/reset-two-factor`);
      assert.equal(reset.statusCode, 404);
      assert.deepEqual(await snapshot(), before);
      const read = await jkmAdmin.request('GET', `/api/users/${shared}`);
      assert.deepEqual(read.json().memberships, [
        { agencyId: platform().agencyIds.jkm, role: 'case_manager' },
      ]);
    });

    it('keeps a person recorded by one agency out of another’s reads and searches', async () => {
      const created = await jkmCaseManager.request('POST', '/api/persons', {
        names: [{ fullName: 'Siti Nurhaliza binti Tarudin' }],
        documents: [{ type: 'passport', number: 'A9876543' }],
      });
      assert.equal(created.statusCode, 201);
      // (cm.kbri now also belongs to JKM, from the test above: the Vietnamese case manager stands in.)
      const molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      assert.equal((await molisa.request('GET', `/api/persons/${created.json().id}`)).statusCode, 404);
      const byDocument = await molisa.request('GET', '/api/persons/matches?documentNumber=A9876543');
      assert.deepEqual(byDocument.json().items, []);
      const byName = await molisa.request('GET', '/api/persons/matches?name=Siti%20Nurhaliza');
      assert.deepEqual(byName.json().items, []);
      // A role without person:read in the same agency: only row-level security is left to stop it.
      const admin = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      assert.equal((await admin.request('GET', `/api/persons/${created.json().id}`)).statusCode, 404);
    });

    it('keeps one agency’s cases out of another’s reads, lists and changes', async () => {
      const person = await jkmCaseManager.request('POST', '/api/persons', {
        names: [{ fullName: 'Rina Marlina' }],
      });
      const opened = await jkmCaseManager.request('POST', '/api/cases', {
        type: 'victim_case',
        personId: person.json().id,
      });
      assert.equal(opened.statusCode, 201);
      const id = opened.json().id;
      const molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      assert.equal((await molisa.request('GET', `/api/cases/${id}`)).statusCode, 404);
      assert.equal((await molisa.request('GET', `/api/cases/${id}/timeline`)).statusCode, 404);
      assert.equal((await molisa.request('PATCH', `/api/cases/${id}`, { riskLevel: 'low' })).statusCode, 404);
      assert.equal(
        (await molisa.request('POST', `/api/cases/${id}/status`, { status: 'active' })).statusCode,
        404,
      );
      assert.deepEqual((await molisa.request('GET', '/api/cases')).json().items, []);
      const [row] = await platform().db.query<{ risk_level: string; status: string }>(
        'select risk_level, status from case_file where id = $1',
        [id],
      );
      assert.deepEqual(row, { risk_level: 'medium', status: 'open' });
    });

    it('keeps one agency’s screenings and identification decisions out of another’s reads and changes', async () => {
      const person = await jkmCaseManager.request('POST', '/api/persons', {
        names: [{ fullName: 'Dian Sastro' }],
      });
      const personId = person.json().id;
      const started = await jkmCaseManager.request('POST', `/api/persons/${personId}/screenings`, {
        profile: 'adult_labour',
        answers: { dec_job_nature: 'yes' },
      });
      assert.equal(started.statusCode, 201, started.body);
      const screeningId = started.json().id;
      const decided = await jkmCaseManager.request(
        'POST',
        `/api/persons/${personId}/identification-decisions`,
        {
          decision: 'unable_to_determine',
          basis: 'Screening not finished.',
          decidedOn: '2025-11-20',
        },
      );
      assert.equal(decided.statusCode, 201, decided.body);
      const state = () =>
        platform().db.query(
          `select (select count(*)::int from screening) as screenings,
                  (select count(*)::int from identification_decision) as decisions,
                  (select answers::text || status from screening where id = $1) as screening`,
          [screeningId],
        );
      const before = await state();
      const molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      const admin = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      const attempts: [TestSession, string, string, unknown][] = [
        [molisa, 'GET', `/api/screenings/${screeningId}`, undefined],
        [molisa, 'PATCH', `/api/screenings/${screeningId}`, { answers: { dec_wages: 'yes' } }],
        [molisa, 'POST', `/api/screenings/${screeningId}/complete`, undefined],
        [molisa, 'GET', `/api/persons/${personId}/screenings`, undefined],
        [molisa, 'POST', `/api/persons/${personId}/screenings`, { profile: 'adult_labour' }],
        [molisa, 'GET', `/api/persons/${personId}/identification-decisions`, undefined],
        [
          molisa,
          'POST',
          `/api/persons/${personId}/identification-decisions`,
          { decision: 'not_a_victim', basis: 'Taken over', decidedOn: '2025-11-20' },
        ],
        // A role without person:read or screening:conduct in the same agency: row-level security alone stops it.
        [admin, 'GET', `/api/screenings/${screeningId}`, undefined],
        [admin, 'PATCH', `/api/screenings/${screeningId}`, { answers: { dec_wages: 'yes' } }],
        [admin, 'POST', `/api/persons/${personId}/screenings`, { profile: 'adult_labour' }],
      ];
      for (const [session, method, url, body] of attempts) {
        const response = await session.request(method, url, body);
        assert.equal(response.statusCode, 404, `${method} ${url}: ${response.body}`);
      }
      assert.deepEqual(await state(), before);
    });

    it('shows a referral only to its two agencies, and the referred person and case to neither but their own', async () => {
      const { kbri: kbriId, jkm: jkmId } = platform().agencyIds;
      const { personId, caseId } = await personWithCase(jkmCaseManager);
      const consentId = await recordConsent(jkmCaseManager, personId, {
        recipientAgencyIds: [kbriId],
        purposes: ['repatriation'],
        dataCategories: ['identity', 'case_facts'],
      });
      const referralId = await refer(jkmCaseManager, {
        caseId,
        consentId,
        toAgencyId: kbriId,
        purpose: 'repatriation',
      });
      const state = () =>
        platform().db.query(
          `select (select count(*)::int from referral) as referrals, (select count(*)::int from consent) as consents,
                  (select status || coalesce(cancel_reason, '') from referral where id = $1) as referral,
                  (select coalesce(withdrawn_at::text, 'in force') from consent where id = $2) as consent`,
          [referralId, consentId],
        );
      const before = await state();
      const molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org', { agencyId: kbriId });
      const admin = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      const onward = {
        purpose: 'repatriation',
        services: ['shelter'],
        urgency: 'routine',
        toAgencyId: jkmId,
      };
      const referBody = { ...onward, caseId, consentId };
      const attempts: [TestSession, string, string, unknown][] = [
        [molisa, 'GET', `/api/referrals/${referralId}`, undefined],
        ...['accept', 'decline', 'complete', 'cancel'].map((step): [TestSession, string, string, unknown] => [
          molisa,
          'POST',
          `/api/referrals/${referralId}/${step}`,
          step === 'accept' || step === 'complete' ? { note: 'x' } : { reason: 'x' },
        ]),
        [molisa, 'POST', `/api/referrals/${referralId}/re-referrals`, onward],
        [molisa, 'POST', '/api/referrals', referBody],
        [molisa, 'GET', `/api/persons/${personId}/consents`, undefined],
        [
          molisa,
          'POST',
          `/api/persons/${personId}/consents`,
          {
            recipientAgencyIds: [jkmId],
            purposes: ['shelter'],
            dataCategories: ['identity'],
            method: 'verbal',
            givenOn: '2025-11-20',
          },
        ],
        [molisa, 'POST', `/api/consents/${consentId}/withdraw`, {}],
        // The receiving agency: the referral, yes; the person, the case and the consent, no.
        [kbri, 'GET', `/api/persons/${personId}`, undefined],
        [kbri, 'GET', `/api/cases/${caseId}`, undefined],
        [kbri, 'POST', `/api/consents/${consentId}/withdraw`, {}],
        [kbri, 'POST', '/api/referrals', referBody],
        // A role without case:read in the sending agency.
        [admin, 'GET', `/api/referrals/${referralId}`, undefined],
      ];
      for (const [session, method, url, body] of attempts) {
        const response = await session.request(method, url, body);
        assert.equal(response.statusCode, 404, `${method} ${url}: ${response.body}`);
      }
      // A step that is the other side's: the database's workflow refuses it.
      const cancel = await kbri.request('POST', `/api/referrals/${referralId}/cancel`, {
        reason: 'Taken over',
      });
      assert.deepEqual([cancel.statusCode, cancel.json().code], [422, 'constraint_violated']);
      assert.deepEqual((await molisa.request('GET', '/api/referrals')).json().items, []);
      assert.deepEqual(await state(), before);
      const seen = (await kbri.request('GET', `/api/referrals/${referralId}`)).json();
      assert.deepEqual([seen.shared.person.contact, seen.shared.person.names], [null, null]);
    });

    it('shows each user only their own API tokens', async () => {
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      const created = await kbri.request('POST', '/api/auth/tokens', {
        name: 'embassy sync',
        scopes: ['case:read'],
      });
      assert.equal(created.statusCode, 201);
      const list = await jkmCaseManager.request('GET', '/api/auth/tokens');
      assert.deepEqual(list.json().items, []);
      const revoke = await jkmCaseManager.request('DELETE', `/api/auth/tokens/${created.json().id}`);
      assert.equal(revoke.statusCode, 404);
    });

    it('keeps a case’s care out of another agency’s reads and changes, and out of a mere reader’s changes', async () => {
      const { caseId } = await personWithCase(jkmCaseManager, { names: [{ fullName: 'Nguyen Thi Lan' }] });
      const needs = Object.fromEntries(needDomains.map((domain) => [domain, { level: 'high', note: 'x' }]));
      const plan = { reviewOn: '2999-01-01', goals: ['x'], services: [{ type: 'shelter' }] };
      const service = { type: 'medical', deliveredOn: '2025-11-20', description: 'x' };
      const writes: [string, string, unknown][] = [
        ['POST', `/api/cases/${caseId}/needs-assessments`, { assessedOn: '2025-11-20', needs }],
        ['PUT', `/api/cases/${caseId}/care-plan`, plan],
        ['POST', `/api/cases/${caseId}/services`, service],
      ];
      for (const [method, url, body] of writes) {
        const response = await jkmCaseManager.request(method, url, body);
        assert.ok([200, 201].includes(response.statusCode), `${method} ${url}: ${response.body}`);
      }
      const state = () =>
        platform().db.query(
          `select (select count(*)::int from needs_assessment) as assessments, (select count(*)::int from care_plan) as plans,
                  (select count(*)::int from planned_service) as planned, (select count(*)::int from service_delivery) as services`,
        );
      const before = await state();
      const molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      // And a role without case:read in the same agency.
      const admin = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      const reads = ['needs-assessments', 'care-plan', 'care-plan/versions', 'services'];
      const attempts = [molisa, admin].flatMap((session) => [
        ...reads.map((path) => [session, 'GET', `/api/cases/${caseId}/${path}`, undefined] as const),
        ...writes.map(([method, url, body]) => [session, method, url, body] as const),
      ]);
      for (const [session, method, url, body] of attempts) {
        const response = await session.request(method, url, body);
        assert.equal(response.statusCode, 404, `${method} ${url}: ${response.body}`);
      }
      // A shelter manager who may read the agency's cases but not change them: the database refuses.
      const reader = await userId('shelter.jpw@demo.lindung.org');
      await platform().db.query(
        `insert into membership (user_id, agency_id, role_code) values ($1, $2, 'shelter_manager')`,
        [reader, platform().agencyIds.jkm],
      );
      const shelter = await signInAs(platform().app, 'shelter.jpw@demo.lindung.org', {
        agencyId: platform().agencyIds.jkm,
      });
      for (const [method, url, body] of writes) {
        const response = await shelter.request(method, url, body);
        assert.equal(response.statusCode, 403, `${method} ${url}: ${response.body}`);
      }
      assert.deepEqual(await state(), before);
    });

    it('keeps issue 5’s records (orders, deadlines, placements, screenings, returns, reintegration) to their agencies', async () => {
      const kl = 'Asia/Kuala_Lumpur';
      const daysAgo = (days: number) => addDuration(todayIn(kl), { amount: -days, unit: 'days' });
      const { jpw: jpwId, kemensos: kemensosId } = platform().agencyIds;
      const ok = async (session: TestSession, method: string, url: string, body?: unknown) => {
        const response = await session.request(method, url, body);
        assert.ok([200, 201].includes(response.statusCode), `${method} ${url}: ${response.body}`);
        return response.json();
      };
      // A welfare case placed in a women's shelter of another agency, under an interim order with
      // a reminder sent, screened by the health worker, returned to Indonesia and followed up there.
      // (shelter.jpw also belongs to JKM since the test above: signed in for its own agency.)
      const jpw = await signInAs(platform().app, 'shelter.jpw@demo.lindung.org', { agencyId: jpwId });
      const health = await signInAs(platform().app, 'health.jkm@demo.lindung.org');
      const kemensos = await signInAs(platform().app, 'cm.kemensos@demo.lindung.org');
      const { personId, caseId } = await personWithCase(jkmCaseManager, {
        names: [{ fullName: 'Wulan Sari' }],
        sex: 'female',
        birth: { precision: 'year', year: 1999 },
        nationality: 'ID',
      });
      const consentId = await recordConsent(jkmCaseManager, personId, {
        recipientAgencyIds: [jpwId],
        purposes: ['shelter'],
        dataCategories: ['identity'],
      });
      const referralId = await refer(jkmCaseManager, {
        caseId,
        consentId,
        toAgencyId: jpwId,
        purpose: 'shelter',
        services: ['shelter'],
      });
      await answer(jpw, referralId, 'accept');
      const shelterId = (await ok(jpw, 'GET', '/api/shelters')).items[0].id;
      const placementId = (
        await ok(jkmCaseManager, 'POST', '/api/placements', {
          caseId,
          shelterId,
          reason: 'safety',
          admittedOn: daysAgo(30),
          acknowledgeWarnings: ['shelter_rules_age', 'shelter_rules_sex'],
        })
      ).id;
      const order = await ok(jkmCaseManager, 'POST', `/api/cases/${caseId}/protection-orders`, {
        kind: 'interim',
        personId,
        court: 'Mahkamah Majistret Kuala Lumpur',
        appliedOn: daysAgo(3),
        issuedOn: daysAgo(3),
      });
      const now = new Date(
        startOfDay(addDuration(order.expiresOn, { amount: -7, unit: 'days' }), kl).getTime(),
      );
      await platform().db.transaction((tx) => sweepReminders(tx, { leadDays: [7], now }));
      const [notification] = (await ok(jkmCaseManager, 'GET', '/api/notifications')).items;
      assert.ok(notification, 'the reminder was sent');
      const screeningId = (
        await ok(health, 'POST', `/api/cases/${caseId}/health-screenings`, screeningBody())
      ).id;
      const repatriationId = (
        await ok(
          jkmCaseManager,
          'POST',
          `/api/cases/${caseId}/repatriations`,
          repatriationBody(kemensosId, { plannedOn: daysAgo(20) }),
        )
      ).id;
      await ok(jkmCaseManager, 'POST', `/api/repatriations/${repatriationId}/departure`, {
        departedOn: daysAgo(20),
      });
      await ok(kemensos, 'POST', `/api/repatriations/${repatriationId}/receipt`, {
        handedOverOn: daysAgo(19),
      });
      const planId = (
        await ok(kemensos, 'POST', '/api/reintegration-plans', { repatriationId, goals: ['x'] })
      ).id;
      await ok(kemensos, 'POST', `/api/reintegration-plans/${planId}/follow-ups`, {
        heldOn: daysAgo(1),
        outcomes: outcomes(),
      });

      const state = () =>
        platform().db.query(
          `select (select json_agg(p order by p.id)::text from placement p) as placements,
                  (select json_agg(o order by o.id)::text from protection_order o) as orders,
                  (select json_agg(d order by d.id)::text from deadline d) as deadlines,
                  (select json_agg(n order by n.id)::text from notification n) as notifications,
                  (select json_agg(h order by h.id)::text from health_screening h) as screenings,
                  (select json_agg(r order by r.id)::text from repatriation r) as repatriations,
                  (select json_agg(r order by r.id)::text from reintegration_plan r) as plans,
                  (select json_agg(f order by f.id)::text from reintegration_follow_up f) as follow_ups`,
        );
      const before = await state();
      const molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      const admin = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      const today = daysAgo(0);
      const attempts: [TestSession, string, string, unknown][] = [
        // Shelter placements.
        [molisa, 'GET', `/api/placements/${placementId}`, undefined],
        [molisa, 'GET', `/api/cases/${caseId}/placements`, undefined],
        [
          molisa,
          'POST',
          `/api/placements/${placementId}/discharge`,
          { dischargedOn: today, reason: 'other' },
        ],
        [
          molisa,
          'POST',
          `/api/placements/${placementId}/transfer`,
          { shelterId, transferredOn: today, reason: 'safety' },
        ],
        [molisa, 'POST', '/api/placements', { caseId, shelterId, reason: 'safety', admittedOn: today }],
        // Protection orders.
        [molisa, 'GET', `/api/cases/${caseId}/protection-orders`, undefined],
        [molisa, 'GET', `/api/protection-orders/${order.id}`, undefined],
        [
          molisa,
          'POST',
          `/api/protection-orders/${order.id}/extend`,
          { court: 'Mahkamah Majistret', appliedOn: today, issuedOn: today },
        ],
        [
          molisa,
          'POST',
          `/api/protection-orders/${order.id}/revoke`,
          { revokedOn: today, reason: 'Taken over' },
        ],
        [
          molisa,
          'POST',
          `/api/cases/${caseId}/protection-orders`,
          { kind: 'interim', personId, court: 'Mahkamah Majistret', appliedOn: today, issuedOn: today },
        ],
        [molisa, 'POST', `/api/notifications/${notification.id}/read`, undefined],
        // Health screenings.
        [molisa, 'GET', `/api/cases/${caseId}/health-screenings`, undefined],
        [molisa, 'GET', `/api/health-screenings/${screeningId}`, undefined],
        [molisa, 'POST', `/api/cases/${caseId}/health-screenings`, screeningBody()],
        // Returns and reintegration.
        [molisa, 'GET', `/api/cases/${caseId}/repatriations`, undefined],
        [molisa, 'GET', `/api/repatriations/${repatriationId}`, undefined],
        [molisa, 'POST', `/api/repatriations/${repatriationId}/cancel`, { reason: 'Taken over' }],
        [molisa, 'POST', `/api/cases/${caseId}/repatriations`, repatriationBody(kemensosId)],
        [molisa, 'GET', `/api/reintegration-plans/${planId}`, undefined],
        [
          molisa,
          'POST',
          `/api/reintegration-plans/${planId}/follow-ups`,
          { heldOn: today, outcomes: outcomes() },
        ],
        [molisa, 'POST', `/api/reintegration-plans/${planId}/closure`, { reason: 'other' }],
        // The sending agency: the receiver's plan is not its own.
        [jkmCaseManager, 'GET', `/api/reintegration-plans/${planId}`, undefined],
        [
          jkmCaseManager,
          'POST',
          `/api/reintegration-plans/${planId}/follow-ups`,
          { heldOn: today, outcomes: outcomes() },
        ],
        // A role without case:read (nor health:read) in the owning agency.
        [admin, 'GET', `/api/protection-orders/${order.id}`, undefined],
        [
          admin,
          'POST',
          `/api/protection-orders/${order.id}/revoke`,
          { revokedOn: today, reason: 'Taken over' },
        ],
        [admin, 'GET', `/api/health-screenings/${screeningId}`, undefined],
        [admin, 'GET', `/api/repatriations/${repatriationId}`, undefined],
        [admin, 'GET', `/api/placements/${placementId}`, undefined],
        // The case manager has no health:read: the database alone hides the findings.
        [jkmCaseManager, 'GET', `/api/health-screenings/${screeningId}`, undefined],
      ];
      for (const [session, method, url, body] of attempts) {
        const response = await session.request(method, url, body);
        assert.equal(response.statusCode, 404, `${method} ${url}: ${response.body}`);
      }
      const foreignPlan = await molisa.request('POST', '/api/reintegration-plans', {
        repatriationId,
        goals: ['x'],
      });
      assert.deepEqual(
        [foreignPlan.statusCode, foreignPlan.json().errors[0].field],
        [400, 'repatriationId'],
        'a return it took no part in',
      );
      for (const url of [
        '/api/deadlines',
        '/api/deadlines/mine',
        '/api/notifications',
        '/api/repatriations/incoming',
        '/api/reintegration-plans',
      ]) {
        const response = await molisa.request('GET', url);
        assert.equal(response.statusCode, 200, `${url}: ${response.body}`);
        assert.deepEqual(response.json().items, [], url);
      }
      assert.deepEqual(
        (await admin.request('GET', '/api/deadlines')).json().items,
        [],
        'admin: no deadlines',
      );
      assert.deepEqual(await state(), before);
    });
  });
}
