import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../test/support/platform.ts';

/** Issue 11: requests a red team wrote by hand, which the server must read as a person reads them or refuse. */
for (const kind of await testDatabaseKinds()) {
  describe(`malformed requests are refused by field or method [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let admin: TestSession;
    let coordinator: TestSession;

    it('signs in an administrator and a coordinator', async () => {
      admin = await signInAs(platform().app, 'admin@demo.lindung.org');
      coordinator = await signInAs(platform().app, 'coordinator.mapo@demo.lindung.org');
    });

    it('should refuse a number in hex, with an exponent or with spaces, naming the field by its rule code', async () => {
      const refused = async (session: TestSession, url: string, field: string) => {
        const response = await session.request('GET', url);
        assert.equal(response.statusCode, 400, url);
        assert.match(String(response.headers['content-type']), /application\/problem\+json/);
        assert.deepEqual(
          (response.json().errors as { field: string; code: string }[]).map((e) => [e.field, e.code]),
          [[field, 'integer_not_decimal']],
          url,
        );
      };
      const plan = '00000000-0000-4000-8000-000000000000';
      await refused(coordinator, `/api/action-plans/${plan}/dashboard?year=0x7E6`, 'query.year');
      await refused(admin, '/api/agencies?limit=1e1', 'query.limit');
      await refused(admin, '/api/agencies?limit=%2010', 'query.limit');
      await refused(admin, '/api/agencies?limit=10%20', 'query.limit');
      await refused(admin, '/api/agencies?limit=+10', 'query.limit');
      await refused(admin, '/api/agencies?limit=10.0', 'query.limit');
      await refused(admin, '/api/agencies?limit=010', 'query.limit');
      await refused(admin, '/api/agencies?limit=', 'query.limit');
      await refused(admin, '/api/tasks/mine?limit=0b11', 'query.limit');
    });

    it('should read plain decimal digits as the number they say, and keep the bounds', async () => {
      const page = await admin.request('GET', '/api/agencies?limit=2');
      assert.equal(page.statusCode, 200);
      assert.equal(page.json().items.length, 2);
      const tooBig = await admin.request('GET', '/api/agencies?limit=201');
      assert.equal(tooBig.statusCode, 400);
      assert.equal(tooBig.json().errors[0].code, 'too_big');
    });

    it('should name a string sent for a list by its type alone, without a bound it does not break', async () => {
      const person = '00000000-0000-4000-8000-000000000000';
      const response = await admin.request('POST', '/api/cases', {
        type: 'victim_case',
        personId: person,
        exploitationTypes: 'forced_labour',
        meansOfControl: 'debt_bondage_and_threats',
      });
      assert.equal(response.statusCode, 400, response.body);
      assert.deepEqual(
        (response.json().errors as { field: string; code: string }[]).map((e) => [e.field, e.code]),
        [
          ['exploitationTypes', 'invalid_type'],
          ['meansOfControl', 'invalid_type'],
        ],
      );
    });

    it('should answer a negative limit as below the minimum on every list, not as a number written wrongly', async () => {
      for (const url of [
        '/api/agencies?limit=-1',
        '/api/tasks/mine?limit=-1',
        '/api/persons/matches?name=Minh&limit=-1',
      ]) {
        const response = await admin.request('GET', url);
        assert.equal(response.statusCode, 400, url);
        assert.deepEqual(
          (response.json().errors as { field: string; code: string; limit: number }[]).map((e) => [
            e.field,
            e.code,
            e.limit,
          ]),
          [['query.limit', 'too_small', 1]],
          url,
        );
      }
    });

    it('should answer a method a known path does not take with 405, listing the methods it takes', async () => {
      const response = await admin.request('DELETE', '/api/cases');
      assert.equal(response.statusCode, 405, response.body);
      assert.equal(response.headers.allow, 'GET, HEAD, POST');
      assert.match(String(response.headers['content-type']), /application\/problem\+json/);
      assert.equal(response.json().code, 'method_not_allowed');
      const caseId = '00000000-0000-4000-8000-000000000000';
      const put = await admin.request('PUT', `/api/cases/${caseId}?x=1`, {});
      assert.equal(put.statusCode, 405, put.body);
      assert.equal(put.headers.allow, 'GET, HEAD, PATCH');
      const get = await admin.request('GET', '/api/auth/sign-in');
      assert.equal(get.statusCode, 405, get.body);
      assert.equal(get.headers.allow, 'POST');
    });

    it('should still answer an unknown path with 404 and no Allow', async () => {
      for (const method of ['GET', 'DELETE']) {
        const response = await admin.request(method, '/api/no-such-thing');
        assert.equal(response.statusCode, 404, method);
        assert.equal(response.headers.allow, undefined);
        assert.equal(response.json().code, 'resource_not_found');
      }
    });
  });
}
