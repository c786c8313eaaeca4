import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantPrelude } from '../../db/tenant.ts';
import { createJobRunner } from '../../jobs/queue.ts';
import { generateReportHandler, generateReportJob } from './index.ts';

/*
 * The application's permission checks switched off: what keeps a report to its agency's statistics
 * and case readers, and what lets a request queue only its own report's job, is the database alone.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`reports with the application's checks off [${kind}]`, () => {
    const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: true });

    it('keeps a report and its file from other agencies and from users who may read neither statistics nor cases', async () => {
      const { app, db, keyring, config } = platform();
      const jkm = await signInAs(app, 'cm.jkm@demo.lindung.org');
      const asked = await jkm.request('POST', '/api/reports', {
        kind: 'tip-table',
        from: '2025-01-01',
        to: '2025-12-31',
        format: 'csv',
      });
      assert.equal(asked.statusCode, 202, asked.body);
      const id = asked.json().id as string;
      await createJobRunner(db, {
        handlers: { [generateReportJob]: generateReportHandler(db, keyring, config) },
      }).drain();
      assert.equal((await jkm.request('GET', `/api/reports/${id}/file`)).statusCode, 200);
      for (const email of [
        'investigator.pdrm@demo.lindung.org',
        'coordinator.mapo@demo.lindung.org',
        'cm.kemensos@demo.lindung.org',
        'auditor.jkm@demo.lindung.org',
      ]) {
        const other = await signInAs(app, email);
        for (const url of [`/api/reports/${id}`, `/api/reports/${id}/file`]) {
          const response = await other.request('GET', url);
          assert.equal(response.statusCode, 404, `${email} ${url}: ${response.body}`);
        }
        const list = (await other.request('GET', '/api/reports')).json();
        assert.deepEqual(list.items, [], email);
      }
      // Without statistics:read or case:read the database refuses the request itself.
      const auditor = await signInAs(app, 'auditor.jkm@demo.lindung.org');
      const refused = await auditor.request('POST', '/api/reports', {
        kind: 'tip-table',
        from: '2025-01-01',
        to: '2025-12-31',
      });
      assert.equal(refused.statusCode, 403, refused.body);
    });

    it("lets a request queue no job for another user's report, and change no other agency's report", async () => {
      const { app, db } = platform();
      const [report] = await db.query<{ id: string }>('select id from report limit 1');
      const police = await signInAs(app, 'investigator.pdrm@demo.lindung.org');
      const as = tenantPrelude({
        userId: police.userId,
        agencyId: police.agencyId,
        permissions: ['statistics:read', 'case:read'],
      });
      const queued = await db.transaction(
        (tx) => tx.query<{ n: number }>('select lindung_enqueue_report($1) as n', [report?.id]),
        { prelude: as },
      );
      assert.equal(queued[0]?.n, 0);
      const changed = await db.transaction(
        (tx) =>
          tx.query("update report set status = 'queued', progress = 0 where id = $1 returning id", [
            report?.id,
          ]),
        { prelude: as },
      );
      assert.equal(changed.length, 0);
      const [after] = await db.query<{ status: string }>('select status from report where id = $1', [
        report?.id,
      ]);
      assert.equal(after?.status, 'done');
    });
  });
}
