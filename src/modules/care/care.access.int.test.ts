import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { assessmentBody, openCareCase, planBody, serviceBody, userIdOf } from './care.factory.ts';

const reads = ['needs-assessments', 'care-plan', 'care-plan/versions', 'services'];
const writes = (caseId: string): [string, string, unknown][] => [
  ['POST', `/api/cases/${caseId}/needs-assessments`, assessmentBody()],
  ['PUT', `/api/cases/${caseId}/care-plan`, planBody()],
  ['POST', `/api/cases/${caseId}/services`, serviceBody()],
];

for (const kind of await testDatabaseKinds()) {
  describe(`who may record and read a case's care [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let caseId: string;
    const careRows = () =>
      platform().db.query(
        `select (select count(*)::int from needs_assessment) as assessments,
                (select count(*)::int from care_plan) as plans,
                (select count(*)::int from service_delivery) as services`,
      );

    it('records an assessment, a plan and a service, each on the timeline in turn', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      caseId = await openCareCase(jkm);
      for (const [method, url, body] of writes(caseId)) {
        const response = await jkm.request(method, url, body);
        assert.ok([200, 201].includes(response.statusCode), `${method} ${url}: ${response.body}`);
      }
      const timeline = (await jkm.request('GET', `/api/cases/${caseId}/timeline`)).json();
      assert.deepEqual(
        timeline.items.map((e: { kind: string }) => e.kind),
        ['case.opened', 'case.needs_assessed', 'case.care_plan_created', 'case.service_delivered'],
      );
    });

    it('answers 404 to another agency, for every read and write', async () => {
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      const before = await careRows();
      for (const path of reads) {
        const response = await kbri.request('GET', `/api/cases/${caseId}/${path}`);
        assert.equal(response.statusCode, 404, `GET ${path}: ${response.body}`);
      }
      for (const [method, url, body] of writes(caseId)) {
        const response = await kbri.request(method, url, body);
        assert.equal(response.statusCode, 404, `${method} ${url}: ${response.body}`);
        assert.equal(response.json().code, 'case_not_found');
      }
      assert.deepEqual(await careRows(), before);
    });

    it('lets a member who may only read cases read the care, and answers 403 to their changes', async () => {
      // A shelter manager (case:read, no case:write) who also works for the welfare department.
      const shelterManager = await userIdOf(platform().db, 'shelter.jpw@demo.lindung.org');
      await platform().db.query(
        `insert into membership (user_id, agency_id, role_code) values ($1, $2, 'shelter_manager')`,
        [shelterManager, jkm.agencyId],
      );
      const reader = await signInAs(platform().app, 'shelter.jpw@demo.lindung.org', {
        agencyId: jkm.agencyId,
      });
      for (const path of reads) {
        const response = await reader.request('GET', `/api/cases/${caseId}/${path}`);
        assert.equal(response.statusCode, 200, `GET ${path}: ${response.body}`);
      }
      const before = await careRows();
      for (const [method, url, body] of writes(caseId)) {
        const response = await reader.request(method, url, body);
        assert.equal(response.statusCode, 403, `${method} ${url}: ${response.body}`);
      }
      assert.deepEqual(await careRows(), before);
    });

    it('refuses every change to a closed case with 409, and still shows what was recorded', async () => {
      const closed = await jkm.request('POST', `/api/cases/${caseId}/status`, {
        status: 'closed',
        reason: 'Returned home',
      });
      assert.equal(closed.statusCode, 200, closed.body);
      const before = await careRows();
      for (const [method, url, body] of writes(caseId)) {
        const response = await jkm.request(method, url, body);
        assert.equal(response.statusCode, 409, `${method} ${url}: ${response.body}`);
        assert.equal(response.json().code, 'case_closed');
      }
      assert.deepEqual(await careRows(), before);
      for (const path of reads) {
        assert.equal((await jkm.request('GET', `/api/cases/${caseId}/${path}`)).statusCode, 200, path);
      }
    });
  });
}
