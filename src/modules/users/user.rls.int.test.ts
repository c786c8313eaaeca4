import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { tenantPrelude } from '../../db/tenant.ts';
import { findCase } from '../cases/case.repo.ts';
import { answer, embassyReferralScene, personWithCase, refer } from '../referrals/referral.factory.ts';

/*
 * Which users the application role sees (app_user_read, 0004; its membership test as a probe,
 * 0237, decision 0110), with every check of the application gone: row-level security alone.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`the users an agency sees in the database [${kind}]`, () => {
    const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: true });
    const asTenant = tenantQuery(() => platform().db);
    const caseReader = ['case:read', 'person:read'];
    const seen = async (session: TestSession, permissions: string[]) =>
      (await asTenant<{ id: string }>(session, permissions, 'select id from app_user order by id')).map(
        (row) => row.id,
      );
    /** What the policy must show, worked out by the owner from the membership table. */
    const membersOf = async (session: TestSession) =>
      (
        await platform().db.query<{ id: string }>(
          `select id from app_user u
            where u.id = $1 or exists (select 1 from membership m where m.user_id = u.id and m.agency_id = $2)
            order by id`,
          [session.userId, session.agencyId],
        )
      ).map((row) => row.id);
    /** The case detail's own read (workers joined to app_user), as `session` under RLS. */
    const detail = (session: TestSession, caseId: string, permissions = caseReader) =>
      platform().db.transaction((tx) => findCase(tx, caseId), {
        prelude: tenantPrelude({ userId: session.userId, agencyId: session.agencyId, permissions }),
      });
    const userOf = async (email: string) =>
      (await platform().db.query<{ id: string }>('select id from app_user where email = $1', [email]))[0]
        ?.id as string;

    it('shows an agency exactly its own members and the user themself', async () => {
      const all = (await platform().db.query<{ id: string }>('select id from app_user order by id')).map(
        (row) => row.id,
      );
      for (const email of ['cm.jkm@demo.lindung.org', 'cm.kbri@demo.lindung.org']) {
        const session = await signInAs(platform().app, email);
        const expected = await membersOf(session);
        assert.ok(
          expected.includes(session.userId) && expected.length < all.length,
          `${email}: not all users`,
        );
        assert.deepEqual(await seen(session, caseReader), expected, email);
        assert.deepEqual(await seen(session, ['user:manage_any']), all, `${email} with user:manage_any`);
      }
    });

    it('names a case worker on the case detail only while they belong to the agency', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const { caseId } = await personWithCase(jkm);
      const outsider = await userOf('cm.kbri@demo.lindung.org');
      // A worker row naming a user of another agency (the owner writes it: the API would refuse).
      await platform().db.query('insert into case_worker (case_id, agency_id, user_id) values ($1, $2, $3)', [
        caseId,
        jkm.agencyId,
        outsider,
      ]);
      const workers = async () =>
        ((await detail(jkm, caseId))?.workers ?? []).map((worker) => worker.userId).sort();
      assert.deepEqual(await workers(), [jkm.userId], 'the outsider is not named');
      await platform().db.query(
        `insert into membership (user_id, agency_id, role_code) values ($1, $2, 'case_manager')`,
        [outsider, jkm.agencyId],
      );
      assert.deepEqual(await workers(), [jkm.userId, outsider].sort(), 'named once a member');
      await platform().db.query('delete from membership where user_id = $1 and agency_id = $2', [
        outsider,
        jkm.agencyId,
      ]);
      assert.deepEqual(await workers(), [jkm.userId], 'hidden again once no longer a member');
      await platform().db.query('delete from case_worker where case_id = $1 and user_id = $2', [
        caseId,
        outsider,
      ]);
    });

    it("gives the agency a case is referred to no sight of the sender's users, nor after consent is withdrawn", async () => {
      const scene = await embassyReferralScene(platform(), { purposes: ['repatriation'] });
      const { jkm, kbri, caseId, consentId } = scene;
      const referralId = await refer(jkm, scene.toKbri());
      await answer(kbri, referralId, 'accept');
      const everything = ['case:read', 'person:read', 'referral:manage'];
      const sharedRows = () =>
        asTenant(kbri, everything, 'select * from lindung_referral_shared($1)', [referralId]);
      assert.equal((await sharedRows()).length, 1, 'the referral is shared');
      for (const stage of ['accepted', 'withdrawn']) {
        if (stage === 'withdrawn') {
          await jkm.request('POST', `/api/consents/${consentId}/withdraw`, {});
          assert.deepEqual(await sharedRows(), [], 'the withdrawal ends the share');
        }
        assert.deepEqual(
          await asTenant(kbri, everything, 'select id from app_user where id = $1', [jkm.userId]),
          [],
          `${stage}: the sending case manager`,
        );
        assert.deepEqual(
          await asTenant(kbri, everything, 'select user_id from case_worker where case_id = $1', [caseId]),
          [],
          `${stage}: the case's workers`,
        );
        assert.equal(await detail(kbri, caseId, everything), undefined, `${stage}: the case detail`);
      }
    });

    it('tests membership by probing it for the users reached, never by hashing the agency’s memberships', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const plan = await asTenant<Record<string, string>>(
        jkm,
        caseReader,
        `explain (costs off) select u.display_name from case_worker w join app_user u on u.id = w.user_id
          where w.case_id = '00000000-0000-4000-8000-000000000000'`,
      );
      const text = plan.map((row) => Object.values(row)[0]).join('\n');
      assert.match(text, /membership/, 'the policy tests membership');
      assert.doesNotMatch(text, /hashed SubPlan/);
    });
  });
}
