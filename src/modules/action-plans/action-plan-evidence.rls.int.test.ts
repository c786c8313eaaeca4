import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { multipart, pdf } from '../attachments/upload.factory.ts';

const coordinator = ['coordination:manage', 'coordination:report'];
const reporter = ['coordination:report'];
const insertEvidence = `insert into action_plan_report_evidence
    (report_id, agency_id, file_name, media_type, size_bytes, sha256, uploaded_by)
  values ($1, $2, 'x', 'application/pdf', 1, repeat('a', 64), $3)`;

/*
 * Evidence on progress reports with the application's checks switched off: the database alone
 * keeps a draft's evidence to its agency, shows a submitted report's evidence to the coordinating
 * agency, hides it from other countries, and takes new evidence only from the report's agency
 * while the report is a draft or returned.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`evidence on action-plan reports in the database [${kind}]`, () => {
    const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: true });
    const asTenant = tenantQuery(() => platform().db);
    const refused = (error: { code?: string }) => error.code === '42501';
    let mapo: TestSession;
    let jkm: TestSession;
    let gugus: TestSession;
    let reportId: string;

    it('sets up a draft report of the welfare department with one file of evidence', async () => {
      mapo = await signInAs(platform().app, 'coordinator.mapo@demo.lindung.org');
      jkm = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      gugus = await signInAs(platform().app, 'coordinator.gugustugas@demo.lindung.org');
      const plan = await mapo.request('POST', '/api/action-plans', {
        title: 'Pelan Tindakan Kebangsaan 2021–2025',
        startYear: 2021,
        endYear: 2025,
        strategies: [
          {
            pillar: 'protection',
            title: 'Perlindungan mangsa',
            activities: [{ title: 'Latihan kakitangan', responsibleAgencyId: jkm.agencyId }],
          },
        ],
      });
      assert.equal(plan.statusCode, 201, plan.body);
      const draft = await jkm.request('POST', `/api/action-plans/${plan.json().id}/reports`, {
        activityId: plan.json().strategies[0].activities[0].id,
        year: 2022,
        status: 'on_track',
      });
      assert.equal(draft.statusCode, 201, draft.body);
      reportId = draft.json().id;
      const file = multipart('senarai.pdf', pdf, 'application/pdf');
      const added = await jkm.request('POST', `/api/action-plan-reports/${reportId}/evidence`, file.body, {
        'content-type': file.contentType,
      });
      assert.equal(added.statusCode, 201, added.body);
    });

    it("keeps a draft's evidence to its agency", async () => {
      const listed = await mapo.request('GET', `/api/action-plan-reports/${reportId}/evidence`);
      assert.deepEqual(listed.json().items ?? [], []);
      const rows = await asTenant(mapo, coordinator, 'select id from action_plan_report_evidence');
      assert.deepEqual(rows, []);
      assert.equal((await asTenant(jkm, reporter, 'select id from action_plan_report_evidence')).length, 1);
    });

    it('refuses evidence from an agency that does not write the report', async () => {
      await assert.rejects(
        asTenant(mapo, coordinator, insertEvidence, [reportId, mapo.agencyId, mapo.userId]),
        refused,
      );
      await assert.rejects(
        asTenant(mapo, coordinator, insertEvidence, [reportId, jkm.agencyId, mapo.userId]),
        refused,
      );
      await assert.rejects(asTenant(jkm, [], insertEvidence, [reportId, jkm.agencyId, jkm.userId]), refused);
    });

    it('shows a submitted report’s evidence to the coordinator, never to another country, and takes no more', async () => {
      const submitted = await jkm.request('POST', `/api/action-plan-reports/${reportId}/submit`, {});
      assert.equal(submitted.statusCode, 200, submitted.body);
      assert.equal(
        (await asTenant(mapo, coordinator, 'select id from action_plan_report_evidence')).length,
        1,
      );
      assert.deepEqual(await asTenant(gugus, coordinator, 'select id from action_plan_report_evidence'), []);
      const fromGugus = await gugus.request('GET', `/api/action-plan-reports/${reportId}/evidence`);
      assert.notEqual(fromGugus.statusCode, 200, 'another country does not read it');
      await assert.rejects(
        asTenant(jkm, reporter, insertEvidence, [reportId, jkm.agencyId, jkm.userId]),
        refused,
      );
    });
  });
}
