import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { retentionRecordTypes } from '../../jurisdictions/index.ts';

/* With the application's checks switched off, what the database alone lets each one do with retention periods. */
for (const kind of await testDatabaseKinds()) {
  describe(`retention periods in the database [${kind}]`, () => {
    const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: true });
    const asTenant = tenantQuery(() => platform().db);
    const refused = (error: { code?: string }) => error.code === '42501';

    it('shows the periods to nobody who does not administer them', async () => {
      const caseManager = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      assert.deepEqual(await asTenant(caseManager, ['case:write'], 'select 1 from retention_period'), []);
      const response = await caseManager.request('GET', '/api/retention-periods');
      assert.deepEqual(
        response.json().recordTypes.map((row: { effective: unknown }) => row.effective),
        retentionRecordTypes.map(() => null),
      );
    });

    it("lets an agency administrator change only their own agency's period, through the API too", async () => {
      const { app, agencyIds } = platform();
      const admin = await signInAs(app, 'admin.jkm@demo.lindung.org');
      const manage = ['retention:manage'];
      await assert.rejects(
        asTenant(
          admin,
          manage,
          `insert into retention_period (jurisdiction, agency_id, record_type, years, source)
           values ('MY', $1, 'victim_case', 1, 'x')`,
          [agencyIds.pdrm],
        ),
        refused,
      );
      await assert.rejects(
        asTenant(
          admin,
          manage,
          `insert into retention_period (jurisdiction, record_type, years, source) values ('MY', 'victim_case', 1, 'x')`,
        ),
        refused,
      );
      assert.deepEqual(
        await asTenant(admin, manage, 'update retention_period set years = 1 returning id'),
        [],
      );
      assert.deepEqual(await asTenant(admin, manage, 'delete from retention_period returning id'), []);
      for (const scope of ['country', 'default']) {
        const response = await admin.request('PUT', '/api/retention-periods', {
          recordType: 'victim_case',
          scope,
          years: 1,
          source: 'x',
        });
        assert.equal(response.statusCode, 403, `${scope}: ${response.body}`);
      }
      const own = await asTenant<{ id: string }>(
        admin,
        manage,
        `insert into retention_period (jurisdiction, agency_id, record_type, years, source)
         values ('MY', $1, 'victim_case', 11, 'x') returning id`,
        [admin.agencyId],
      );
      assert.equal(own.length, 1);
      const police = await signInAs(app, 'officer.pdrm@demo.lindung.org');
      assert.deepEqual(
        await asTenant(police, manage, 'select 1 from retention_period where agency_id = $1', [
          admin.agencyId,
        ]),
        [],
        "another agency's administrator does not see it",
      );
    });

    it("keeps the platform's defaults even from the platform administrator", async () => {
      const admin = await signInAs(platform().app, 'admin@demo.lindung.org');
      assert.deepEqual(
        await asTenant(
          admin,
          ['retention:manage_any'],
          `delete from retention_period where jurisdiction = '*' returning id`,
        ),
        [],
      );
      const rows = await platform().db.query(`select 1 from retention_period where jurisdiction = '*'`);
      assert.equal(rows.length, retentionRecordTypes.length, 'one default per record type');
    });
  });
}
