import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`the offline-draft wrapping key [${kind}]`, () => {
    const platform = useTestPlatform(kind);

    it('should give the same user the same key in a new session, and never cache it', async () => {
      const first = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const answer = await first.request('GET', '/api/me/draft-key');
      assert.equal(answer.statusCode, 200);
      assert.equal(answer.headers['cache-control'], 'no-store');
      assert.equal(Buffer.from(answer.json().key, 'base64url').length, 32);
      await first.request('POST', '/api/auth/sign-out');
      const second = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      assert.equal((await second.request('GET', '/api/me/draft-key')).json().key, answer.json().key);
    });

    it('should give another user another key', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const admin = await signInAs(platform().app, 'admin@demo.lindung.org');
      const one = (await jkm.request('GET', '/api/me/draft-key')).json().key;
      const other = (await admin.request('GET', '/api/me/draft-key')).json().key;
      assert.notEqual(one, other);
    });

    it('should refuse it without a session, and to an API token', async () => {
      const anonymous = await platform().app.inject({ method: 'GET', url: '/api/me/draft-key' });
      assert.equal(anonymous.statusCode, 401);
      const admin = await signInAs(platform().app, 'admin@demo.lindung.org');
      const { token } = (
        await admin.request('POST', '/api/auth/tokens', {
          name: 'x',
          scopes: ['agency:manage'],
          expiresInDays: 1,
        })
      ).json();
      const viaToken = await platform().app.inject({
        method: 'GET',
        url: '/api/me/draft-key',
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(viaToken.statusCode, 403);
      assert.equal(viaToken.json().code, 'session_required');
    });
  });
}
