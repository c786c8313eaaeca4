import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`the signed-in user's language [${kind}]`, () => {
    const platform = useTestPlatform(kind);

    it('should remember the language chosen, on the account, and audit the change', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      assert.equal((await jkm.request('GET', '/api/me')).json().user.locale, 'ms');
      const changed = await jkm.request('PATCH', '/api/me', { locale: 'vi' });
      assert.equal(changed.statusCode, 200);
      assert.equal(changed.json().locale, 'vi');
      const again = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      assert.equal((await again.request('GET', '/api/me')).json().user.locale, 'vi');
      const audited = await platform().db.query(
        "select 1 from audit_event where action = 'auth.change_locale' and actor_user_id = $1",
        [jkm.userId],
      );
      assert.equal(audited.length, 1);
    });

    it('should refuse a language Lindung does not have, naming the field', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const response = await jkm.request('PATCH', '/api/me', { locale: 'fr' });
      assert.equal(response.statusCode, 400);
      assert.equal(response.json().errors[0].field, 'locale');
    });

    it('should refuse a change without the CSRF token', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const response = await jkm.request('PATCH', '/api/me', { locale: 'en' }, { 'x-csrf-token': 'wrong' });
      assert.equal(response.statusCode, 403);
    });
  });
}
