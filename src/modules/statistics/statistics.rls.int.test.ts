import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { personWithCase } from '../referrals/referral.factory.ts';

const all =
  "select coalesce(sum(identified), 0)::int as n from lindung_victim_statistics('2000-01-01', '2099-12-31', 'year', 'none')";

/*
 * The application's permission checks switched off: what limits the figures to the caller's agency,
 * or to the caller's country for statistics:read, is the database alone.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`statistics with the application's checks off [${kind}]`, () => {
    const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: true });
    const tenant = tenantQuery(() => platform().db);
    let jkm: TestSession;
    let police: TestSession;

    const identified = async (session: TestSession, permissions: string[]) => {
      const [row] = await tenant<{ n: number }>(session, permissions, all);
      return row?.n;
    };

    it('counts an agency its own victims, the country for statistics:read, and nothing without either', async () => {
      const { app } = platform();
      jkm = await signInAs(app, 'cm.jkm@demo.lindung.org');
      police = await signInAs(app, 'investigator.pdrm@demo.lindung.org');
      const kemensos = await signInAs(app, 'cm.kemensos@demo.lindung.org');
      await personWithCase(jkm);
      await personWithCase(jkm);
      await personWithCase(police);
      await personWithCase(kemensos);
      assert.equal(await identified(jkm, ['case:read']), 2);
      assert.equal(await identified(police, ['case:read']), 1);
      assert.equal(await identified(jkm, ['statistics:read']), 3, "Malaysia's agencies, not Indonesia's");
      assert.equal(await identified(kemensos, ['statistics:read']), 1);
      assert.equal(await identified(jkm, ['person:read', 'training:manage']), 0);
    });

    it("splits by identification decision only the victims the caller's scope counts", async () => {
      const decisions = async (session: TestSession, permissions: string[]) => {
        const rows = await tenant<{ decision: string; identified: number }>(
          session,
          permissions,
          "select decision, identified from lindung_tip_identification('2000-01-01', '2099-12-31')",
        );
        return rows.reduce((sum, row) => sum + row.identified, 0);
      };
      // The same victims as the previous test: jkm 2, the police 1, Indonesia's welfare ministry 1.
      assert.equal(await decisions(jkm, ['case:read']), 2);
      assert.equal(await decisions(police, ['case:read']), 1);
      assert.equal(await decisions(jkm, ['statistics:read']), 3, "Malaysia's agencies, not Indonesia's");
      assert.equal(await decisions(jkm, ['person:read', 'training:manage']), 0);
    });

    it('gives a user without the permissions an empty answer through the API', async () => {
      const trainer = await signInAs(platform().app, 'trainer.mapo@demo.lindung.org');
      const response = await trainer.request('GET', '/api/statistics/victims?from=2010-01-01&to=2029-12-31');
      assert.equal(response.statusCode, 200, response.body);
      assert.deepEqual(response.json().rows, []);
      const dashboard = await trainer.request(
        'GET',
        '/api/statistics/dashboard?from=2010-01-01&to=2029-12-31',
      );
      assert.deepEqual(dashboard.json().victims, []);
      assert.deepEqual(dashboard.json().overdueDeadlines, []);
    });
  });
}
