import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { openCareCase } from '../care/care.factory.ts';
import { screeningBody } from './health-screening.factory.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`health screenings [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let caseManager: TestSession;
    let health: TestSession;
    let caseId: string;
    let screeningId: string;

    it('lists the checklist versions with labels in every language', async () => {
      caseManager = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      health = await signInAs(platform().app, 'health.jkm@demo.lindung.org');
      const response = await health.request('GET', '/api/health-checklists');
      assert.equal(response.statusCode, 200, response.body);
      const [checklist] = response.json().items;
      assert.equal(checklist.current, true);
      const fever = checklist.symptoms.find((s: { code: string }) => s.code === 'fever');
      assert.deepEqual(fever.label, { en: 'Fever', ms: 'Demam', id: 'Demam', vi: 'Sốt' });
      const one = await health.request('GET', `/api/health-checklists/${checklist.version}`);
      assert.equal(one.json().version, checklist.version);
    });

    it('records a consented screening with its checklist version, findings stored encrypted', async () => {
      caseId = await openCareCase(caseManager);
      const response = await health.request(
        'POST',
        `/api/cases/${caseId}/health-screenings`,
        screeningBody(),
      );
      assert.equal(response.statusCode, 201, response.body);
      const screening = response.json();
      screeningId = screening.id;
      assert.equal(screening.checklistVersion, 'mapo-infectious-2021.1');
      assert.deepEqual(screening.consent, { basis: 'written', reference: 'JKM/HS/2025/0141' });
      assert.deepEqual(screening.symptoms, ['fever', 'cough']);
      assert.equal(screening.tests[0].result, 'positive');
      assert.deepEqual(screening.separation, {
        kind: 'isolation',
        startsOn: '2025-11-20',
        endsOn: '2025-11-27',
      });
      assert.equal(screening.referral.facility, 'Klinik Kesihatan Jinjang');
      const [row] = await platform().db.query<{ findings: string }>(
        'select findings from health_screening where id = $1',
        [screeningId],
      );
      assert.match(row?.findings ?? '', /^v1\./);
      assert.doesNotMatch(row?.findings ?? '', /Jinjang|fever/);
    });

    it('shows the screening to the health worker and audits each read', async () => {
      const list = await health.request('GET', `/api/cases/${caseId}/health-screenings`);
      assert.equal(list.statusCode, 200, list.body);
      assert.equal(list.json().items.length, 1);
      const one = await health.request('GET', `/api/health-screenings/${screeningId}`);
      assert.equal(one.statusCode, 200, one.body);
      assert.equal(one.json().notes, 'Tired, eating little.');
      const audited = await platform().db.query<{ action: string }>(
        `select action from audit_event where action in ('health_screening.read', 'health_screening.list',
           'health_screening.record') order by id`,
      );
      assert.deepEqual(
        audited.map((a) => a.action),
        ['health_screening.record', 'health_screening.list', 'health_screening.read'],
      );
    });

    it('puts the screening on the timeline without its findings', async () => {
      const timeline = (await caseManager.request('GET', `/api/cases/${caseId}/timeline`)).json();
      const event = timeline.items.find((e: { kind: string }) => e.kind === 'case.health_screened');
      assert.ok(event, JSON.stringify(timeline));
      assert.doesNotMatch(JSON.stringify(event), /fever|positive|Jinjang/);
    });

    it('answers 403 to a case manager of the same agency, who has no health permission', async () => {
      const list = await caseManager.request('GET', `/api/cases/${caseId}/health-screenings`);
      assert.equal(list.statusCode, 403, list.body);
      const one = await caseManager.request('GET', `/api/health-screenings/${screeningId}`);
      assert.equal(one.statusCode, 404, one.body);
      const record = await caseManager.request(
        'POST',
        `/api/cases/${caseId}/health-screenings`,
        screeningBody(),
      );
      assert.equal(record.statusCode, 403, record.body);
    });

    it('answers 404 to another agency', async () => {
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      assert.equal((await kbri.request('GET', `/api/cases/${caseId}/health-screenings`)).statusCode, 404);
      assert.equal((await kbri.request('GET', `/api/health-screenings/${screeningId}`)).statusCode, 404);
    });

    it('refuses a screening without consent, naming the field', async () => {
      const response = await health.request(
        'POST',
        `/api/cases/${caseId}/health-screenings`,
        screeningBody({ consent: { given: false, basis: 'written', reference: 'x' } }),
      );
      assert.equal(response.statusCode, 400, response.body);
      assert.match(response.headers['content-type'] as string, /application\/problem\+json/);
      assert.ok(
        response.json().errors.some((e: { field: string }) => e.field.startsWith('consent')),
        response.body,
      );
    });

    it('refuses codes the checklist does not know and dates out of order, writing nothing', async () => {
      const before = await platform().db.query('select id from health_screening');
      const response = await health.request(
        'POST',
        `/api/cases/${caseId}/health-screenings`,
        screeningBody({
          symptoms: ['fever', 'headache'],
          tests: [{ code: 'covid19_rt_pcr', takenOn: '2025-11-20', result: 'maybe' }],
          separation: { kind: 'quarantine', startsOn: '2025-11-20', endsOn: '2025-11-10' },
          referral: { facility: 'Klinik', referredOn: '2025-11-01' },
        }),
      );
      assert.equal(response.statusCode, 400, response.body);
      assert.deepEqual(
        response.json().errors.map((e: { field: string }) => e.field),
        ['symptoms.1', 'tests.0.result', 'separation.endsOn', 'referral.referredOn'],
      );
      assert.equal((await platform().db.query('select id from health_screening')).length, before.length);
    });

    it('refuses a screening dated in the future', async () => {
      const response = await health.request(
        'POST',
        `/api/cases/${caseId}/health-screenings`,
        screeningBody({ screenedOn: '2999-01-01', separation: undefined, referral: undefined }),
      );
      assert.equal(response.statusCode, 400, response.body);
      assert.deepEqual(
        response.json().errors.map((e: { field: string }) => e.field),
        ['screenedOn'],
      );
    });
  });
}
