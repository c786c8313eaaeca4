import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { personWithCase } from '../referrals/referral.factory.ts';
import { anhRecords } from './linkage.factory.ts';
import { scanAcrossAgencies } from './linkage.scan.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`possible matches held by another agency [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    const asTenant = tenantQuery(() => platform().db);

    it('tells each agency only that the other holds a likely match, who only to the agency that recorded first, and only for its own person', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      const inJkm = await personWithCase(jkm, anhRecords.withAccents);
      const inMolisa = await personWithCase(molisa, {
        ...anhRecords.withoutAccents,
        names: [{ kind: 'birth', fullName: 'Nguyen Thi Anh' }],
      });
      const result = await scanAcrossAgencies(platform().db);
      assert.ok(!result.skipped && result.hints >= 2, JSON.stringify(result));

      const jkmHints = await jkm.request('GET', '/api/linkage/hints');
      assert.equal(jkmHints.statusCode, 200, jkmHints.body);
      const mine = jkmHints.json().items.find((h: { personId: string }) => h.personId === inJkm.personId);
      assert.ok(mine, 'JKM is told about its person');
      assert.equal(mine.otherAgency.id, molisa.agencyId);
      assert.ok(mine.probability >= 0.5);
      assert.ok(!jkmHints.body.includes(inMolisa.personId), "nothing of MOLISA's person");
      assert.ok(!jkmHints.body.includes('Nguyen Thi Anh'), "not MOLISA's spelling of the name");

      // JKM recorded her first: it holds the pair, and MOLISA is not told who (decision 0050).
      assert.equal(mine.holds, true);
      const molisaHints = (await molisa.request('GET', '/api/linkage/hints')).json();
      assert.ok(
        molisaHints.items.some(
          (h: { personId: string; holds: boolean; otherAgency: unknown }) =>
            h.personId === inMolisa.personId && !h.holds && h.otherAgency === null,
        ),
      );
      assert.ok(!JSON.stringify(molisaHints).includes(jkm.agencyId));
      assert.ok(!JSON.stringify(molisaHints).includes(inJkm.personId));
      assert.deepEqual((await kbri.request('GET', '/api/linkage/hints')).json().items, []);
      const officer = await signInAs(platform().app, 'officer.pdrm@demo.lindung.org');
      assert.equal((await officer.request('GET', '/api/linkage/hints')).statusCode, 403);

      // The database alone: another agency reads none, and nobody writes one through the app's role.
      assert.deepEqual(
        await asTenant(kbri, ['person:read', 'person:link'], 'select 1 from person_match_hint'),
        [],
      );
      await assert.rejects(
        asTenant(
          jkm,
          ['person:read', 'person:write', 'person:link'],
          `insert into person_match_hint (agency_id, person_id, other_agency_id, probability)
           values ($1, $2, $3, 0.9)`,
          [jkm.agencyId, inJkm.personId, kbri.agencyId],
        ),
        (error: { code?: string }) => error.code === '42501',
      );
      const again = await scanAcrossAgencies(platform().db);
      assert.deepEqual(again, { ...result, changedSince: null }, 'a second scan finds the same');
    });
  });
}
