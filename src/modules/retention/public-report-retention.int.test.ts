import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { png } from '../attachments/upload.factory.ts';
import { reportBody } from '../public-portal/public-portal.factory.ts';
import { runRetention } from './retention.job.ts';

const contact = 'WhatsApp +60 13 555 0142, ask for Mei';
const who = 'Supervisor called Boss Lim';

for (const kind of await testDatabaseKinds()) {
  describe(`retention: reports from the public that never became a case [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let police: TestSession;
    /** Closed two years ago, with a picture, a question and an answer. */
    let old: string;
    /** Closed today. */
    let recent: string;
    /** Left open, untouched for two years: still in triage. */
    let open: string;
    const run = (dryRun = false) => {
      const { db, keyring, config } = platform();
      return runRetention({ db, keyring, attachmentsDir: config.attachmentsDir, dryRun });
    };
    const report = async (id: string) => {
      const response = await police.request('GET', `/api/public-reports/${id}`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json();
    };
    const anonymiseAudits = async (id: string) =>
      platform().db.query<{ detail: Record<string, unknown>; agency_id: string }>(
        `select detail, agency_id from audit_event where action = 'public_report.anonymise' and subject_id = $1`,
        [id],
      );

    it('finds a closed report past its period, and only in a dry run changes nothing', async () => {
      const { app, db } = platform();
      police = await signInAs(app, 'officer.pdrm@demo.lindung.org');
      const submit = async (extra: Record<string, unknown> = {}) => {
        const response = await app.inject({
          method: 'POST',
          url: '/api/public/reports',
          payload: await reportBody(app, { who, contact, ...extra }),
        });
        assert.equal(response.statusCode, 201, response.body);
        const { trackingCode, secret } = response.json();
        const [row] = await db.query<{ id: string }>(
          'select id from public_report where tracking_code = $1',
          [trackingCode],
        );
        return { id: row?.id as string, trackingCode, secret };
      };
      const first = await submit({ pictures: [{ contentBase64: png.toString('base64') }] });
      old = first.id;
      recent = (await submit()).id;
      open = (await submit()).id;
      const asked = await police.request('POST', `/api/public-reports/${old}/questions`, {
        question: 'Which floor of the dormitory?',
      });
      assert.equal(asked.statusCode, 200, asked.body);
      const answered = await app.inject({
        method: 'POST',
        url: '/api/public/reports/answers',
        payload: {
          trackingCode: first.trackingCode,
          secret: first.secret,
          answer: 'The third floor, room 12.',
        },
      });
      assert.equal(answered.statusCode, 200, answered.body);
      for (const id of [old, recent]) {
        const closed = await police.request('POST', `/api/public-reports/${id}/close`, {
          reason: 'no_grounds',
        });
        assert.equal(closed.statusCode, 200, closed.body);
      }
      // Two years on: the default period of reports from the public is one year after closing.
      await db.query(
        `update public_report set updated_at = now() - interval '2 years' where id = any ($1::uuid[])`,
        [[old, open]],
      );
      const dry = await run(true);
      assert.ok(dry.publicReports.due >= 1, JSON.stringify(dry.publicReports));
      assert.equal(dry.publicReports.anonymised, 0);
      assert.equal((await report(old)).contact, contact);
      assert.deepEqual(await anonymiseAudits(old), []);
    });

    it("erases the old closed report's contact, story, messages and pictures, keeping what the figures count", async () => {
      const before = await report(old);
      const done = await run();
      assert.ok(done.publicReports.anonymised >= 1, JSON.stringify(done.publicReports));
      const after = await report(old);
      assert.equal(after.contact, null);
      assert.equal(after.who, null);
      assert.equal(after.what, '');
      assert.equal(after.where, '');
      assert.equal(after.when, null);
      assert.deepEqual(after.messages, []);
      assert.deepEqual(after.pictureIds, []);
      for (const field of [
        'status',
        'closedReason',
        'country',
        'region',
        'language',
        'receivedAt',
        'trackingCode',
      ]) {
        assert.deepEqual(after[field], before[field], field);
      }
      assert.ok(!JSON.stringify(after).includes('Boss Lim'));
      const [row] = await platform().db.query<{ messages: number; pictures: number; anonymised: boolean }>(
        `select (select count(*)::int from public_report_message where report_id = r.id) as messages,
                (select count(*)::int from public_report_attachment where report_id = r.id) as pictures,
                r.anonymised_at is not null as anonymised
           from public_report r where r.id = $1`,
        [old],
      );
      assert.deepEqual(row, { messages: 0, pictures: 0, anonymised: true });
    });

    it('audits each erased report once, counts only, and a second run erases nothing more', async () => {
      const audits = await anonymiseAudits(old);
      assert.equal(audits.length, 1);
      assert.deepEqual(audits[0]?.detail, { cause: 'retention', messages: 2, pictures: 1 });
      assert.equal(audits[0]?.agency_id, police.agencyId);
      assert.ok(!JSON.stringify(audits).includes('Mei'));
      await run();
      assert.equal((await anonymiseAudits(old)).length, 1);
    });

    it('keeps a report closed within its period, and an open one however old', async () => {
      for (const id of [recent, open]) {
        const kept = await report(id);
        assert.equal(kept.contact, contact);
        assert.equal(kept.who, who);
        assert.deepEqual(await anonymiseAudits(id), []);
      }
    });

    it("follows the receiving agency's country's own, longer period", async () => {
      const { app, db } = platform();
      const admin = await signInAs(app, 'admin@demo.lindung.org');
      const set = await admin.request('PUT', '/api/retention-periods', {
        recordType: 'public_report',
        scope: 'country',
        country: 'MY',
        years: 5,
        source: 'Records policy of Malaysia (test)',
      });
      assert.equal(set.statusCode, 200, set.body);
      await db.query(`update public_report set updated_at = now() - interval '2 years' where id = $1`, [
        recent,
      ]);
      await run();
      assert.equal((await report(recent)).contact, contact, 'two years are within the country’s five');
      await db.query(`update public_report set updated_at = now() - interval '6 years' where id = $1`, [
        recent,
      ]);
      await run();
      assert.equal((await report(recent)).contact, null);
    });

    it('lets only the platform mark a report anonymised', async () => {
      const asTenant = tenantQuery(() => platform().db);
      await assert.rejects(
        asTenant(
          { userId: police.userId, agencyId: police.agencyId },
          ['public_report:triage'],
          `update public_report set anonymised_at = now() where id = $1`,
          [open],
        ),
        /only the platform/,
      );
    });
  });
}
