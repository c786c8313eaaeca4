import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { personWithCase } from '../referrals/referral.factory.ts';

const all = "select coalesce(sum(n), 0)::int as n from lindung_victim_microdata('2000-01-01', '2099-12-31')";

/*
 * The application's permission checks switched off: what limits the microdata to statistics:read and
 * to the caller's country is the database alone.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`open data with the application's checks off [${kind}]`, () => {
    const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: true });
    const tenant = tenantQuery(() => platform().db);

    const victims = async (session: TestSession, permissions: string[]) => {
      const [row] = await tenant<{ n: number }>(session, permissions, all);
      return row?.n;
    };

    it("counts the country's victims for statistics:read only", async () => {
      const { app } = platform();
      const jkm = await signInAs(app, 'cm.jkm@demo.lindung.org');
      const police = await signInAs(app, 'investigator.pdrm@demo.lindung.org');
      const kemensos = await signInAs(app, 'cm.kemensos@demo.lindung.org');
      await personWithCase(jkm);
      await personWithCase(police);
      await personWithCase(kemensos);
      assert.equal(await victims(jkm, ['statistics:read']), 2, "Malaysia's agencies, not Indonesia's");
      assert.equal(await victims(kemensos, ['statistics:read']), 1);
      assert.equal(await victims(jkm, ['case:read', 'person:read', 'case:write']), 0);
    });

    it('gives a user without statistics:read an empty file through the API', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const report = await jkm.request('GET', '/api/opendata/microdata?from=2010-01-01&to=2029-12-31');
      assert.equal(report.statusCode, 200, report.body);
      assert.equal(report.json().rowsIn, 0);
      const csv = await jkm.request('GET', '/api/opendata/microdata.csv?from=2010-01-01&to=2029-12-31');
      assert.equal(csv.statusCode, 200, csv.body);
      assert.equal(csv.body.split('\r\n').filter((line) => line !== '').length, 1, 'the header only');
    });
    it("exports no other agency's victims in HTCDS, and nothing without case:read", async () => {
      const { app } = platform();
      const molisa = await signInAs(app, 'cm.molisa@demo.lindung.org');
      const own = await molisa.request('GET', '/api/opendata/htcds?from=2010-01-01&to=2029-12-31');
      assert.equal(own.statusCode, 200, own.body);
      assert.equal(own.json().records.length, 0, "MOLISA has no victims; JKM's stay JKM's");
      const jkm = await signInAs(app, 'cm.jkm@demo.lindung.org');
      const jkmOwn = await jkm.request('GET', '/api/opendata/htcds?from=2010-01-01&to=2029-12-31');
      assert.equal(jkmOwn.json().records.length, 1);
      const trainer = await signInAs(app, 'trainer.mapo@demo.lindung.org');
      const none = await trainer.request('GET', '/api/opendata/htcds?from=2010-01-01&to=2029-12-31');
      assert.equal(none.statusCode, 200, none.body);
      assert.equal(none.json().records.length, 0);
    });

    it('lets row-level security refuse an import by a user who may not write persons', async () => {
      const { app, db } = platform();
      const trainer = await signInAs(app, 'trainer.mapo@demo.lindung.org');
      const [before] = await db.query<{ n: number }>('select count(*)::int as n from person');
      const response = await trainer.request('POST', '/api/opendata/htcds', {
        standard: 'HTCDS field reference 0.2 (with 2.0 victim-context fields)',
        organisation: { org_Name: 'Partner NGO' },
        records: [
          {
            prs_FirstName: 'Somchai',
            prs_Gender: 'Male',
            vic_TraffickingStatus: 'PossibleVictimOfTrafficking',
            vic_TypeOfExploitation: ['ForcedLabour'],
            cas_Status: 'Active',
          },
        ],
      });
      assert.ok(response.statusCode >= 400, `${response.statusCode} ${response.body}`);
      const [after] = await db.query<{ n: number }>('select count(*)::int as n from person');
      assert.equal(after?.n, before?.n);
    });
  });
}
