import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';

const coordinator = ['statistics:read', 'coordination:manage', 'coordination:report'];
const reporter = ['coordination:report'];

/* With the application's checks switched off, what the database shows and refuses by itself. */
for (const kind of await testDatabaseKinds()) {
  describe(`guidelines in the database [${kind}]`, () => {
    const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: true });
    let mapo: TestSession;
    let jkm: TestSession;
    let gugus: TestSession;
    let guidelineId: string;
    let versionId: string;

    const asTenant = tenantQuery(() => platform().db);
    const refused = (error: { code?: string }) => error.code === '42501';

    it('sets up a guideline the welfare department must acknowledge', async () => {
      mapo = await signInAs(platform().app, 'coordinator.mapo@demo.lindung.org');
      jkm = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      gugus = await signInAs(platform().app, 'coordinator.gugustugas@demo.lindung.org');
      const created = await mapo.request('POST', '/api/guidelines', {
        title: 'Garis panduan penyakit berjangkit',
        version: {
          effectiveOn: '2021-06-01',
          summary: 'Isu pertama',
          body: 'Saringan semasa kemasukan.',
          requiredAgencyIds: [jkm.agencyId],
        },
      });
      assert.equal(created.statusCode, 201, created.body);
      guidelineId = created.json().id;
      versionId = created.json().versions[0].id;
    });

    it('shows nothing of it to another country', async () => {
      assert.equal((await gugus.request('GET', `/api/guidelines/${guidelineId}`)).statusCode, 404);
      assert.deepEqual((await gugus.request('GET', '/api/guidelines')).json().items, []);
      assert.deepEqual(await asTenant(gugus, coordinator, 'select 1 from guideline_version'), []);
      assert.equal(
        (await asTenant(jkm, [], 'select 1 from guideline_version where guideline_id = $1', [guidelineId]))
          .length,
        1,
      );
    });

    it('refuses versions by another agency, and acknowledgements not required or for another agency', async () => {
      await assert.rejects(
        asTenant(
          jkm,
          coordinator,
          `insert into guideline_version (guideline_id, version, effective_on, summary, body, created_by)
          values ($1, 2, '2030-01-01', 'Mine', 'Mine', $2)`,
          [guidelineId, jkm.userId],
        ),
        refused,
      );
      await assert.rejects(
        asTenant(
          mapo,
          coordinator,
          `insert into guideline_acknowledgement (version_id, agency_id, acknowledged_by)
          values ($1, $2, $3)`,
          [versionId, mapo.agencyId, mapo.userId],
        ),
        refused,
        'the council is not required to acknowledge',
      );
      await assert.rejects(
        asTenant(
          mapo,
          coordinator,
          `insert into guideline_acknowledgement (version_id, agency_id, acknowledged_by)
          values ($1, $2, $3)`,
          [versionId, jkm.agencyId, mapo.userId],
        ),
        refused,
        'not on behalf of another agency',
      );
      await assert.rejects(
        asTenant(
          gugus,
          coordinator,
          `insert into guideline_acknowledgement (version_id, agency_id, acknowledged_by)
          values ($1, $2, $3)`,
          [versionId, gugus.agencyId, gugus.userId],
        ),
        refused,
      );
      const viaApi = await mapo.request('POST', `/api/guideline-versions/${versionId}/acknowledge`);
      assert.notEqual(viaApi.statusCode, 200);
      const own = await asTenant(
        jkm,
        reporter,
        `insert into guideline_acknowledgement (version_id, agency_id, acknowledged_by)
          values ($1, $2, $3) returning agency_id`,
        [versionId, jkm.agencyId, jkm.userId],
      );
      assert.equal(own.length, 1);
      await assert.rejects(
        asTenant(
          jkm,
          reporter,
          'update guideline_acknowledgement set acknowledged_at = now() where version_id = $1',
          [versionId],
        ),
        refused,
        'an acknowledgement is never changed',
      );
    });
  });
}
