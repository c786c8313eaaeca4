import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { assessmentBody, openCareCase, planBody, serviceBody } from './care.factory.ts';
import { needDomains } from './needs-assessment.schema.ts';

const caseWorker = ['case:read', 'case:write'];
const careTables = [
  'needs_assessment',
  'care_plan',
  'planned_service',
  'care_plan_service',
  'service_delivery',
];
const noNeeds = JSON.stringify(Object.fromEntries(needDomains.map((domain) => [domain, 'none'])));
const insertAssessment = `insert into needs_assessment (case_id, agency_id, assessed_on, assessed_by, levels, recorded_by)
                          values ($1, $2, '2025-11-20', $3, $4::jsonb, $3)`;

/*
 * What the database refuses by itself: statements run directly as the application role with a
 * tenant's settings, and no route or policy in between.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`care records in the database [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let kbri: TestSession;
    let caseId: string;

    const asTenant = tenantQuery(() => platform().db);
    const refused = (code: string) => (error: { code?: string }) => error.code === code;

    it('sets up a case with an assessment, a plan and a service delivered', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      caseId = await openCareCase(jkm);
      await jkm.request('POST', `/api/cases/${caseId}/needs-assessments`, assessmentBody());
      await jkm.request('PUT', `/api/cases/${caseId}/care-plan`, planBody());
      await jkm.request('POST', `/api/cases/${caseId}/services`, serviceBody());
    });

    it('shows another agency none of the rows, and the case’s own agency all of them', async () => {
      for (const table of careTables) {
        assert.deepEqual(await asTenant(kbri, caseWorker, `select * from ${table}`, []), [], table);
        const own = await asTenant(jkm, ['case:read'], `select * from ${table}`, []);
        assert.equal(own.length, 1, table);
      }
    });

    it('refuses rows for another agency’s case, under either agency’s id', async () => {
      await assert.rejects(
        asTenant(kbri, caseWorker, insertAssessment, [caseId, kbri.agencyId, kbri.userId, noNeeds]),
        refused('42501'),
      );
      await assert.rejects(
        asTenant(kbri, caseWorker, insertAssessment, [caseId, jkm.agencyId, kbri.userId, noNeeds]),
        refused('42501'),
      );
    });

    it('refuses rows from a reader without case:write, or recorded in another user’s name', async () => {
      await assert.rejects(
        asTenant(jkm, ['case:read'], insertAssessment, [caseId, jkm.agencyId, jkm.userId, noNeeds]),
        refused('42501'),
      );
      await assert.rejects(
        asTenant(jkm, caseWorker, insertAssessment, [caseId, jkm.agencyId, kbri.userId, noNeeds]),
        refused('42501'),
      );
    });

    it('never lets a care record be changed or removed, even by its own agency', async () => {
      for (const table of careTables) {
        await assert.rejects(
          asTenant(jkm, caseWorker, `update ${table} set agency_id = agency_id`, []),
          refused('42501'),
          table,
        );
        await assert.rejects(asTenant(jkm, caseWorker, `delete from ${table}`, []), refused('42501'), table);
      }
    });

    it('holds every need domain, each at a known level, and nothing else', async () => {
      const levels = JSON.parse(noNeeds);
      const { safety: _left, ...missing } = levels;
      for (const bad of [missing, { ...levels, safety: 'severe' }, { ...levels, hunger: 'low' }]) {
        await assert.rejects(
          asTenant(jkm, caseWorker, insertAssessment, [
            caseId,
            jkm.agencyId,
            jkm.userId,
            JSON.stringify(bad),
          ]),
          refused('23514'),
        );
      }
    });

    it('refuses new care records on a closed case', async () => {
      await jkm.request('POST', `/api/cases/${caseId}/status`, { status: 'closed', reason: 'Returned home' });
      await assert.rejects(
        asTenant(jkm, caseWorker, insertAssessment, [caseId, jkm.agencyId, jkm.userId, noNeeds]),
        refused('42501'),
      );
    });
  });
}
