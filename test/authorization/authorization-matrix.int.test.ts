import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { createJobRunner } from '../../src/jobs/queue.ts';
import { addDuration } from '../../src/jurisdictions/index.ts';
import { todayIn } from '../../src/modules/agencies/index.ts';
import { multipart, pdf, png } from '../../src/modules/attachments/upload.factory.ts';
import { planBody } from '../../src/modules/care/care.factory.ts';
import { sweepReminders } from '../../src/modules/deadlines/index.ts';
import type { DemoUser } from '../../src/modules/demo/demo-users.ts';
import { demoUsers } from '../../src/modules/demo/index.ts';
import { reportBody } from '../../src/modules/public-portal/public-portal.factory.ts';
import {
  aniCaseFacts,
  aniRecord,
  answer,
  recordConsent,
  refer,
} from '../../src/modules/referrals/referral.factory.ts';
import { repatriationBody } from '../../src/modules/repatriation/repatriation.factory.ts';
import { generateReportHandler, generateReportJob } from '../../src/modules/reports/index.ts';
import { testDatabaseKinds } from '../support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../support/platform.ts';
import { presumedVictimAnswers } from '../support/screening-factory.ts';
import { tableDigests } from '../support/table-digests.ts';
import { castOf } from './cast.ts';
import { type FixtureKind, type MatrixEntry, matrix } from './matrix.ts';

/*
 * Issue 11's authorisation matrix: every endpoint of the OpenAPI document × every demo user (one
 * per role, in their own agencies) and every role in JKM, KBRI and Tenaganita (cast.ts) × own
 * agency / other agency / shared by referral / anonymous, against one record of each kind made
 * through the API. It runs twice per database: with the
 * application's checks, and with them switched off so that row-level security alone must keep
 * another agency's data out (see docs/decisions/0019-authorisation-matrix.md).
 */

const kl = 'Asia/Kuala_Lumpur';
const daysAgo = (days: number) => addDuration(todayIn(kl), { amount: -days, unit: 'days' });
const missing = '00000000-0000-4000-8000-000000000001';
/** The user whose account the user endpoints are asked about: a JKM colleague of the JKM roles. */
const fixtureUser = 'health.jkm@demo.lindung.org';

function created(response: LightMyRequestResponse): { id: string } & Record<string, unknown> {
  assert.equal(response.statusCode, 201, response.body);
  return response.json();
}
function ok(response: LightMyRequestResponse) {
  assert.equal(response.statusCode, 200, response.body);
  return response.json();
}

type Relation = 'own' | 'other' | 'shared';

/** Agencies that receive part of the JKM victim's record: by the referral, a shelter referral, a repatriation. */
const sharedWith: Record<string, readonly string[]> = {
  jkm: ['kbri', 'jpw', 'kemensos'],
  pdrm: ['agc'],
  jpw: [],
  mapo: [],
};

function relationOf(user: DemoUser, entry: MatrixEntry, rolePermissions?: ReadonlySet<string>): Relation {
  if (entry.anyAgency?.some((p) => rolePermissions?.has(p))) return 'own';
  const owner = entry.owner ?? 'jkm';
  if (user.agency === owner) return 'own';
  return sharedWith[owner]?.includes(user.agency) ? 'shared' : 'other';
}

/** Strings of the JKM victim's record that no other agency may ever read (beyond its shared view). */
const secret = {
  name: aniRecord.names[0]?.fullName as string,
  document: 'B7654321',
  phone: '+60 12 345 6789',
  address: aniRecord.address,
  summary: aniCaseFacts.summary,
  healthNotes: 'Reports headaches since the raid; eating little.',
  careGoal: 'Safe accommodation away from the employer',
  orderReference: 'KL-IPO-41-MATRIX',
};

function fillPath(path: string, entry: MatrixEntry, fixtures: Record<FixtureKind, string>): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const kind = entry.params?.[name];
    assert.ok(kind, `${path}: no fixture for {${name}}`);
    return encodeURIComponent(fixtures[kind] ?? missing);
  });
  return entry.query ? `${filled}?${entry.query}` : filled;
}

/**
 * Valid changes that another agency tries on JKM's (or JPW's) records: with the checks switched off
 * these reach the database, where row-level security must stop them. Other writes send `{}`.
 */
