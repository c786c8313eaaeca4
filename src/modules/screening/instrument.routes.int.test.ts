import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../../test/support/platform.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`screening instruments API [${kind}]`, () => {
    const platform = useTestPlatform(kind);

    it('serves the shipped instrument with every question in English, Malay, Indonesian and Vietnamese', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const list = await jkm.request('GET', '/api/screening-instruments');
      assert.equal(list.statusCode, 200, list.body);
      const [ilo] = list.json().items;
      assert.deepEqual([ilo.id, ilo.version], ['ilo-ec-2009', '2009.09']);
      assert.deepEqual(
        ilo.profiles.map((p: { code: string; status: string }) => [p.code, p.status]),
        [
          ['adult_labour', 'confirmed'],
          ['adult_sexual', 'provisional'],
          ['child_labour', 'confirmed'],
          ['child_sexual', 'provisional'],
        ],
      );
      assert.equal(ilo.dimensions.length, 6);
      for (const indicator of ilo.indicators) {
        assert.deepEqual(Object.keys(indicator.question).sort(), ['en', 'id', 'ms', 'vi']);
      }
      const one = await jkm.request('GET', '/api/screening-instruments/ilo-ec-2009/2009.09');
      assert.deepEqual(one.json(), ilo);
      const never = await jkm.request('GET', '/api/screening-instruments/ilo-ec-2009/1999.01');
      assert.equal(never.statusCode, 404);
      assert.equal(never.json().code, 'screening_instrument_not_found');
    });

    it('shows the published instrument to roles that do not screen', async () => {
      const coordinator = await signInAs(platform().app, 'coordinator.mapo@demo.lindung.org');
      assert.equal((await coordinator.request('GET', '/api/screening-instruments')).statusCode, 200);
    });

    it('describes the screening endpoints in the API document', async () => {
      const document = await platform().app.inject({ method: 'GET', url: '/api/openapi.json' });
      const paths = Object.keys(document.json().paths);
      for (const path of [
        '/api/screening-instruments',
        '/api/screening-instruments/{id}/{version}',
        '/api/persons/{personId}/screenings',
        '/api/screenings/{id}',
        '/api/screenings/{id}/complete',
        '/api/persons/{personId}/identification-decisions',
      ]) {
        assert.ok(paths.includes(path), path);
      }
    });
  });
}
