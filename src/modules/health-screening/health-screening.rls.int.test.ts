import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { openCareCase } from '../care/care.factory.ts';
import { screeningBody } from './health-screening.factory.ts';

/*
 * The application's permission checks switched off: what keeps health data to health roles is
 * the database's policy alone.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`health screenings with the application's checks off [${kind}]`, () => {
    const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: true });
    let caseManager: TestSession;
    let health: TestSession;
    let caseId: string;
    let screeningId: string;

    const asTenant = tenantQuery(() => platform().db);

    it('records a screening as the health worker', async () => {
      caseManager = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      health = await signInAs(platform().app, 'health.jkm@demo.lindung.org');
      caseId = await openCareCase(caseManager);
      const response = await health.request(
        'POST',
        `/api/cases/${caseId}/health-screenings`,
        screeningBody(),
      );
      assert.equal(response.statusCode, 201, response.body);
      screeningId = response.json().id;
    });

    it('gives a case manager of the same agency without health:read nothing of it', async () => {
      const list = await caseManager.request('GET', `/api/cases/${caseId}/health-screenings`);
      assert.equal(list.statusCode, 200, list.body);
      assert.deepEqual(list.json().items, []);
      const one = await caseManager.request('GET', `/api/health-screenings/${screeningId}`);
      assert.equal(one.statusCode, 404, one.body);
      const rows = await asTenant(
        caseManager,
        ['case:read', 'case:write', 'person:read'],
        'select * from health_screening',
        [],
      );
      assert.deepEqual(rows, []);
    });

    it('refuses the case manager’s screening in the database, writing nothing', async () => {
      const response = await caseManager.request(
        'POST',
        `/api/cases/${caseId}/health-screenings`,
        screeningBody(),
      );
      assert.equal(response.statusCode, 403, response.body);
      assert.equal((await platform().db.query('select id from health_screening')).length, 1);
    });

    it('gives another agency’s health worker nothing, by the API or in SQL', async () => {
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      const one = await kbri.request('GET', `/api/health-screenings/${screeningId}`);
      assert.equal(one.statusCode, 404, one.body);
      const rows = await asTenant(
        kbri,
        ['case:read', 'health:read', 'health:record'],
        'select * from health_screening',
        [],
      );
      assert.deepEqual(rows, []);
      const [row] = await platform().db.query<{ person_id: string }>(
        'select person_id from health_screening',
      );
      for (const agencyId of [kbri.agencyId, caseManager.agencyId]) {
        await assert.rejects(
          asTenant(
            kbri,
            ['case:read', 'health:read', 'health:record'],
            `insert into health_screening (case_id, person_id, agency_id, checklist_version, screened_on, screened_by,
               consent_basis, consent_reference, findings, recorded_by)
             values ($1, $2, $3, 'mapo-infectious-2021.1', '2025-11-20', $4, 'verbal', 'x', 'x', $4)`,
            [caseId, row?.person_id, agencyId, kbri.userId],
          ),
          (error: { code?: string }) => error.code === '42501',
        );
      }
    });

    it('never lets a screening be changed or removed, even by the health worker', async () => {
      const permissions = ['case:read', 'health:read', 'health:record'];
      for (const statement of [
        'update health_screening set screened_on = screened_on',
        'delete from health_screening',
      ]) {
        await assert.rejects(
          asTenant(health, permissions, statement, []),
          (error: { code?: string }) => error.code === '42501',
        );
      }
    });
  });
}
