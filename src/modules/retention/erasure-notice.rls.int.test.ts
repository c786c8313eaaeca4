import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { wulan } from './retention.factory.ts';

/* With the application's checks switched off, who may acknowledge a notice of an erasure elsewhere. */
for (const kind of await testDatabaseKinds()) {
  describe(`acknowledging erasure notices in the database [${kind}]`, () => {
    const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: true });
    const asTenant = tenantQuery(() => platform().db);
    let kemensos: TestSession;
    let molisa: TestSession;
    let noticeId: string;

    it('sets up a notice to KEMENSOS on its own person, as the erasure job leaves one', async () => {
      const { app, agencyIds } = platform();
      kemensos = await signInAs(app, 'cm.kemensos@demo.lindung.org');
      molisa = await signInAs(app, 'cm.molisa@demo.lindung.org');
      const jkm = await signInAs(app, 'cm.jkm@demo.lindung.org');
      const approver = await signInAs(app, 'admin.jkm@demo.lindung.org');
      const erased = await personWithCase(jkm, wulan(['Wulan Pratiwi Ningsih']));
      const theirs = await personWithCase(kemensos, wulan(['Wulan Pratiwi Ningsih']));
      const [notice] = await platform().db.query<{ id: string }>(
        `with erased as (
           insert into approval_request (agency_id, kind, case_id, requested_by, status, decided_by, decided_at)
           values ($1, 'erasure', $2, $3, 'approved', $6, now()) returning id)
         insert into erasure_notice (agency_id, person_id, probability, approval_id)
         select $4, $5, 0.97, id from erased returning id`,
        [agencyIds.jkm, erased.caseId, jkm.userId, agencyIds.kemensos, theirs.personId, approver.userId],
      );
      noticeId = notice?.id as string;
    });

    it("finds no notice of another agency to acknowledge, even with the application's checks off", async () => {
      const response = await molisa.request('POST', `/api/erasure-notices/${noticeId}/acknowledge`);
      assert.equal(response.statusCode, 404, response.body);
      const changed = await asTenant(
        molisa,
        ['case:write', 'person:read'],
        'update erasure_notice set acknowledged_at = now(), acknowledged_by = $2 where id = $1 returning id',
        [noticeId, molisa.userId],
      );
      assert.deepEqual(changed, []);
    });

    it('lets only case workers of the notified agency acknowledge, in their own name', async () => {
      const acknowledge = (permissions: string[], by: string) =>
        asTenant(
          kemensos,
          permissions,
          'update erasure_notice set acknowledged_at = now(), acknowledged_by = $2 where id = $1 returning id',
          [noticeId, by],
        );
      assert.deepEqual(await acknowledge(['person:read'], kemensos.userId), [], 'not without case:write');
      await assert.rejects(acknowledge(['case:write', 'person:read'], molisa.userId), /row-level security/);
      await assert.rejects(
        asTenant(
          kemensos,
          ['case:write', 'person:read'],
          'update erasure_notice set probability = 1 where id = $1',
          [noticeId],
        ),
        /permission denied/,
      );
      const response = await kemensos.request('POST', `/api/erasure-notices/${noticeId}/acknowledge`);
      assert.equal(response.statusCode, 200, response.body);
      assert.ok(response.json().acknowledgedAt);
    });
  });
}
