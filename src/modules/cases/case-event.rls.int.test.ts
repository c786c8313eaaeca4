import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';
import { type TenantIdentity, tenantQuery } from '../../../test/support/rls.ts';
import { personWithCase } from '../referrals/referral.factory.ts';

/* With the application's checks switched off: on whose case an agency may write a timeline event. */
for (const kind of await testDatabaseKinds()) {
  describe(`a case's timeline events in the database [${kind}]`, () => {
    const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: true });
    const asTenant = tenantQuery(() => platform().db);
    /** An event written straight into the table by a writer of cases of `who`'s agency. */
    const writeEvent = (who: TenantIdentity, caseId: string, agencyId: string) =>
      asTenant(
        who,
        ['case:read', 'case:write'],
        `insert into case_event (case_id, agency_id, kind, detail) values ($1, $2, 'case.updated', '{}') returning id`,
        [caseId, agencyId],
      );

    it('refuses an event another agency writes in its own name on a case not its own, and keeps its own agency writing', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      const { caseId } = await personWithCase(jkm);
      const eventsOf = async () =>
        (
          await platform().db.query<{ count: number }>(
            'select count(*)::int as count from case_event where case_id = $1',
            [caseId],
          )
        )[0]?.count;
      const before = await eventsOf();
      await assert.rejects(writeEvent(kbri, caseId, kbri.agencyId), /row-level security/);
      await assert.rejects(writeEvent(kbri, caseId, jkm.agencyId), /row-level security/);
      assert.equal(await eventsOf(), before, 'nothing was written');
      const own = await writeEvent(jkm, caseId, jkm.agencyId);
      assert.equal(own.length, 1, 'the case’s own agency still writes its timeline');
    });
  });
}
