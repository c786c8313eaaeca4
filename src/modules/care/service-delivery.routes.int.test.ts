import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { openCareCase, planBody, serviceBody } from './care.factory.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`services delivered [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let caseId: string;
    let plannedShelterId: string;

    it('records a service delivered by the agency itself, its description kept encrypted', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      caseId = await openCareCase(jkm);
      const recorded = await jkm.request('POST', `/api/cases/${caseId}/services`, serviceBody());
      assert.equal(recorded.statusCode, 201, recorded.body);
      assert.equal(recorded.json().providerAgencyId, jkm.agencyId);
      assert.equal(recorded.json().plannedServiceId, null);
      assert.match(recorded.json().description, /hand injury/);
      const [row] = await platform().db.query<{ description: string }>(
        'select description from service_delivery where id = $1',
        [recorded.json().id],
      );
      assert.match(row?.description ?? '', /^v1\./);
      assert.doesNotMatch(row?.description ?? '', /injury/);
    });

    it('links a delivery by another agency to the planned service, across plan versions', async () => {
      const jpw = platform().agencyIds.jpw;
      const plan = await jkm.request(
        'PUT',
        `/api/cases/${caseId}/care-plan`,
        planBody({ services: [{ type: 'shelter', responsibleAgencyId: jpw }] }),
      );
      plannedShelterId = plan.json().services[0].id;
      await jkm.request(
        'PUT',
        `/api/cases/${caseId}/care-plan`,
        planBody({
          services: [{ id: plannedShelterId, type: 'shelter', responsibleAgencyId: jpw, status: 'active' }],
        }),
      );
      const delivered = await jkm.request(
        'POST',
        `/api/cases/${caseId}/services`,
        serviceBody({
          type: 'shelter',
          deliveredOn: '2025-11-25',
          providerAgencyId: jpw,
          plannedServiceId: plannedShelterId,
          description: 'Admitted to the women’s shelter in Kuala Lumpur.',
        }),
      );
      assert.equal(delivered.statusCode, 201, delivered.body);
      assert.equal(delivered.json().plannedServiceId, plannedShelterId);
      assert.equal(delivered.json().providerAgencyId, jpw);
      const list = (await jkm.request('GET', `/api/cases/${caseId}/services`)).json();
      assert.deepEqual(
        list.items.map((s: { type: string; deliveredOn: string }) => [s.type, s.deliveredOn]),
        [
          ['shelter', '2025-11-25'],
          ['medical', '2025-11-22'],
        ],
      );
    });

    it('refuses a delivery in the future, of another type than planned, or from an unknown agency', async () => {
      const refused = await jkm.request(
        'POST',
        `/api/cases/${caseId}/services`,
        serviceBody({
          deliveredOn: '2999-01-01',
          plannedServiceId: plannedShelterId,
          providerAgencyId: '5b0cb9c2-4d1f-4f36-9a43-3cf41dc3a0f1',
        }),
      );
      assert.equal(refused.statusCode, 400);
      assert.deepEqual(
        refused.json().errors.map((e: { field: string }) => e.field),
        ['deliveredOn', 'providerAgencyId', 'type'],
      );
      const otherCase = await openCareCase(jkm, 'Thida Aung');
      const foreign = await jkm.request(
        'POST',
        `/api/cases/${otherCase}/services`,
        serviceBody({ type: 'shelter', plannedServiceId: plannedShelterId }),
      );
      assert.deepEqual(foreign.json().errors, [
        {
          code: 'service_not_of_care_plan',
          field: 'plannedServiceId',
          message: "is not a service of this case's care plan",
        },
      ]);
      const missing = await jkm.request('POST', `/api/cases/${caseId}/services`, { type: 'medical' });
      assert.deepEqual(
        missing
          .json()
          .errors.map((e: { field: string }) => e.field)
          .sort(),
        ['deliveredOn', 'description'],
      );
    });

    it('puts each delivery on the timeline and audits reading them', async () => {
      const timeline = (await jkm.request('GET', `/api/cases/${caseId}/timeline`)).json();
      const delivered = timeline.items.filter((e: { kind: string }) => e.kind === 'case.service_delivered');
      assert.deepEqual(
        delivered.map((e: { detail: { type: string } }) => e.detail.type),
        ['medical', 'shelter'],
      );
      const audit = await platform().db.query(
        `select 1 from audit_event where action = 'case.read_services' and subject_id = $1`,
        [caseId],
      );
      assert.equal(audit.length, 1);
    });
  });
}
