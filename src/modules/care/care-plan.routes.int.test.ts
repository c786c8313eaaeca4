import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { openCareCase, planBody } from './care.factory.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`care plans [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let caseId: string;
    let shelterServiceId: string;

    it('has no care plan until one is made', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      caseId = await openCareCase(jkm);
      const none = await jkm.request('GET', `/api/cases/${caseId}/care-plan`);
      assert.equal(none.statusCode, 404);
      assert.equal(none.json().code, 'care_plan_not_found');
    });

    it('makes version 1 with goals kept encrypted and a service given by another agency', async () => {
      const jpw = platform().agencyIds.jpw;
      const made = await jkm.request(
        'PUT',
        `/api/cases/${caseId}/care-plan`,
        planBody({
          basedOnVersion: null,
          services: [
            { type: 'shelter', responsibleAgencyId: jpw, startsOn: '2025-11-21', status: 'active' },
            { type: 'legal_aid' },
          ],
        }),
      );
      assert.equal(made.statusCode, 200, made.body);
      const plan = made.json();
      assert.equal(plan.version, 1);
      assert.equal(plan.current, true);
      assert.deepEqual(plan.goals, ['Safe accommodation away from the employer', 'Recover wages owed']);
      assert.deepEqual(
        plan.services.map((s: { type: string; responsibleAgencyId: string; status: string }) => [
          s.type,
          s.responsibleAgencyId,
          s.status,
        ]),
        [
          ['shelter', jpw, 'active'],
          ['legal_aid', jkm.agencyId, 'planned'],
        ],
      );
      assert.equal(plan.reviewOverdue, true, 'reviewed on 2025-12-21, which has passed');
      shelterServiceId = plan.services[0].id;
      const [row] = await platform().db.query<{ goals: string }>(
        'select goals from care_plan where id = $1',
        [plan.id],
      );
      assert.match(row?.goals ?? '', /^v1\./);
      assert.doesNotMatch(row?.goals ?? '', /wages/);
    });

    it('makes version 2 on editing, carrying a service forward by its id, and keeps version 1', async () => {
      const revised = await jkm.request(
        'PUT',
        `/api/cases/${caseId}/care-plan`,
        planBody({
          basedOnVersion: 1,
          plannedOn: '2025-12-20',
          reviewOn: '2999-01-01',
          goals: ['Safe accommodation away from the employer'],
          services: [
            {
              id: shelterServiceId,
              type: 'shelter',
              responsibleAgencyId: platform().agencyIds.jpw,
              status: 'done',
            },
          ],
        }),
      );
      assert.equal(revised.statusCode, 200, revised.body);
      assert.equal(revised.json().version, 2);
      assert.equal(revised.json().reviewOverdue, false);
      assert.equal(revised.json().services[0].id, shelterServiceId);
      const current = (await jkm.request('GET', `/api/cases/${caseId}/care-plan`)).json();
      assert.equal(current.id, revised.json().id);
      const versions = (await jkm.request('GET', `/api/cases/${caseId}/care-plan/versions`)).json();
      assert.deepEqual(
        versions.items.map((v: { version: number; current: boolean; reviewOverdue: boolean }) => [
          v.version,
          v.current,
          v.reviewOverdue,
        ]),
        [
          [2, true, false],
          [1, false, false],
        ],
      );
      assert.equal(versions.items[1].goals.length, 2);
      assert.equal(versions.items[1].services[0].status, 'active');
      assert.equal(versions.items[1].approvedByUserId, null);
    });

    it('refuses an edit made on a version that is no longer current', async () => {
      const stale = await jkm.request(
        'PUT',
        `/api/cases/${caseId}/care-plan`,
        planBody({ basedOnVersion: 1 }),
      );
      assert.equal(stale.statusCode, 409);
      assert.equal(stale.json().code, 'care_plan_changed');
    });

    it('refuses bad dates and unknown references, naming each field', async () => {
      const refused = await jkm.request(
        'PUT',
        `/api/cases/${caseId}/care-plan`,
        planBody({
          plannedOn: '2025-11-21',
          reviewOn: '2025-11-20',
          services: [
            { type: 'medical', startsOn: '2025-11-21', endsOn: '2025-12-01' },
            { type: 'shelter', startsOn: '2025-11-21', endsOn: '2025-11-01' },
            { id: '5b0cb9c2-4d1f-4f36-9a43-3cf41dc3a0f1', type: 'medical' },
            { type: 'financial', responsibleAgencyId: '5b0cb9c2-4d1f-4f36-9a43-3cf41dc3a0f1' },
          ],
        }),
      );
      assert.equal(refused.statusCode, 400);
      assert.deepEqual(
        refused.json().errors.map((e: { field: string }) => e.field),
        ['reviewOn', 'services.1.endsOn', 'services.2.id', 'services.3.responsibleAgencyId'],
      );
      const future = await jkm.request(
        'PUT',
        `/api/cases/${caseId}/care-plan`,
        planBody({ plannedOn: '2999-01-01', reviewOn: '2999-01-01' }),
      );
      assert.deepEqual(future.json().errors, [
        { code: 'date_in_future', field: 'plannedOn', message: 'is in the future' },
      ]);
      const unknownType = await jkm.request(
        'PUT',
        `/api/cases/${caseId}/care-plan`,
        planBody({ reviewOn: undefined, services: [{ type: 'massage' }] }),
      );
      assert.deepEqual(
        unknownType
          .json()
          .errors.map((e: { field: string }) => e.field)
          .sort(),
        ['reviewOn', 'services.0.type'],
      );
      const versions = (await jkm.request('GET', `/api/cases/${caseId}/care-plan/versions`)).json();
      assert.equal(versions.items.length, 2, 'nothing half-written');
    });

    it('puts both versions on the timeline and in the audit log', async () => {
      const timeline = (await jkm.request('GET', `/api/cases/${caseId}/timeline`)).json();
      const kinds = timeline.items.map((e: { kind: string }) => e.kind);
      assert.deepEqual(kinds, ['case.opened', 'case.care_plan_created', 'case.care_plan_revised']);
      assert.deepEqual(timeline.items[2].detail, { version: 2, reviewOn: '2999-01-01', services: 1 });
      const audit = await platform().db.query<{ action: string }>(
        `select action from audit_event where detail->>'caseId' = $1 or subject_id = $1 order by id`,
        [caseId],
      );
      const actions = audit.map((entry) => entry.action);
      for (const action of [
        'case.care_plan_created',
        'case.care_plan_revised',
        'case.read_care_plan_versions',
      ]) {
        assert.ok(actions.includes(action), `${action} in ${actions.join()}`);
      }
    });
  });
}
