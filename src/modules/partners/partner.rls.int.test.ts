import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';

const coordinator = ['coordination:manage', 'coordination:report'];

/* With the application's checks switched off, what the database shows and refuses by itself. */
for (const kind of await testDatabaseKinds()) {
  describe(`partner network in the database [${kind}]`, () => {
    const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: true });
    let mapo: TestSession;
    let jkm: TestSession;
    let gugus: TestSession;
    let partnerId: string;

    const asTenant = tenantQuery(() => platform().db);
    const refused = (error: { code?: string }) => error.code === '42501';

    it('sets up a partner kept by the council', async () => {
      mapo = await signInAs(platform().app, 'coordinator.mapo@demo.lindung.org');
      jkm = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      gugus = await signInAs(platform().app, 'coordinator.gugustugas@demo.lindung.org');
      const created = await mapo.request('POST', '/api/partners', { name: 'Tenaganita', kind: 'cso' });
      assert.equal(created.statusCode, 201, created.body);
      partnerId = created.json().id;
    });

    it('shows the directory to the country only', async () => {
      assert.equal(
        (await asTenant(jkm, [], 'select 1 from partner_organisation where id = $1', [partnerId])).length,
        1,
      );
      assert.deepEqual(
        await asTenant(gugus, coordinator, "select 1 from partner_organisation where country = 'MY'"),
        [],
      );
      assert.equal((await gugus.request('GET', `/api/partners/${partnerId}`)).statusCode, 404);
    });

    it('lets only the keeping agency change the entry and record MoUs, and their expiry deadlines', async () => {
      const changed = await asTenant(
        jkm,
        coordinator,
        "update partner_organisation set name = 'Taken over' where id = $1 returning id",
        [partnerId],
      );
      assert.deepEqual(changed, [], 'another agency changes nothing');
      await assert.rejects(
        asTenant(
          jkm,
          coordinator,
          `insert into partner_mou (partner_id, title, signed_on, expires_on, created_by)
           values ($1, 'Not mine', '2024-01-01', '2027-01-01', $2)`,
          [partnerId, jkm.userId],
        ),
        refused,
      );
      await assert.rejects(
        asTenant(
          mapo,
          ['coordination:report'],
          `insert into partner_mou (partner_id, title, signed_on, expires_on, created_by)
           values ($1, 'Without the permission', '2024-01-01', '2027-01-01', $2)`,
          [partnerId, mapo.userId],
        ),
        refused,
      );
      await assert.rejects(
        asTenant(
          jkm,
          coordinator,
          `insert into deadline (agency_id, source_kind, source_id, due_at, due_on)
           values ($1, 'partner_mou_expiry', gen_random_uuid(), now(), current_date)`,
          [mapo.agencyId],
        ),
        refused,
        "not another agency's deadline",
      );
      const mou = await mapo.request('POST', `/api/partners/${partnerId}/mous`, {
        title: 'MoU',
        signedOn: '2024-01-01',
        expiresOn: '2027-01-01',
      });
      assert.equal(mou.statusCode, 201, mou.body);
      assert.deepEqual(
        await asTenant(jkm, coordinator, "select 1 from deadline where source_kind = 'partner_mou_expiry'"),
        [],
      );
      assert.equal(
        (
          await asTenant(
            mapo,
            coordinator,
            `select 1 from deadline where source_kind = 'partner_mou_expiry'
                and source_id in (select id from partner_mou where partner_id = $1)`,
            [partnerId],
          )
        ).length,
        1,
      );
    });

    it("shows an embassy the host country's directory and MoUs, and lets it keep nothing there", async () => {
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      const molisa = await signInAs(platform().app, 'cm.molisa@demo.lindung.org');
      assert.equal(
        (await asTenant(kbri, [], 'select 1 from partner_organisation where id = $1', [partnerId])).length,
        1,
      );
      assert.equal(
        (await asTenant(kbri, [], 'select 1 from partner_mou where partner_id = $1', [partnerId])).length,
        1,
      );
      assert.deepEqual(
        await asTenant(molisa, [], 'select 1 from partner_organisation where country = $1', ['MY']),
        [],
      );
      assert.deepEqual(
        await asTenant(molisa, [], 'select 1 from partner_mou where partner_id = $1', [partnerId]),
        [],
      );
      const changed = await asTenant(
        kbri,
        coordinator,
        "update partner_organisation set name = 'Taken over' where id = $1 returning id",
        [partnerId],
      );
      assert.deepEqual(changed, [], 'the embassy changes nothing in the host directory');
      await assert.rejects(
        asTenant(
          kbri,
          coordinator,
          `insert into partner_organisation (agency_id, country, name, kind, created_by)
           values ($1, 'MY', 'Added by the embassy', 'cso', $2)`,
          [kbri.agencyId, kbri.userId],
        ),
        refused,
      );
    });
  });
}