const attempts = (fixtures: Record<FixtureKind, string>): Record<string, unknown> => ({
  'PATCH /api/shelters/{id}': { name: 'Taken over' },
  'PATCH /api/cases/{id}': { summary: 'Taken over' },
  'PATCH /api/users/{id}': { displayName: 'Taken over' },
  'PATCH /api/agencies/{id}': { shortName: 'Taken over' },
  'POST /api/persons/{id}/erasure': { reason: 'Taken over' },
  'PUT /api/retention-periods': {
    recordType: 'victim_case',
    scope: 'default',
    years: 1,
    source: 'Taken over',
  },
  'PUT /api/cases/{id}/care-plan': planBody({ plannedOn: '2025-11-21', goals: ['Taken over'] }),
  'POST /api/referrals/{id}/cancel': { reason: 'Taken over' },
  'POST /api/consents/{id}/withdraw': { reason: 'Taken over' },
  'POST /api/cases/{id}/status': { status: 'closed', reason: 'Taken over' },
  'POST /api/cases/{id}/erasure': { reason: 'Taken over' },
  'POST /api/placements/{id}/discharge': { dischargedOn: '2025-11-22', reason: 'other' },
  'POST /api/cases/{id}/notes': { body: 'Taken over' },
  'POST /api/protection-orders/{id}/revoke': { revokedOn: '2025-11-22', reason: 'Taken over' },
  'POST /api/referrals/{id}/decline': { reason: 'Taken over' },
  'POST /api/referrals/{id}/accept': { note: 'Taken over' },
  'POST /api/referrals/{id}/complete': { note: 'Taken over' },
  'POST /api/persons/{personId}/consents': {
    method: 'written',
    givenOn: '2025-11-20',
    recipientAgencyIds: [fixtures.agency],
    purposes: ['shelter'],
    dataCategories: ['identity'],
  },
  'POST /api/cases/{id}/protection-orders': {
    kind: 'interim',
    personId: fixtures.person,
    court: 'Taken over',
    magistrate: 'Taken over',
    courtReference: 'TAKEN-OVER',
    appliedOn: '2025-11-20',
    issuedOn: '2025-11-20',
  },
  'POST /api/cases/{id}/health-screenings': {
    screenedOn: '2025-11-20',
    consent: { given: true, basis: 'written', reference: 'TAKEN-OVER' },
    symptoms: ['cough'],
  },
  'POST /api/cases/{id}/tasks': { title: 'Taken over' },
  'POST /api/public-reports/{id}/questions': { question: 'Taken over' },
  'POST /api/public-reports/{id}/close': { reason: 'no_grounds' },
  'POST /api/public-reports/{id}/investigation': {
    reference: 'TAKEN-OVER',
    openedOn: '2025-11-20',
    offenceCodes: ['atipsom.12'],
  },
  'POST /api/public-reports/{id}/reroute': { agencyId: fixtures.agency, reason: 'Taken over' },
  'PUT /api/agencies/{id}/jurisdiction': { regions: ['MY-12'] },
  'PUT /api/cases/{id}/progress': { stage: 'Taken over', nextStep: 'Taken over', contactPoint: 'Taken over' },
  'POST /api/cases/{id}/progress-codes': { validDays: 30 },
  'PUT /api/help-content/{id}': {
    topic: 'campaign',
    translations: Object.fromEntries(
      ['en', 'ms', 'id', 'vi'].map((lang) => [lang, { title: 'Taken over', body: 'Taken over' }]),
    ),
  },
  'POST /api/investigations/{id}/adverts': { text: 'Taken over: typing job in Sihanoukville, free flight' },
  'PATCH /api/partners/{id}': { name: 'Taken over' },
  'PUT /api/action-plans/{id}': { title: 'Taken over', strategies: [] },
  'PUT /api/persons/{id}': { names: [{ fullName: 'Taken over' }] },
  'PUT /api/persons/{id}/contact': { contact: { phones: ['+60 3 0000 0000'] }, address: 'Taken over' },
  'POST /api/training-manuals': {
    edition: 'Taken over',
    title: { en: 'Taken over', ms: 'Taken over', id: 'Taken over', vi: 'Taken over' },
    chapters: [
      { number: '1', title: { en: 'Taken over', ms: 'Taken over', id: 'Taken over', vi: 'Taken over' } },
    ],
  },
  'PUT /api/committees/{id}/members': { members: [{ agencyId: fixtures.agency, role: 'chair' }] },
  'POST /api/campaigns/{id}/events': { city: 'Taken over', heldOn: '2026-05-01', audience: 'Taken over' },
  'POST /api/campaigns/{id}/materials': { title: 'Taken over', kind: 'poster', language: 'ms' },
  'POST /api/partners/{id}/mous': { title: 'Taken over', signedOn: '2025-01-01', expiresOn: '2030-01-01' },
  'POST /api/training-sessions/{id}/registrations': {
    fullName: 'Taken over',
    agencyId: fixtures.agency,
    role: 'case_manager',
  },
  'POST /api/action-plan-reports/{id}/submit': {},
  'POST /api/action-plan-reports/{id}/review': { decision: 'accept' },
  'PATCH /api/action-items/{id}': { status: 'done' },
});

const is2xx = (status: number) => status >= 200 && status < 300;

/**
 * Scopes where the agency the caller stands in changes nothing (the caller's own account, reference
 * data every agency reads, public forms): the demo users try them, the rest of the cast does not.
 */
const relationFree: ReadonlySet<string> = new Set(['public', 'signed-in', 'directory']);
const demoUser: ReadonlySet<string> = new Set(demoUsers.map((user) => user.email));

/*
 * PostgreSQL runs both modes; PGlite runs the mode where row-level security alone holds (the
 * application's checks are the same JavaScript on both databases, its policies are not), unless
 * LINDUNG_MATRIX_FULL=1 asks for both there too. That keeps the suite near a minute (decision 0019).
 */
