import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../test/support/platform.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`bad input gets a clear error and changes nothing [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let admin: TestSession;
    const agencyCount = async () =>
      (await platform().db.query<{ count: number }>('select count(*)::int as count from agency'))[0]?.count;
    const raw = (payload: string, contentType = 'application/json') =>
      platform().app.inject({
        method: 'POST',
        url: '/api/agencies',
        payload,
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'content-type': contentType },
      });

    it('signs in a system administrator', async () => {
      admin = await signInAs(platform().app, 'admin@demo.lindung.org');
    });

    it('answers malformed JSON with 400 naming the body', async () => {
      const before = await agencyCount();
      const response = await raw('{"name": "Broken",');
      assert.equal(response.statusCode, 400);
      assert.equal(response.json().code, 'validation_failed');
      assert.deepEqual(response.json().errors, [
        { code: 'body_not_json', field: 'body', message: 'is not valid JSON' },
      ]);
      assert.equal(await agencyCount(), before);
    });

    it('answers wrong types and unknown fields with 400 naming each field', async () => {
      const response = await admin.request('POST', '/api/agencies', {
        name: 42,
        type: 'ngo',
        country: 'MY',
        isAdmin: true,
      });
      assert.equal(response.statusCode, 400);
      const errors = response.json().errors as { field: string; message: string }[];
      assert.ok(errors.some((e) => e.field === 'name'));
      assert.ok(errors.some((e) => e.field === 'isAdmin' && e.message === 'is not a known field'));
      assert.ok(errors.some((e) => e.field === 'name' && 'code' in e && e.code === 'invalid_type'));
    });

    it('refuses text PostgreSQL cannot keep (NUL, a lone surrogate) by field, everywhere, and keeps nothing', async () => {
      const refusedFields = (response: { statusCode: number; json: () => unknown }) => {
        assert.equal(response.statusCode, 400);
        const problem = response.json() as { code: string; errors: { field: string; code: string }[] };
        assert.equal(problem.code, 'validation_failed');
        assert.ok(problem.errors.every((e) => e.code === 'character_not_storable'));
        return problem.errors.map((e) => e.field);
      };
      const before = await agencyCount();
      // Raw JSON: the escapes reach the server as typed, as a client's would.
      assert.deepEqual(
        refusedFields(
          await raw('{"name": "Dinas\\u0000Sosial", "type": "ngo", "country": "MY", "regions": ["\\ud800"]}'),
        ),
        ['name', 'regions.0'],
      );
      assert.equal(await agencyCount(), before);
      // Signed out too: the sign-in form's fields.
      const signIn = await platform().app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: '{"email": "a\\u0000@example.org", "password": "p"}',
        headers: { 'content-type': 'application/json' },
      });
      assert.deepEqual(refusedFields(signIn), ['email']);
      assert.deepEqual(refusedFields(await admin.request('GET', '/api/agencies?q=a%00b')), ['query.q']);
      assert.deepEqual(refusedFields(await admin.request('GET', '/api/agencies/a%00b')), ['params.id']);
      // Deeply nested text is walked without overflowing the stack (the fuzzer's 10,000 arrays).
      const nested = await raw(`${'['.repeat(10_000)}"\\u0000"${']'.repeat(10_000)}`);
      assert.equal(nested.statusCode, 400);
      assert.equal(nested.json().errors[0].code, 'character_not_storable');
    });

    it('gives each schema problem its zod code and bound, so a client can say it in its own language', async () => {
      const response = await admin.request('POST', '/api/agencies', {
        name: 'A',
        type: 'ngo',
        country: 'MY',
      });
      assert.equal(response.statusCode, 400);
      const name = (response.json().errors as { field: string; code?: string; limit?: number }[]).find(
        (e) => e.field === 'name',
      );
      assert.equal(name?.code, 'too_small');
      assert.equal(name?.limit, 2);
      const id = await admin.request('GET', '/api/agencies/not-a-uuid');
      assert.equal(id.json().errors[0].code, 'invalid_format');
      assert.equal(id.json().errors[0].format, 'uuid');
    });

    it('answers a body over 1 MB with 413', async () => {
      const response = await raw(JSON.stringify({ name: 'x'.repeat(1_100_000), type: 'ngo', country: 'MY' }));
      assert.equal(response.statusCode, 413);
      assert.equal(response.json().code, 'body_too_large');
    });

    it('answers a body that is not JSON with 415', async () => {
      const response = await raw('name=Form+post', 'application/x-www-form-urlencoded');
      assert.equal(response.statusCode, 415);
      const text = await raw('plain text', 'text/plain');
      assert.equal(text.statusCode, 415);
    });

    it('stores SQL and HTML in strings as plain text', async () => {
      const before = (await agencyCount()) ?? 0;
      const names = ["Robert'); drop table agency; --", '<script>alert("x")</script> Agency'];
      for (const name of names) {
        const response = await admin.request('POST', '/api/agencies', { name, type: 'ngo', country: 'VN' });
        assert.equal(response.statusCode, 201);
        const read = await admin.request('GET', `/api/agencies/${response.json().id}`);
        assert.equal(read.json().name, name);
        assert.equal(read.headers['content-type'], 'application/json; charset=utf-8');
      }
      assert.equal(await agencyCount(), before + names.length);
    });

    it('answers an invalid id in the path or query with 400 naming it', async () => {
      const path = await admin.request('GET', '/api/agencies/not-a-uuid');
      assert.equal(path.statusCode, 400);
      assert.equal(path.json().errors[0].field, 'params.id');
      const query = await admin.request('GET', '/api/agencies?limit=0&cursor=garbage');
      assert.equal(query.statusCode, 400);
      assert.equal(query.json().errors[0].field, 'query.limit');
      const cursor = await admin.request('GET', '/api/agencies?cursor=garbage');
      assert.equal(cursor.json().errors[0].field, 'query.cursor');
    });

    it('answers an unknown address with a 404 problem, and without a session with 401', async () => {
      const signedIn = await admin.request('GET', '/api/no-such-thing');
      assert.equal(signedIn.statusCode, 404);
      assert.equal(signedIn.headers['content-type'], 'application/problem+json; charset=utf-8');
      const anonymous = await platform().app.inject({ method: 'GET', url: '/api/agencies' });
      assert.equal(anonymous.statusCode, 401);
      assert.equal(anonymous.json().code, 'unauthenticated');
    });

    it('sends security headers and a request id with every answer', async () => {
      const response = await platform().app.inject({ method: 'GET', url: '/api/health' });
      assert.equal(response.headers['x-content-type-options'], 'nosniff');
      assert.match(String(response.headers['content-security-policy']), /frame-ancestors 'none'/);
      assert.equal(response.headers['cache-control'], 'no-store');
      assert.ok(response.headers['x-request-id']);
    });

    it("sends the API's security headers with its problems too: 404, 405, 401 and 400 (decision 0194)", async () => {
      const answers = [
        await admin.request('GET', '/api/no-such-thing'),
        await admin.request('PUT', '/api/health'),
        await platform().app.inject({ method: 'GET', url: '/api/agencies' }),
        await raw('{"name": "Broken",'),
      ];
      assert.deepEqual(
        answers.map((answer) => answer.statusCode),
        [404, 405, 401, 400],
      );
      for (const answer of answers) {
        const { headers } = answer;
        assert.equal(headers['content-type'], 'application/problem+json; charset=utf-8');
        assert.equal(headers['cache-control'], 'no-store');
        assert.equal(headers['x-content-type-options'], 'nosniff');
        assert.equal(headers['x-frame-options'], 'DENY');
        assert.match(
          String(headers['content-security-policy']),
          /^default-src 'none';.*frame-ancestors 'none'/,
        );
        assert.match(String(headers['strict-transport-security']), /^max-age=/);
      }
    });

    it("keeps helmet's whole set on the API's docs page, which is HTML", async () => {
      const response = await platform().app.inject({ method: 'GET', url: '/api/docs' });
      const page =
        response.statusCode === 302
          ? await platform().app.inject({ method: 'GET', url: '/api/docs/' })
          : response;
      assert.equal(page.statusCode, 200);
      assert.match(String(page.headers['content-type']), /^text\/html/);
      assert.match(String(page.headers['content-security-policy']), /script-src 'self'/);
      assert.equal(page.headers['x-frame-options'], 'SAMEORIGIN');
      assert.equal(page.headers['cross-origin-opener-policy'], 'same-origin');
    });
  });
}
