import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { createJobRunner } from '../../jobs/queue.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { eraseCaseHandler, eraseCaseJob } from './erasure.job.ts';
import { closeCase, wulan } from './retention.factory.ts';

interface Notice {
  id: string;
  personId: string;
  probability: number;
  cause: string;
  handled: boolean;
  acknowledgedAt: string | null;
}

for (const kind of await testDatabaseKinds()) {
  describe(`erasure reaching other agencies' records of the person [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let supervisor: TestSession;
    let kemensos: TestSession;
    let molisa: TestSession;
    let erased: { personId: string; caseId: string };
    let theirs: string;
    let unrelated: string;
    const notices = async (session: TestSession): Promise<Notice[]> => {
      const response = await session.request('GET', '/api/erasure-notices?limit=200');
      assert.equal(response.statusCode, 200, response.body);
      return response.json().items;
    };
    const drain = () => {
      const { db, keyring, config } = platform();
      return createJobRunner(db, {
        handlers: { [eraseCaseJob]: eraseCaseHandler(db, keyring, config) },
      }).drain();
    };

    it("leaves no notice before the person's erasure is carried out", async () => {
      const { app, agencyIds } = platform();
      const admin = await signInAs(app, 'admin.jkm@demo.lindung.org');
      const made = await admin.request('POST', '/api/users', {
        email: 'supervisor3.jkm@example.gov.my',
        displayName: 'Supervisor',
        password: 'a long enough password',
        memberships: [{ agencyId: agencyIds.jkm, role: 'case_manager' }],
      });
      assert.equal(made.statusCode, 201, made.body);
      supervisor = await signInAs(app, 'supervisor3.jkm@example.gov.my', {}, 'a long enough password');
      jkm = await signInAs(app, 'cm.jkm@demo.lindung.org');
      kemensos = await signInAs(app, 'cm.kemensos@demo.lindung.org');
      molisa = await signInAs(app, 'cm.molisa@demo.lindung.org');
      erased = await personWithCase(jkm, wulan(['Wulan Pratiwi Ningsih', 'Ulan']));
      await closeCase(jkm, erased.caseId);
      theirs = (await personWithCase(kemensos, wulan(['Wulan Pratiwi Ningsih']))).personId;
      unrelated = (
        await personWithCase(kemensos, {
          names: [{ kind: 'birth', fullName: 'Bambang Sutrisno Hadi' }],
          sex: 'male',
          birth: { precision: 'exact', date: '1971-02-03' },
          nationality: 'ID',
        })
      ).personId;
      const asked = await jkm.request('POST', `/api/persons/${erased.personId}/erasure`, {
        reason: 'Wulan asked in writing.',
      });
      assert.equal(asked.statusCode, 202, asked.body);
      const approved = await supervisor.request('POST', `/api/approvals/${asked.json().approval.id}/approve`);
      assert.equal(approved.statusCode, 200, approved.body);
      assert.ok(!(await notices(kemensos)).some((n) => n.personId === theirs));
    });

    it('tells the other agency holding a likely match, on its own person, once the person is erased', async () => {
      assert.equal(await drain(), 1);
      const [left] = await platform().db.query<{ n: number }>(
        'select count(*)::int as n from person_name where person_id = $1',
        [erased.personId],
      );
      assert.equal(left?.n, 0, 'the person is erased');
      const found = (await notices(kemensos)).filter((n) => [theirs, unrelated].includes(n.personId));
      assert.deepEqual(
        found.map((n) => [n.personId, n.cause, n.handled, n.acknowledgedAt]),
        [[theirs, 'request', false, null]],
      );
      assert.ok((found[0]?.probability ?? 0) >= 0.5);
      const audit = await platform().db.query<{ agency_id: string }>(
        `select agency_id from audit_event where action = 'erasure_notice.create' and subject_id = $1`,
        [theirs],
      );
      assert.deepEqual(audit, [{ agency_id: kemensos.agencyId }]);
    });

    it('names neither the erasing agency nor its person, and shows the notice to nobody else', async () => {
      const response = await kemensos.request('GET', '/api/erasure-notices?limit=200');
      assert.ok(!response.body.includes(erased.personId));
      assert.ok(!response.body.includes(jkm.agencyId));
      for (const other of [jkm, molisa]) {
        assert.ok(!(await notices(other)).some((n) => n.personId === theirs));
      }
      const readers = await signInAs(platform().app, 'health.jkm@demo.lindung.org');
      assert.equal((await readers.request('GET', '/api/erasure-notices')).statusCode, 403);
    });

    it("shows the notice handled once the agency asks for its own person's erasure under its own approval", async () => {
      const [theirCase] = await platform().db.query<{ case_id: string }>(
        'select case_id from case_person where person_id = $1',
        [theirs],
      );
      await closeCase(kemensos, theirCase?.case_id as string);
      const asked = await kemensos.request('POST', `/api/persons/${theirs}/erasure`, {
        reason: 'The notice and her request.',
      });
      assert.equal(asked.statusCode, 202, asked.body);
      const mine = (await notices(kemensos)).find((n) => n.personId === theirs);
      assert.equal(mine?.handled, true);
    });

    it('acknowledges the notice once for the agency, keeping who and when, and changes nothing the second time', async () => {
      const notice = (await notices(kemensos)).find((n) => n.personId === theirs) as Notice;
      const first = await kemensos.request('POST', `/api/erasure-notices/${notice.id}/acknowledge`);
      assert.equal(first.statusCode, 200, first.body);
      assert.ok(first.json().acknowledgedAt);
      const again = await kemensos.request('POST', `/api/erasure-notices/${notice.id}/acknowledge`);
      assert.equal(again.statusCode, 200, again.body);
      assert.equal(again.json().acknowledgedAt, first.json().acknowledgedAt);
      assert.equal(
        (await notices(kemensos)).find((n) => n.id === notice.id)?.acknowledgedAt,
        first.json().acknowledgedAt,
      );
      const audit = await platform().db.query<{ actor_user_id: string; subject_id: string }>(
        `select actor_user_id, subject_id from audit_event where action = 'erasure_notice.acknowledge'`,
      );
      assert.deepEqual(audit, [{ actor_user_id: kemensos.userId, subject_id: theirs }]);
    });

    it("refuses another agency's acknowledgement as not found, a reader's as forbidden, and a malformed id by field", async () => {
      const notice = (await notices(kemensos)).find((n) => n.personId === theirs) as Notice;
      const other = await molisa.request('POST', `/api/erasure-notices/${notice.id}/acknowledge`);
      assert.equal(other.statusCode, 404);
      assert.match(other.headers['content-type'] as string, /application\/problem\+json/);
      assert.equal(other.json().code, 'erasure_notice_not_found');
      const reader = await signInAs(platform().app, 'health.jkm@demo.lindung.org');
      assert.equal(
        (await reader.request('POST', `/api/erasure-notices/${notice.id}/acknowledge`)).statusCode,
        403,
      );
      const malformed = await kemensos.request('POST', '/api/erasure-notices/not-a-notice/acknowledge');
      assert.equal(malformed.statusCode, 400);
      assert.equal(malformed.json().errors[0].field, 'params.id');
    });

    it('keeps notices from the application role: read by the agency case workers only, written by nobody', async () => {
      const asTenant = tenantQuery(() => platform().db);
      const who = (session: TestSession) => ({ userId: session.userId, agencyId: session.agencyId });
      const seen = async (session: TestSession, permissions: string[]) =>
        (
          await asTenant<{ person_id: string }>(
            who(session),
            permissions,
            'select person_id from erasure_notice where person_id = $1',
            [theirs],
          )
        ).length;
      assert.equal(await seen(kemensos, ['case:write', 'person:read']), 1);
      assert.equal(await seen(kemensos, ['person:read']), 0, 'not without case:write');
      assert.equal(await seen(molisa, ['case:write', 'person:read']), 0);
      assert.equal(await seen(jkm, ['case:write', 'person:read']), 0);
      await assert.rejects(
        asTenant(who(kemensos), ['case:write'], 'select approval_id from erasure_notice'),
        /permission denied/,
      );
      await assert.rejects(
        asTenant(
          who(molisa),
          ['case:write'],
          `insert into erasure_notice (agency_id, person_id, probability, approval_id)
           select $1, person_id, 1, approval_id from erasure_notice limit 1`,
          [molisa.agencyId],
        ),
        /permission denied/,
      );
    });
  });
}
