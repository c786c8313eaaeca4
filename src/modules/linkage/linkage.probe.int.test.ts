import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { createJobRunner } from '../../jobs/queue.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { matchPersonHandler, matchPersonJob, matchPersonsHandler, matchPersonsJob } from './linkage.match.ts';
import { scanAcrossAgencies } from './linkage.scan.ts';

/** Six women MOLISA holds; someone at JKM then records each of them by name and date of birth. */
const women = [
  ['Nguyễn Thị Ánh', '1998-02-03'],
  ['Trần Thị Hoa', '1995-06-11'],
  ['Lê Thị Mai', '2000-09-23'],
  ['Phạm Thị Lan', '1997-12-01'],
  ['Hoàng Thị Thu', '1999-03-17'],
  ['Vũ Thị Hằng', '2001-08-08'],
].map(([fullName, date]) => ({
  names: [{ kind: 'birth', fullName }],
  sex: 'female',
  birth: { precision: 'exact', date },
  nationality: 'VN',
}));

for (const kind of await testDatabaseKinds()) {
  describe(`probing which agency holds a victim raises an alert [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    const drain = () =>
      createJobRunner(platform().db, {
        handlers: {
          [matchPersonJob]: matchPersonHandler(platform().db, { probeAlertPersons: 5 }),
          // An edit queues its person's match as a batch of one (decision 0044).
          [matchPersonsJob]: matchPersonsHandler(platform().db, { probeAlertPersons: 5 }),
        },
      }).drain();
    const alerts = () =>
      platform().db.query<{ agency_id: string; subject_id: string; detail: Record<string, unknown> }>(
        `select agency_id, subject_id, detail from audit_event where action = 'linkage.probe_suspected'`,
      );
    let jkm: TestSession;
    let admin: TestSession;

    it('raises nothing while one user has recorded fewer than five persons matched elsewhere', async () => {
      const molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      for (const woman of women) await personWithCase(molisa, woman);
      await drain();
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      admin = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      for (const woman of women.slice(0, 4)) await personWithCase(jkm, woman);
      await drain();
      const hints = (await jkm.request('GET', '/api/linkage/hints?limit=100')).json().items as unknown[];
      assert.equal(hints.length, 4, 'each raised a hint');
      assert.deepEqual(await alerts(), []);
    });

    it('raises one alert on the fifth, to the agency administrators, naming nobody but the user', async () => {
      await personWithCase(jkm, women[4] as (typeof women)[number]);
      await drain();
      const raised = await alerts();
      assert.equal(raised.length, 1);
      assert.equal(raised[0]?.agency_id, jkm.agencyId);
      assert.equal(raised[0]?.subject_id, jkm.userId);
      assert.equal(raised[0]?.detail.persons, 5);

      const notifications = (await admin.request('GET', '/api/notifications')).json().items as {
        kind: string;
        title: string;
        detail: Record<string, unknown>;
      }[];
      const alert = notifications.filter((n) => n.kind === 'linkage.probe_suspected');
      assert.equal(alert.length, 1, JSON.stringify(notifications));
      assert.equal(alert[0]?.detail.userId, jkm.userId);
      assert.ok(alert[0]?.title);
      const text = JSON.stringify(alert);
      for (const woman of women) {
        assert.ok(!text.includes(String(woman.names[0]?.fullName)), 'no victim named');
        assert.ok(!text.includes(String(woman.birth.date)), 'no date of birth');
      }
      const own = (await jkm.request('GET', '/api/notifications')).json().items as { kind: string }[];
      assert.ok(!own.some((n) => n.kind === 'linkage.probe_suspected'), 'the case manager is not told');
      const mailed = await platform().db.query<{ n: number }>(
        `select count(*)::int as n from job where kind = 'deadlines.reminder_email'
            and payload->>'notificationId' = any ($1::text[])`,
        [alert.map((n) => (n as unknown as { id: string }).id)],
      );
      assert.equal(mailed[0]?.n, 1, 'and e-mailed');
    });

    it('raises no second alert for the same user within the day', async () => {
      await personWithCase(jkm, women[5] as (typeof women)[number]);
      await drain();
      assert.equal((await alerts()).length, 1);
    });

    it('raises the alert from the scheduled scan too, for persons whose own match job never ran', async () => {
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      for (const woman of women.slice(0, 5)) await personWithCase(kbri, woman);
      // Their match jobs are lost (a queue restored from an old backup, say): only the scan finds them.
      await platform().db.query('delete from job where kind = $1', [matchPersonJob]);
      assert.equal((await alerts()).length, 1, 'nothing yet for this user');
      await scanAcrossAgencies(platform().db, { mode: 'full', probeAlertPersons: 5 });
      const raised = (await alerts()).filter((alert) => alert.subject_id === kbri.userId);
      assert.equal(raised.length, 1);
      assert.equal(raised[0]?.agency_id, kbri.agencyId);
      assert.equal(raised[0]?.detail.persons, 5);
      await scanAcrossAgencies(platform().db, { mode: 'full', probeAlertPersons: 5 });
      assert.equal(
        (await alerts()).filter((alert) => alert.subject_id === kbri.userId).length,
        1,
        'once a day',
      );
    });

    it('counts one old record edited into five women one after another, as five', async () => {
      const kemensos = await signInAs(platform().app, 'cm.kemensos@demo.lindung.org');
      const { personId } = await personWithCase(kemensos, {
        names: [{ kind: 'birth', fullName: 'Sri Wahyuni' }],
        sex: 'female',
        birth: { precision: 'exact', date: '1990-05-05' },
        nationality: 'ID',
      });
      await drain();
      // Recorded long before: only its edits can count.
      await platform().db.query("update person set created_at = now() - interval '3 days' where id = $1", [
        personId,
      ]);
      const raisedFor = async () => (await alerts()).filter((alert) => alert.subject_id === kemensos.userId);
      for (const [i, woman] of women.slice(0, 5).entries()) {
        const read = await kemensos.request('GET', `/api/persons/${personId}`);
        const edited = await kemensos.request(
          'PUT',
          `/api/persons/${personId}`,
          { ...woman, documents: [{ type: 'passport', number: `N100${i}`, issuingCountry: 'VN' }] },
          { 'if-match': String(read.headers.etag) },
        );
        assert.equal(edited.statusCode, 200, edited.body);
        await drain();
        if (i === 3) assert.deepEqual(await raisedFor(), [], 'four edits raise nothing');
      }
      const raised = await raisedFor();
      assert.equal(raised.length, 1);
      assert.equal(raised[0]?.detail.persons, 5);

      // A language added changes nobody's identity: the edit is not the user's to count.
      const changedAt = 'select identity_changed_at as at from person where id = $1';
      const [before] = await platform().db.query<{ at: Date }>(changedAt, [personId]);
      const read = await kemensos.request('GET', `/api/persons/${personId}`);
      const languageAdded = await kemensos.request(
        'PUT',
        `/api/persons/${personId}`,
        {
          ...women[4],
          languages: ['vi'],
          documents: [{ type: 'passport', number: 'N1004', issuingCountry: 'VN' }],
        },
        { 'if-match': String(read.headers.etag) },
      );
      assert.equal(languageAdded.statusCode, 200, languageAdded.body);
      const [after] = await platform().db.query<{ at: Date }>(changedAt, [personId]);
      assert.deepEqual(after?.at, before?.at);
    });
  });
}
