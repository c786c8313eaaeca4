import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';
import { tenantQuery } from '../../../test/support/rls.ts';
import { countRows, openInvestigation } from '../prosecution/prosecution.factory.ts';

const advert = 'Typing job in Sihanoukville, high salary, no experience needed, free flight. Telegram @hr88';

/*
 * The application's permission checks are switched off (a test-only option of buildApp): what keeps
 * another agency, or a user without prosecution:manage, away from saved adverts is row-level
 * security alone.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`adverts saved to investigations under row-level security alone [${kind}]`, () => {
    const platform = useTestPlatform(kind, { unsafeSkipPolicyChecks: true });
    let police: TestSession;
    let prosecutor: TestSession;
    let investigationId: string;

    const asTenant = tenantQuery(() => platform().db);

    it('lets the investigating agency save and read an advert', async () => {
      police = await signInAs(platform().app, 'investigator.pdrm@demo.lindung.org');
      prosecutor = await signInAs(platform().app, 'prosecutor.agc@demo.lindung.org');
      investigationId = await openInvestigation(police);
      const saved = await police.request('POST', `/api/investigations/${investigationId}/adverts`, {
        text: advert,
      });
      assert.equal(saved.statusCode, 201, saved.body);
      const read = await police.request('GET', `/api/investigations/${investigationId}/adverts`);
      assert.equal(read.json().length, 1);
    });

    it('shows another agency none of them, through the API and in SQL', async () => {
      const read = await prosecutor.request('GET', `/api/investigations/${investigationId}/adverts`);
      assert.equal(read.statusCode, 404, read.body);
      const rows = await asTenant(prosecutor, ['prosecution:manage'], 'select id from investigation_advert');
      assert.equal(rows.length, 0);
    });

    it('lets another agency add nothing to the investigation, through the API or in SQL', async () => {
      const before = await countRows(platform().db, 'investigation_advert');
      const api = await prosecutor.request('POST', `/api/investigations/${investigationId}/adverts`, {
        text: advert,
      });
      assert.ok(api.statusCode >= 400, api.body);
      await assert.rejects(
        asTenant(
          prosecutor,
          ['prosecution:manage'],
          `insert into investigation_advert (investigation_id, agency_id, advert_text, language, risk, score, flags,
             rules_version, model_version, saved_by)
           values ($1, $2, 'x', 'en', 'high', 0.9, '{}', 'r', 'm', $3)`,
          [investigationId, police.agencyId, prosecutor.userId],
        ),
      );
      assert.equal(await countRows(platform().db, 'investigation_advert'), before);
    });

    it('shows the own agency nothing without prosecution:manage, and lets no one change or delete a saved advert', async () => {
      const rows = await asTenant(police, ['case:read'], 'select id from investigation_advert');
      assert.equal(rows.length, 0);
      await assert.rejects(
        asTenant(police, ['prosecution:manage'], `update investigation_advert set risk = 'low'`),
      );
      await assert.rejects(asTenant(police, ['prosecution:manage'], 'delete from investigation_advert'));
    });
  });
}
