import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`jurisdiction packs over the API [${kind}]`, () => {
    const platform = useTestPlatform(kind, { env: { LINDUNG_JURISDICTION: 'my' } });

    it("gives a Malaysian department Malaysia's pack and the Indonesian embassy Indonesia's", async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      const my = await jkm.request('GET', '/api/jurisdiction');
      assert.equal(my.statusCode, 200, my.body);
      assert.equal(my.json().code, 'my');
      assert.deepEqual(my.json().timeLimits.interim_protection_order.period, { amount: 21, unit: 'days' });
      assert.equal(my.json().formOptions.urgency.emergency.ms, 'Kecemasan');
      assert.equal((await kbri.request('GET', '/api/jurisdiction')).json().code, 'id');
      const list = (await kbri.request('GET', '/api/jurisdictions')).json();
      assert.equal(list.deployment, 'my');
      assert.deepEqual(list.items.map((p: { code: string }) => p.code).sort(), ['generic', 'id', 'my', 'vn']);
    });

    it('answers 401 to nobody signed in', async () => {
      const response = await platform().app.inject({ method: 'GET', url: '/api/jurisdiction' });
      assert.equal(response.statusCode, 401);
    });
  });
}