const full = process.env.LINDUNG_MATRIX_FULL === '1';

for (const kind of await testDatabaseKinds()) {
  for (const unchecked of kind === 'postgres' || full ? [false, true] : [true]) {
    const mode = unchecked ? "the application's checks switched off" : 'the application checks';
    describe(`authorisation matrix [${kind}, ${mode}]`, () => {
      const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: unchecked });
      const sessions = new Map<string, TestSession>();
      /** The demo users, and a user of every role in JKM, KBRI and Tenaganita where none stands (cast.ts). */
      const cast: DemoUser[] = [];
      const permissions = new Map<string, Set<string>>();
      const fixtures = {} as Record<FixtureKind, string>;
      const jkmIds: string[] = [];
      const countryOfAgency = new Map<string, string>();
      const hostCountryOfAgency = new Map<string, string>();
      /** Whether the user's agency is of Malaysia, the country of the coordination fixtures. */
      const malaysian = (user: DemoUser) => countryOfAgency.get(session(user.email).agencyId) === 'MY';
      const readsMalaysian = (user: DemoUser, entry: MatrixEntry) =>
        malaysian(user) ||
        (entry.hostedReads === true && hostCountryOfAgency.get(session(user.email).agencyId) === 'MY');
      const session = (email: string) => sessions.get(email) as TestSession;
      const holds = (user: DemoUser, entry: MatrixEntry) =>
        (entry.needs ?? []).some((p) => permissions.get(user.role)?.has(p));

      it('has an entry for every endpoint of the OpenAPI document, and none for another', async () => {
        const doc = platform().app.swagger() as { paths: Record<string, Record<string, unknown>> };
        const endpoints = Object.entries(doc.paths).flatMap(([path, ops]) =>
          Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
        );
        assert.deepEqual(
          endpoints.filter((e) => !(e in matrix)),
          [],
          'endpoints without an entry in test/authorization/matrix.ts',
        );
        assert.deepEqual(
          Object.keys(matrix).filter((e) => !endpoints.includes(e)),
          [],
          'entries for endpoints that do not exist',
        );
      });

      it('signs in every role in its own agency, a sharing one and another one, and makes one record of each kind in JKM', async () => {
        const { app, db } = platform();
        cast.push(...(await castOf(db, platform().agencyIds)));
        // Every role stands in JKM (own), KBRI (shared by the referral) and another agency (other).
        const standing = new Set(cast.map((user) => `${user.role} ${relationOf(user, {} as MatrixEntry)}`));
        for (const { code } of await db.query<{ code: string }>('select code from role')) {
          for (const relation of ['own', 'shared', 'other']) {
            assert.ok(standing.has(`${code} ${relation}`), `no ${code} in the ${relation} relation`);
          }
        }
        for (const user of cast) sessions.set(user.email, await signInAs(app, user.email));
        for (const row of await db.query<{ role_code: string; permission: string }>(
          'select role_code, permission from role_permission',
        )) {
          if (!permissions.has(row.role_code)) permissions.set(row.role_code, new Set());
          permissions.get(row.role_code)?.add(row.permission);
        }
        const jkm = session('cm.jkm@demo.lindung.org');
        const kbri = session('cm.kbri@demo.lindung.org');
        const jpw = session('shelter.jpw@demo.lindung.org');
        const kemensos = session('cm.kemensos@demo.lindung.org');
        const health = session('health.jkm@demo.lindung.org');
        const police = session('investigator.pdrm@demo.lindung.org');

        fixtures.person = created(await jkm.request('POST', '/api/persons', aniRecord)).id;
        fixtures.case = created(
          await jkm.request('POST', '/api/cases', {
            type: 'victim_case',
            personId: fixtures.person,
            ...aniCaseFacts,
          }),
        ).id;
        // A second record of the victim, queued by the linkage model and merged into her.
        const secondRecord = created(
          await jkm.request('POST', '/api/persons', {
            names: [{ kind: 'birth', fullName: 'ANI SURYANI' }],
            sex: 'female',
            birth: { precision: 'year', year: 1998 },
            nationality: 'ID',
          }),
        ).id;
        ok(await jkm.request('POST', '/api/linkage/scans'));
        const pair = (
          ok(await jkm.request('GET', '/api/linkage/candidates?limit=200')).items as {
            id: string;
            version: number;
            personA: { id: string };
            personB: { id: string };
          }[]
        ).find((c) => [c.personA.id, c.personB.id].includes(secondRecord));
        fixtures.linkageCandidate = pair?.id ?? missing;
        fixtures.personMerge = created(
          await jkm.request('POST', `/api/linkage/candidates/${fixtures.linkageCandidate}/merge`, {
            survivorId: fixtures.person,
            reason: 'Same woman, name written in capitals',
            version: pair?.version ?? 1,
          }),
        ).id;
        const instruments = ok(await jkm.request('GET', '/api/screening-instruments'));
        const instrument = (instruments.items ?? instruments)[0] as { id: string; version: number | string };
        fixtures.instrument = String(instrument?.id ?? missing);
        fixtures.instrumentVersion = String(instrument?.version ?? 1);
        fixtures.screening = created(
          await jkm.request('POST', `/api/persons/${fixtures.person}/screenings`, {
            profile: 'adult_labour',
            screenedOn: daysAgo(101),
            answers: presumedVictimAnswers,
          }),
        ).id;
        // Identity only: the shared view must then carry no contact, documents or summary.
        fixtures.consent = await recordConsent(jkm, fixtures.person, {
          givenOn: daysAgo(100),
          recipientAgencyIds: [kbri.agencyId, jpw.agencyId, kemensos.agencyId],
          purposes: ['repatriation', 'shelter'],
          dataCategories: ['identity'],
        });
        fixtures.referral = await refer(jkm, {
          caseId: fixtures.case,
          consentId: fixtures.consent,
          toAgencyId: kbri.agencyId,
          purpose: 'repatriation',
        });
        await answer(kbri, fixtures.referral, 'accept');
        const shelterReferral = await refer(jkm, {
          caseId: fixtures.case,
          consentId: fixtures.consent,
          toAgencyId: jpw.agencyId,
          purpose: 'shelter',
          services: ['shelter'],
        });
        await answer(jpw, shelterReferral, 'accept');
        ok(
          await jkm.request(
            'PUT',
            `/api/cases/${fixtures.case}/care-plan`,
            planBody({
              plannedOn: daysAgo(99),
              reviewOn: daysAgo(-30),
              services: [{ type: 'shelter', startsOn: daysAgo(99), status: 'active' }],
            }),
          ),
        );
        fixtures.carePlan = fixtures.case;
        const upload = multipart('statement.pdf', pdf, 'application/pdf');
        fixtures.attachment = created(
          await jkm.request('POST', `/api/cases/${fixtures.case}/attachments`, upload.body, {
            'content-type': upload.contentType,
          }),
        ).id;
        const photo = multipart('face.png', png);
        created(
          await jkm.request('POST', `/api/persons/${fixtures.person}/photo`, photo.body, {
            'content-type': photo.contentType,
          }),
        );
        // Made 14 days ago, it expires in 7 days: its deadline's reminder is due today.
        fixtures.protectionOrder = created(
          await jkm.request('POST', `/api/cases/${fixtures.case}/protection-orders`, {
            kind: 'interim',
            personId: fixtures.person,
            court: 'Mahkamah Majistret Kuala Lumpur',
            magistrate: 'Tuan Majistret',
            courtReference: secret.orderReference,
            appliedOn: daysAgo(14),
            issuedOn: daysAgo(14),
          }),
        ).id;
        const occupancy = ok(await jkm.request('GET', '/api/shelters/occupancy?country=MY'));
        const shelter = occupancy.shelters.find((s: { name: string }) =>
          s.name.startsWith('Rumah Perlindungan Wanita'),
        );
        fixtures.shelter = shelter.shelterId;
        // The shared view holds what the consent covers (identity), and nothing more (checked below).
        const shared = ok(await kbri.request('GET', `/api/referrals/${fixtures.referral}`));
        assert.ok(
          JSON.stringify(shared).includes(secret.name),
          'the receiving agency sees the consented identity',
        );
        const shelterDetail = ok(await jpw.request('GET', `/api/shelters/${fixtures.shelter}`));
        fixtures.bed = shelterDetail.beds?.[0]?.id ?? missing;
        fixtures.placement = created(
          await jkm.request('POST', '/api/placements', {
            caseId: fixtures.case,
            shelterId: fixtures.shelter,
            reason: 'safety',
            admittedOn: daysAgo(98),
          }),
        ).id;
        fixtures.healthScreening = created(
          await health.request('POST', `/api/cases/${fixtures.case}/health-screenings`, {
            screenedOn: daysAgo(97),
            consent: { given: true, basis: 'written', reference: 'JKM/HS/0141' },
            symptoms: ['cough'],
            tests: [
              { code: 'tuberculosis', takenOn: daysAgo(97), result: 'negative', resultOn: daysAgo(95) },
            ],
            notes: secret.healthNotes,
          }),
        ).id;
        const checklists = ok(await health.request('GET', '/api/health-checklists'));
        fixtures.checklistVersion = String((checklists.items ?? checklists)[0]?.version ?? '1');
        fixtures.repatriation = created(
          await jkm.request(
            'POST',
            `/api/cases/${fixtures.case}/repatriations`,
            repatriationBody(kemensos.agencyId, { plannedOn: daysAgo(60) }),
          ),
        ).id;
        ok(
          await jkm.request('POST', `/api/repatriations/${fixtures.repatriation}/departure`, {
            departedOn: daysAgo(50),
          }),
        );
        ok(
          await kemensos.request('POST', `/api/repatriations/${fixtures.repatriation}/receipt`, {
            handedOverOn: daysAgo(49),
          }),
        );
        fixtures.reintegrationPlan = created(
          await kemensos.request('POST', '/api/reintegration-plans', {
            repatriationId: fixtures.repatriation,
            goals: ['Back with her family'],
          }),
        ).id;
        fixtures.investigation = created(
          await police.request('POST', '/api/investigations', {
            reference: 'IP/KL/MATRIX',
            openedOn: daysAgo(90),
            offenceCodes: ['atipsom.12'],
          }),
        ).id;
        const suspectPerson = created(
          await police.request('POST', '/api/persons', { names: [{ fullName: 'Tan Ah Kow' }], sex: 'male' }),
        ).id;
        const suspect = created(
          await police.request('POST', `/api/investigations/${fixtures.investigation}/suspects`, {
            personId: suspectPerson,
          }),
        ).id;
        fixtures.charge = created(
          await police.request('POST', `/api/investigations/${fixtures.investigation}/charges`, {
            suspectId: suspect,
            offenceCode: 'atipsom.12',
            chargedOn: daysAgo(80),
          }),
        ).id;
        fixtures.restitutionOrder = missing;
        const mapo = session('coordinator.mapo@demo.lindung.org');
        const jkmAgency = platform().agencyIds.jkm;
        const mapoAgency = platform().agencyIds.mapo;
        const plan = created(
          await mapo.request('POST', '/api/action-plans', {
            title: 'National Action Plan (matrix)',
            startYear: 2021,
            endYear: 2025,
            strategies: [
              {
                pillar: 'protection',
                title: 'Protect victims',
                activities: [
                  { title: 'Shelter places', responsibleAgencyId: jkmAgency },
                  { title: 'Awareness events', responsibleAgencyId: mapoAgency },
                ],
              },
            ],
          }),
        );
        fixtures.actionPlan = plan.id;
        const mapoActivity = (
          plan.strategies as { activities: { id: string; title: string }[] }[]
        )[0]?.activities.find((a) => a.title === 'Awareness events')?.id;
        const planReport = (year: number, submit: boolean) =>
          mapo.request('POST', `/api/action-plans/${plan.id}/reports`, {
            activityId: mapoActivity,
            year,
            status: 'on_track',
            narrative: 'Events held in Kuala Lumpur and Penang.',
            submit,
          });
        fixtures.actionPlanReport = created(await planReport(2021, true)).id;
        fixtures.actionPlanDraft = created(await planReport(2022, false)).id;
        const evidence = multipart('register.pdf', pdf, 'application/pdf');
        fixtures.actionPlanEvidence = created(
          await mapo.request(
            'POST',
            `/api/action-plan-reports/${fixtures.actionPlanDraft}/evidence`,
            evidence.body,
            {
              'content-type': evidence.contentType,
            },
          ),
        ).id;
        fixtures.committee = created(
          await mapo.request('POST', '/api/committees', {
            name: 'Council (matrix)',
            members: [
              { agencyId: platform().agencyIds.mapo, role: 'chair' },
              { agencyId: jkmAgency, role: 'member' },
            ],
          }),
        ).id;
        fixtures.meeting = created(
          await mapo.request('POST', `/api/committees/${fixtures.committee}/meetings`, {
            heldOn: '2026-03-10',
            place: 'Putrajaya',
            agenda: ['Progress of the action plan'],
          }),
        ).id;
        // A second meeting, recorded with an action item of MAPO's (the first stays unrecorded to try).
        const recordedMeeting = created(
          await mapo.request('POST', `/api/committees/${fixtures.committee}/meetings`, {
            heldOn: '2026-02-10',
            place: 'Putrajaya',
          }),
        ).id;
        const recorded = ok(
          await mapo.request('POST', `/api/meetings/${recordedMeeting}/record`, {
            attendance: [{ agencyId: mapoAgency, present: true }],
            minutes: 'The council met.',
            actionItems: [{ title: 'Circulate the report', ownerAgencyId: mapoAgency, dueOn: '2026-03-31' }],
          }),
        );
        fixtures.actionItem = (recorded.actionItems as { id: string }[])[0]?.id ?? missing;
        const guideline = created(
          await mapo.request('POST', '/api/guidelines', {
            title: 'Guideline (matrix)',
            version: {
              effectiveOn: '2021-06-01',
              summary: 'First issue',
              body: 'Screen on admission.',
              requiredAgencyIds: [jkmAgency],
            },
          }),
        );
        fixtures.guideline = guideline.id;
        fixtures.guidelineVersion = (guideline.versions as { id: string }[])[0]?.id ?? missing;
        const publicReportCreated = created(
          await app.inject({
            method: 'POST',
            url: '/api/public/reports',
            payload: await reportBody(app, { pictures: [{ contentBase64: png.toString('base64') }] }),
          }),
        );
        const publicReport = (
          await db.query<{ id: string }>('select id from public_report where tracking_code = $1', [
            publicReportCreated.trackingCode,
          ])
        )[0]?.id as string;
        fixtures.publicReport = publicReport;
        fixtures.publicReportPicture = (
          await db.query<{ id: string }>('select id from public_report_attachment where report_id = $1', [
            publicReport,
          ])
        )[0]?.id as string;
        // A secret is issued only for a case with a published summary.
        ok(
          await jkm.request('PUT', `/api/cases/${fixtures.case}/progress`, {
            stage: 'In a shelter',
            nextStep: 'Hearing',
            contactPoint: 'JKM hotline 15999',
          }),
        );
        fixtures.progressCode = created(
          await jkm.request('POST', `/api/cases/${fixtures.case}/progress-codes`, { validDays: 30 }),
        ).id;
        fixtures.helpContent = (
          await db.query<{ id: string }>(
            "select id from help_content where country = 'MY' order by id limit 1",
          )
        )[0]?.id as string;
        const trainer = session('trainer.mapo@demo.lindung.org');
        fixtures.trainingCourse = created(
          await trainer.request('POST', '/api/training-courses', {
            title: 'Identifying victims (matrix)',
            topic: 'identification',
            curriculum: 'Indicators and referral.',
            languages: ['ms'],
          }),
        ).id;
        fixtures.trainingSession = created(
          await trainer.request('POST', `/api/training-courses/${fixtures.trainingCourse}/sessions`, {
            startsOn: '2026-03-10',
            endsOn: '2026-03-11',
            mode: 'online',
            trainers: ['Mohd Faizal Hamid'],
            capacity: 5,
            language: 'ms',
          }),
        ).id;
        const registered = created(
          await trainer.request('POST', `/api/training-sessions/${fixtures.trainingSession}/registrations`, {
            fullName: 'Participant (matrix)',
            agencyId: jkmAgency,
            role: 'case_manager',
          }),
        ) as unknown as { participants: { id: string }[] };
        const participantId = registered.participants[0]?.id ?? missing;
        ok(
          await trainer.request('POST', `/api/training-sessions/${fixtures.trainingSession}/attendance`, {
            records: [{ participantId, attended: true, preScore: 50, postScore: 80 }],
          }),
        );
        const certified = created(
          await trainer.request('POST', `/api/training-sessions/${fixtures.trainingSession}/certificates`, {
            participantIds: [participantId],
          }),
        ) as unknown as { participants: { certificate: { id: string; code: string } }[] };
        fixtures.trainingCertificate = certified.participants[0]?.certificate.id ?? missing;
        fixtures.certificateCode = certified.participants[0]?.certificate.code ?? missing;
        fixtures.partner = created(
          await mapo.request('POST', '/api/partners', {
            name: 'Partner (matrix)',
            kind: 'cso',
            services: ['shelter'],
            contactName: 'Focal Point',
            contactPhone: '+60 3 1234 5678',
          }),
        ).id;
        const report = await jkm.request('POST', '/api/reports', {
          kind: 'tip-table',
          from: '2025-01-01',
          to: '2025-12-31',
          format: 'csv',
        });
        assert.equal(report.statusCode, 202, report.body);
        fixtures.report = report.json().id;
        await createJobRunner(db, {
          handlers: { [generateReportJob]: generateReportHandler(db, platform().keyring, platform().config) },
        }).drain();
        const retention = await session('admin.jkm@demo.lindung.org').request(
          'PUT',
          '/api/retention-periods',
          {
            recordType: 'victim_case',
            scope: 'agency',
            years: 12,
            source: 'JKM records policy (matrix)',
          },
        );
        assert.equal(retention.statusCode, 200, retention.body);
        fixtures.retentionPeriod = retention.json().id;
        fixtures.campaign = created(
          await mapo.request('POST', '/api/campaigns', {
            title: 'Campaign (matrix)',
            audiences: ['migrant workers'],
            languages: ['ms'],
            startsOn: '2026-01-01',
            endsOn: '2026-12-31',
          }),
        ).id;
        for (const row of await db.query<{ id: string; country: string; host_country: string | null }>(
          'select id, country, host_country from agency',
        )) {
          countryOfAgency.set(row.id, row.country);
          if (row.host_country) hostCountryOfAgency.set(row.id, row.host_country);
        }
        await db.transaction((tx) => sweepReminders(tx, { leadDays: [7] }));
        const deadlines = ok(await jkm.request('GET', '/api/deadlines'));
        fixtures.deadline = deadlines.items[0]?.id ?? missing;
        const notifications = ok(await jkm.request('GET', '/api/notifications'));
        fixtures.notification = notifications.items[0]?.id ?? missing;
        // A task of JKM's case: read by its id (GET /api/tasks/{id}), changed by PATCH.
        fixtures.task = created(
          await jkm.request('POST', `/api/cases/${fixtures.case}/tasks`, { title: 'Call the shelter' }),
        ).id;
        fixtures.approval = missing;
        // Another agency erased a likely match of JKM's victim: the platform's notice on JKM's own
        // person (only the erasure job writes notices, so it is made here as the platform, decision 0042).
        const returnee = created(
          await kemensos.request('POST', '/api/persons', {
            names: [{ kind: 'birth', fullName: 'Returnee Matrix' }],
            sex: 'female',
          }),
        ).id;
        const returneeCase = created(
          await kemensos.request('POST', '/api/cases', { type: 'victim_case', personId: returnee }),
        ).id;
        const noticed = await db.query<{ id: string }>(
          `with erased as (
             insert into approval_request (agency_id, kind, case_id, requested_by, status, decided_by, decided_at)
             values ($1, 'erasure', $2, $3, 'approved', $4, now()) returning id)
           insert into erasure_notice (agency_id, person_id, probability, approval_id)
           select $5, $6, 0.97, id from erased returning id`,
          [
            kemensos.agencyId,
            returneeCase,
            kemensos.userId,
            session('admin@demo.lindung.org').userId,
            jkm.agencyId,
            fixtures.person,
          ],
        );
        assert.equal(noticed.length, 1);
        fixtures.erasureNotice = noticed[0]?.id ?? missing;
        // KEMENSOS's returnee is likely JKM's victim, whom JKM recorded first: JKM holds the pair
        // (decision 0050). Hints are the platform's to write, so the pair is made here as the platform.
        const hinted = await db.query<{ id: string }>(
          `with held as (
             insert into person_match_hint (agency_id, person_id, other_agency_id, probability)
             values ($1, $2, $3, 0.97) returning id),
           newer as (
             insert into person_match_hint (agency_id, person_id, other_agency_id, probability)
             values ($3, $4, $1, 0.97) returning id),
           paired as (
             insert into person_match_hint_pair (holder_hint_id, newer_hint_id)
             select held.id, newer.id from held, newer)
           select id from held`,
          [jkm.agencyId, fixtures.person, kemensos.agencyId, returnee],
        );
        fixtures.linkageHint = hinted[0]?.id ?? missing;
        const notices = ok(await jkm.request('GET', '/api/erasure-notices'));
        assert.ok(JSON.stringify(notices).includes(fixtures.person), "JKM's case workers see the notice");
        fixtures.user = (
          await db.query<{ id: string }>('select id from app_user where email = $1', [fixtureUser])
        )[0]?.id as string;
        fixtures.agency = platform().agencyIds.jkm;
        fixtures.token = missing;
        for (const key of [
          'person',
          'case',
          'screening',
          'consent',
          'referral',
          'attachment',
          'protectionOrder',
          'placement',
          'healthScreening',
          'deadline',
          'notification',
          'linkageCandidate',
          'personMerge',
          'erasureNotice',
          'linkageHint',
          'task',
        ] as const) {
          if (fixtures[key] !== missing) jkmIds.push(fixtures[key]);
        }
      });

      /** Asserts that a response to `user` holds nothing of the victim's record beyond their scope. */
      function assertInScope(
        user: DemoUser | undefined,
        relation: Relation,
        label: string,
        url: string,
        raw: string,
      ) {
        const role = user ? permissions.get(user.role) : undefined;
        const body = raw.replaceAll(url.split('?')[0] as string, ''); // a problem's `instance` names the URL asked for
        if (!role?.has('health:read')) {
          assert.ok(!body.includes(secret.healthNotes), `${label}: health findings without health:read`);
        }
        // JKM's own staff may read JKM's victim, whichever agency owns the endpoint's record.
        if (relation === 'own' || user?.agency === 'jkm') return;
        for (const value of [
          secret.document,
          secret.phone,
          secret.address,
          secret.summary,
          secret.careGoal,
        ]) {
          assert.ok(!body.includes(value), `${label}: ${relation} agency read "${value}"`);
        }
        if (relation === 'other') {
          for (const value of [secret.name, secret.orderReference, ...jkmIds]) {
            assert.ok(!body.includes(value), `${label}: another agency read "${value}"`);
          }
        }
      }

      const entries = Object.entries(matrix);
      const reads = entries.filter(([endpoint]) => endpoint.startsWith('GET '));
      const writes = entries.filter(
        ([endpoint, entry]) => !endpoint.startsWith('GET ') && entry.scope !== 'public',
      );

      /**
       * Runs `ask` for every user: all at once on PostgreSQL, whose pool answers them side by side
       * (a third of the time); one after the other on PGlite, whose one connection only queues them
       * (concurrent requests there took twice as long).
       */
      const eachOf = async (users: readonly DemoUser[], ask: (user: DemoUser) => Promise<void>) => {
        if (kind === 'postgres') await Promise.all(users.map(ask));
        else for (const user of users) await ask(user);
      };

      /**
       * Asks every read as these users (and anonymously, when `anonymous`), and returns what differs
       * from the table.
       */
      async function checkReads(users: readonly DemoUser[], anonymous: boolean): Promise<string[]> {
        const { app } = platform();
        const failures: string[] = [];
        for (const [endpoint, entry] of reads) {
          const [, path] = endpoint.split(' ') as [string, string];
          const url = fillPath(path, entry, fixtures);
          if (anonymous) {
            const response = await app.inject({ method: 'GET', url });
            const expectAnonymous = entry.scope === 'public' ? [200] : [401];
            if (!expectAnonymous.includes(response.statusCode)) {
              failures.push(`${endpoint} anonymous: ${response.statusCode}, expected ${expectAnonymous}`);
            }
            if (entry.scope !== 'public')
              assertInScope(undefined, 'other', `${endpoint} anonymous`, url, response.body);
          }
          const askers = users.filter((user) => demoUser.has(user.email) || !relationFree.has(entry.scope));
          await eachOf(askers, async (user) => {
            const relation = relationOf(user, entry, permissions.get(user.role));
            const response = await session(user.email).request('GET', url);
            const label = `${endpoint} as ${user.role} (${user.agency}, ${relation})`;
            assertInScope(user, relation, label, url, response.body);
            // Everyone may read their own account.
            const self = entry.params?.id === 'user' && user.email === fixtureUser;
            const expected = self
              ? [200]
              : entry.scope === 'country'
                ? [
                    !readsMalaysian(user, entry)
                      ? 404
                      : entry.needs &&
                          !unchecked &&
                          (!holds(user, entry) || (entry.keeperOnly && user.agency !== 'mapo'))
                        ? 403
                        : 200,
                  ]
                : expectedRead(entry, relation, holds(user, entry), unchecked, user);
            if (expected && !expected.includes(response.statusCode)) {
              failures.push(`${label}: ${response.statusCode}, expected ${expected.join(' or ')}`);
            }
          });
        }
        return failures.sort();
      }

      it('answers every read for the demo users and anonymous callers as the table says, with nothing out of scope', async () => {
        assert.deepEqual(
          await checkReads(
            cast.filter((user) => demoUser.has(user.email)),
            true,
          ),
          [],
        );
      });

      it('answers every read for every other role in its own agency, a sharing one and another one as the table says, with nothing out of scope', async () => {
        assert.deepEqual(
          await checkReads(
            cast.filter((user) => !demoUser.has(user.email)),
            false,
          ),
          [],
        );
      });

      it('lets no change through from anonymous callers, other agencies or roles without the permission, and writes nothing', async () => {
        const { app, db } = platform();
        const before = await tableDigests(db);
        const failures: string[] = [];
        for (const [endpoint, entry] of writes) {
          const [method, path] = endpoint.split(' ') as [string, string];
          const url = fillPath(path, entry, fixtures);
          if (!/\{/.test(path) || entry.scope !== 'signed-in') {
            const anonymous = await app.inject({ method: method as 'POST', url, payload: {} });
            if (anonymous.statusCode !== 401) failures.push(`${endpoint} anonymous: ${anonymous.statusCode}`);
          }
          if (entry.scope === 'signed-in' && !entry.params) continue; // about the caller themselves
          const refused = cast.filter((user) => {
            if (!demoUser.has(user.email) && relationFree.has(entry.scope)) return false;
            // A country's coordination record: another country's users must be refused.
            if (entry.scope === 'country' && malaysian(user)) return false;
            const relation = relationOf(user, entry, permissions.get(user.role));
            const allowed = holds(user, entry);
            // A creation by one who may: it is made in the caller's own agency (or country).
            if (!entry.params && entry.scope === 'agency' && allowed) return false;
            // Only those who must be refused: another agency (always), and without the checks only that.
            if (relation === 'own' && (allowed || unchecked)) return false;
            if (relation === 'shared' && (entry.scope === 'referral' || unchecked)) return false;
            if (relation === 'shared' && allowed) return false;
            return !(entry.scope === 'signed-in' && user.email === 'cm.jkm@demo.lindung.org');
          });
          await eachOf(refused, async (user) => {
            const response = await session(user.email).request(
              method,
              url,
              attempts(fixtures)[endpoint] ?? {},
            );
            // Also without the checks: a change that row-level security stops must not answer 2xx (a
            // shelter rename once answered 200 and audited a change that never happened).
            if (is2xx(response.statusCode)) {
              const relation = relationOf(user, entry, permissions.get(user.role));
              failures.push(
                `${endpoint} as ${user.role} (${user.agency}, ${relation}): ${response.statusCode}`,
              );
            }
          });
        }
        assert.deepEqual(failures.sort(), []);
        assert.deepEqual(await tableDigests(db), before, 'a refused request wrote something');
      });
    });
  }
}

function expectedRead(
  entry: MatrixEntry,
  relation: Relation,
  allowed: boolean,
  unchecked: boolean,
  user: DemoUser,
): number[] | undefined {
  const item = entry.params !== undefined;
  if (entry.scope === 'public') return [200];
  if (entry.scope === 'signed-in') return item ? [200, 404] : [200];
  if (entry.scope === 'directory') return unchecked ? undefined : allowed ? [200] : [403, 404];
  if (unchecked) {
    // Without the checks only row-level security answers: nothing of another agency is found.
    if (relation === 'other') return item ? [404, 200] : [200, 403, 404];
    return undefined;
  }
  // Refused: 403, or 404 where the module hides that the record exists.
  if (!allowed) return [403, 404];
  if (relation === 'own') return [200];
  // The referral's receiving agency sees its shared view; the other receivers see their own referrals only.
  if (relation === 'shared')
    return entry.scope === 'referral' && user.agency === 'kbri' ? [200] : item ? [200, 404] : [200];
  // Another agency's record: not found, or refused outright (403) where the module checks the owner first.
  return item ? [404, 403] : [200];
}
