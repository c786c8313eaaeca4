import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { personWithCase } from '../referrals/referral.factory.ts';

/* With the application's checks switched off: who may take a person or a worker off a case. */
for (const kind of await testDatabaseKinds()) {
  describe(`a case's persons and workers in the database [${kind}]`, () => {
    const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: true });
    const asTenant = tenantQuery(() => platform().db);

    it('lets a reader of cases (case:read only) and another agency remove nobody from a case', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      const { caseId } = await personWithCase(jkm);
      const links = () =>
        platform().db.query<{ persons: number; workers: number }>(
          `select (select count(*)::int from case_person where case_id = $1) as persons,
                  (select count(*)::int from case_worker where case_id = $1) as workers`,
          [caseId],
        );
      const [before] = await links();
      assert.ok(
        (before?.persons ?? 0) > 0 && (before?.workers ?? 0) > 0,
        'the case has a person and a worker',
      );
      for (const [who, permissions] of [
        [jkm, ['case:read']],
        [kbri, ['case:read', 'case:write']],
      ] as const) {
        for (const table of ['case_person', 'case_worker']) {
          const removed = await asTenant(
            who,
            [...permissions],
            `delete from ${table} where case_id = $1 returning 1`,
            [caseId],
          );
          assert.deepEqual(removed, [], `${table} by ${permissions.join('+')}`);
        }
      }
      assert.deepEqual(await links(), [before]);
      const byWriter = await asTenant(
        jkm,
        ['case:read', 'case:write'],
        'delete from case_worker where case_id = $1 returning 1',
        [caseId],
      );
      assert.equal(byWriter.length, before?.workers, 'a writer of its own agency still may');
    });
  });
}
