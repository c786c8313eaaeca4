import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { listAttachmentFiles } from '../../backup/attachment-files.ts';
import { multipart, pdf } from '../attachments/upload.factory.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`evidence on action-plan progress reports [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let mapo: TestSession;
    let jkm: TestSession;
    let gugus: TestSession;
    let reportId: string;
    let evidenceId: string;

    const upload = (session: TestSession, id: string, name = 'register.pdf') => {
      const file = multipart(name, pdf, 'application/pdf');
      return session.request('POST', `/api/action-plan-reports/${id}/evidence`, file.body, {
        'content-type': file.contentType,
      });
    };

    before(async () => {
      const agencies = await platform().db.query<{ id: string; name: string }>('select id, name from agency');
      const jkmId = agencies.find((a) => a.name.includes('Kebajikan Masyarakat'))?.id;
      mapo = await signInAs(platform().app, 'coordinator.mapo@demo.lindung.org');
      jkm = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      gugus = await signInAs(platform().app, 'coordinator.gugustugas@demo.lindung.org');
      const plan = await mapo.request('POST', '/api/action-plans', {
        title: 'National Action Plan 2021–2025',
        startYear: 2021,
        endYear: 2025,
        strategies: [
          {
            pillar: 'protection',
            title: 'Protect victims',
            activities: [{ title: 'Train shelter staff', responsibleAgencyId: jkmId }],
          },
        ],
      });
      assert.equal(plan.statusCode, 201, plan.body);
      const draft = await jkm.request('POST', `/api/action-plans/${plan.json().id}/reports`, {
        activityId: plan.json().strategies[0].activities[0].id,
        year: 2023,
        status: 'on_track',
      });
      assert.equal(draft.statusCode, 201, draft.body);
      reportId = draft.json().id;
    });

    it('lets the reporting agency attach a file to its draft, stored encrypted and named as uploaded', async () => {
      const added = await upload(jkm, reportId, 'training register.pdf');
      assert.equal(added.statusCode, 201, added.body);
      evidenceId = added.json().id;
      assert.equal(added.json().fileName, 'training register.pdf');
      assert.equal(added.json().mediaType, 'application/pdf');
      const [row] = await platform().db.query<{ file_name: string }>(
        'select file_name from action_plan_report_evidence where id = $1',
        [evidenceId],
      );
      assert.ok(row && !row.file_name.includes('register'), 'the file name is encrypted');
      const backedUp = await listAttachmentFiles(platform().db, platform().config.attachmentsDir);
      assert.ok(
        backedUp.some((file) => file.path.endsWith(evidenceId)),
        'backups carry the evidence file',
      );
      const listed = await jkm.request('GET', `/api/action-plan-reports/${reportId}/evidence`);
      assert.deepEqual(
        listed.json().items.map((item: { id: string }) => item.id),
        [evidenceId],
      );
    });

    it('should answer 404 to the coordinator while the report is a draft, and to another country', async () => {
      assert.equal(
        (await mapo.request('GET', `/api/action-plan-reports/${reportId}/evidence`)).statusCode,
        404,
      );
      assert.equal(
        (await mapo.request('GET', `/api/action-plan-evidence/${evidenceId}/content`)).statusCode,
        404,
      );
      assert.equal(
        (await gugus.request('GET', `/api/action-plan-evidence/${evidenceId}/content`)).statusCode,
        404,
      );
      assert.equal((await upload(gugus, reportId)).statusCode, 404);
    });

    it('lets the coordinator download the evidence of a submitted report, checked and audited', async () => {
      const submitted = await jkm.request('POST', `/api/action-plan-reports/${reportId}/submit`, {});
      assert.equal(submitted.statusCode, 200, submitted.body);
      const download = await mapo.request('GET', `/api/action-plan-evidence/${evidenceId}/content`);
      assert.equal(download.statusCode, 200, download.body);
      assert.deepEqual(download.rawPayload, pdf);
      assert.equal(download.headers['content-type'], 'application/octet-stream');
      assert.equal(download.headers['x-lindung-media-type'], 'application/pdf');
      const audits = await platform().db.query<{ action: string }>(
        'select action from audit_event where subject_id = $1 order by id',
        [evidenceId],
      );
      assert.deepEqual(
        audits.map((a) => a.action),
        ['action_plan.add_evidence', 'action_plan.download_evidence'],
      );
    });

    it('should refuse evidence on a submitted report (409) and from an agency that does not report it (404)', async () => {
      const late = await upload(jkm, reportId);
      assert.equal(late.statusCode, 409, late.body);
      assert.equal(late.json().code, 'report_not_editable');
      assert.equal((await upload(mapo, reportId)).statusCode, 404);
      assert.equal(
        Number(
          (
            await platform().db.query<{ n: string }>('select count(*) as n from action_plan_report_evidence')
          )[0]?.n,
        ),
        1,
      );
    });

    it('should refuse a body without a file (415) and an empty file (400)', async () => {
      const returned = await mapo.request('POST', `/api/action-plan-reports/${reportId}/review`, {
        decision: 'return',
        comment: 'Add the attendance list.',
      });
      assert.equal(returned.statusCode, 200, returned.body);
      assert.equal(
        (await jkm.request('POST', `/api/action-plan-reports/${reportId}/evidence`, {})).statusCode,
        415,
      );
      const empty = multipart('empty.pdf', Buffer.alloc(0), 'application/pdf');
      const refused = await jkm.request('POST', `/api/action-plan-reports/${reportId}/evidence`, empty.body, {
        'content-type': empty.contentType,
      });
      assert.equal(refused.statusCode, 400, refused.body);
      assert.equal((await upload(jkm, reportId)).statusCode, 201, 'a returned report takes evidence again');
    });
  });
}
