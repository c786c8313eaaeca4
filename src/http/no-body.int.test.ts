import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../test/support/platform.ts';

type Operations = Record<string, Record<string, { requestBody?: unknown }>>;

/** Uploads take a multipart body, which the API document does not describe as JSON. */
const uploads = new Set([
  'POST /api/persons/{id}/photo',
  'POST /api/cases/{id}/attachments',
  'POST /api/action-plan-reports/{id}/evidence',
]);

for (const kind of await testDatabaseKinds()) {
  describe(`a change that takes no body refuses one with fields [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let admin: TestSession;
    let bodiless: string[];

    it('signs in a system administrator and lists the changes documented without a body', async () => {
      admin = await signInAs(platform().app, 'admin@demo.lindung.org');
      const document = (await admin.request('GET', '/api/openapi.json')).json() as { paths: Operations };
      bodiless = Object.entries(document.paths).flatMap(([path, operations]) =>
        Object.entries(operations)
          .filter(([method, operation]) => method !== 'get' && !operation.requestBody)
          .map(([method]) => `${method.toUpperCase()} ${path}`)
          .filter((route) => !uploads.has(route)),
      );
      assert.ok(bodiless.includes('POST /api/linkage/scans'));
      assert.ok(bodiless.length >= 19, bodiless.join(', '));
    });

    it('should answer every one of them 400 naming a field sent, before doing anything', async () => {
      for (const route of bodiless) {
        const [method = '', path = ''] = route.split(' ');
        const url = path.replaceAll(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000001');
        const answer = await admin.request(method, url, { note: 'scan everything' });
        assert.equal(answer.statusCode, 400, route);
        assert.deepEqual(
          (answer.json() as { errors: unknown[] }).errors,
          [{ field: 'note', message: 'is not a known field', code: 'unrecognized_keys' }],
          route,
        );
      }
    });

    it('should take no body, or an empty object, as before', async () => {
      const caseManager = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const none = await caseManager.request('POST', '/api/linkage/scans');
      assert.equal(none.statusCode, 200, none.body);
      const empty = await caseManager.request('POST', '/api/linkage/scans', {});
      assert.equal(empty.statusCode, 200, empty.body);
    });
  });
}
