import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../test/support/platform.ts';

/** A 403 says which permission was missing, so a user can ask an administrator for the right one. */
for (const kind of await testDatabaseKinds()) {
  describe(`a refusal names the permission it wanted [${kind}]`, () => {
    const platform = useTestPlatform(kind);

    it('should name in problem+json the permissions a refused action asks for that the user lacks', async () => {
      const trainer = await signInAs(platform().app, 'trainer.mapo@demo.lindung.org');
      const cases = await trainer.request('GET', '/api/cases');
      assert.equal(cases.statusCode, 403, cases.body);
      assert.equal(cases.json().code, 'forbidden');
      assert.deepEqual(cases.json().missingPermissions, ['case:read']);
      const caseManager = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const report = await caseManager.request('GET', '/api/training/report?from=2026-01-01&to=2026-06-30');
      assert.equal(report.statusCode, 403, report.body);
      assert.deepEqual(
        [...report.json().missingPermissions].sort(),
        ['statistics:read', 'training:manage'],
        'either would do',
      );
    });

    it('should name none when the refusal is not about a permission (a change without its CSRF token)', async () => {
      const caseManager = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const csrf = await platform().app.inject({
        method: 'POST',
        url: '/api/cases',
        payload: {},
        headers: { cookie: caseManager.cookie },
      });
      assert.equal(csrf.statusCode, 403, csrf.body);
      assert.equal(csrf.json().missingPermissions, undefined);
    });

    it('should document the field in the API document', async () => {
      const document = (await platform().app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      assert.equal(document.components.schemas.Problem.properties.missingPermissions.type, 'array');
    });
  });
}
