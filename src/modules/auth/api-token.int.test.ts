import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`API tokens [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    const bearer = (token: string, url = '/api/me', method = 'GET') =>
      platform().app.inject({ method: method as 'GET', url, headers: { authorization: `Bearer ${token}` } });

    it('issues a scoped token shown once and stored only as a hash, usable without a cookie or CSRF token', async () => {
      const admin = await signInAs(platform().app, 'admin@demo.lindung.org');
      const created = await admin.request('POST', '/api/auth/tokens', {
        name: 'statistics export',
        scopes: ['agency:manage'],
        expiresInDays: 30,
      });
      assert.equal(created.statusCode, 201);
      const { token, id } = created.json();
      assert.match(token, /^lt_/);
      const stored = await platform().db.query<{ token_hash: string }>(
        'select token_hash from api_token where id = $1',
        [id],
      );
      assert.notEqual(stored[0]?.token_hash, token);
      const me = await bearer(token);
      assert.equal(me.statusCode, 200);
      assert.deepEqual(me.json().permissions, ['agency:manage']);
      const create = await platform().app.inject({
        method: 'POST',
        url: '/api/agencies',
        headers: { authorization: `Bearer ${token}` },
        payload: { name: 'Created by integration', type: 'ngo', country: 'ID' },
      });
      assert.equal(create.statusCode, 201);
      const users = await bearer(token, '/api/users');
      assert.equal(users.statusCode, 403, 'a scope not granted is not held');
    });

    it('refuses scopes the user does not hold', async () => {
      const session = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const response = await session.request('POST', '/api/auth/tokens', {
        name: 'x',
        scopes: ['agency:manage'],
      });
      assert.equal(response.statusCode, 400);
      assert.equal(response.json().errors[0].field, 'scopes');
    });

    it('stops a revoked, expired or unknown token', async () => {
      const session = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const created = (
        await session.request('POST', '/api/auth/tokens', { name: 'sync', scopes: ['case:read'] })
      ).json();
      assert.equal((await bearer(created.token)).statusCode, 200);
      assert.equal((await session.request('DELETE', `/api/auth/tokens/${created.id}`)).statusCode, 204);
      assert.equal((await bearer(created.token)).statusCode, 401);

      const expiring = (
        await session.request('POST', '/api/auth/tokens', { name: 'old', scopes: ['case:read'] })
      ).json();
      await platform().db.query(
        `update api_token set expires_at = now() - interval '1 second' where id = $1`,
        [expiring.id],
      );
      assert.equal((await bearer(expiring.token)).statusCode, 401);
      assert.equal((await bearer('lt_unknown')).statusCode, 401);
      const malformed = await platform().app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { authorization: 'Basic abc' },
      });
      assert.equal(malformed.statusCode, 401);
    });

    it('narrows a token when its user loses the role', async () => {
      const admin = await signInAs(platform().app, 'admin@demo.lindung.org');
      const session = await signInAs(platform().app, 'officer.pdrm@demo.lindung.org');
      const created = (
        await session.request('POST', '/api/auth/tokens', { name: 'field app', scopes: ['case:read'] })
      ).json();
      const [user] = await platform().db.query<{ id: string }>(
        `select id from app_user where email = 'officer.pdrm@demo.lindung.org'`,
      );
      const changed = await admin.request('PATCH', `/api/users/${user?.id}`, {
        memberships: [{ agencyId: platform().agencyIds.pdrm, role: 'trainer' }],
      });
      assert.equal(changed.statusCode, 200);
      assert.equal((await bearer(created.token)).statusCode, 401);
    });
  });
}
