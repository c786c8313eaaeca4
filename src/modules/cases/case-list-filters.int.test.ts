import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, useAppWithoutPolicyChecks, useTestPlatform } from '../../../test/support/platform.ts';
import { recordPerson } from '../../../test/support/screening-factory.ts';

const users = [
  'cm.jkm',
  'admin.jkm',
  'auditor.jkm',
  'health.jkm',
  'cm.kbri',
  'cm.molisa',
  'officer.pdrm',
  'investigator.pdrm',
  'prosecutor.agc',
  'shelter.jpw',
  'coordinator.mapo',
  'coordinator.gugustugas',
  'trainer.mapo',
  'admin',
];

const ids = (response: { json(): { items: { id: string }[] } }) =>
  response
    .json()
    .items.map((item) => item.id)
    .sort();

for (const kind of await testDatabaseKinds()) {
  describe(`filters of the case list [${kind}]`, () => {
    const platform = useTestPlatform(kind);

    it('refuses a period that ends before it starts, naming openedTo', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const response = await jkm.request('GET', '/api/cases?openedFrom=2026-12-03&openedTo=2026-12-01');
      assert.equal(response.statusCode, 400, response.body);
      assert.deepEqual(
        response.json().errors.map(({ field, code }: { field: string; code: string }) => `${field} ${code}`),
        ['query.openedTo ends_before_start'],
      );
      const sameDay = await jkm.request('GET', '/api/cases?openedFrom=2026-12-01&openedTo=2026-12-01');
      assert.equal(sameDay.statusCode, 200, sameDay.body);
    });

    it('lists the filters in the API document', async () => {
      const document = (await platform().app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      const names = document.paths['/api/cases'].get.parameters.map(
        (parameter: { name: string }) => parameter.name,
      );
      for (const name of ['openedFrom', 'openedTo', 'agencyId']) assert.ok(names.includes(name), name);
    });

    it('filters by agency for every role, showing only what that user may already see', async () => {
      const jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const personId = await recordPerson(jkm, 'Aminah binti Yusof');
      const opened = await jkm.request('POST', '/api/cases', { type: 'victim_case', personId });
      assert.equal(opened.statusCode, 201, opened.body);
      const { jkm: jkmId, kbri } = platform().agencyIds;
      for (const user of users) {
        const session = await signInAs(platform().app, `${user}@demo.lindung.org`);
        const all = await session.request('GET', '/api/cases?limit=100');
        const ofJkm = await session.request('GET', `/api/cases?limit=100&agencyId=${jkmId}`);
        const ofKbri = await session.request('GET', `/api/cases?limit=100&agencyId=${kbri}`);
        // The filter never changes who may list: the same answer as the list without it.
        assert.equal(ofJkm.statusCode, all.statusCode, `${user}: ${ofJkm.body}`);
        assert.equal(ofKbri.statusCode, all.statusCode, user);
        if (all.statusCode !== 200) continue;
        const own = session.agencyId === jkmId;
        assert.deepEqual(ids(ofJkm), own ? ids(all) : [], user);
        if (own) assert.ok(ids(ofJkm).includes(opened.json().id), user);
        assert.ok(
          ids(ofKbri).every((id) => ids(all).includes(id)),
          user,
        );
        if (own) assert.deepEqual(ids(ofKbri), [], user);
      }
    });

    describe("the case list's agency filter in the database", () => {
      const rlsOnly = useAppWithoutPolicyChecks(platform);

      it("gives another agency's cases to no one, even with the application's checks off", async () => {
        const jkm = await signInAs(rlsOnly().app, 'cm.jkm@demo.lindung.org');
        const personId = await recordPerson(jkm, 'Rohana binti Ismail');
        assert.equal(
          (await jkm.request('POST', '/api/cases', { type: 'victim_case', personId })).statusCode,
          201,
        );
        for (const user of ['cm.kbri', 'officer.pdrm', 'trainer.mapo', 'coordinator.mapo']) {
          const session = await signInAs(rlsOnly().app, `${user}@demo.lindung.org`);
          const response = await session.request('GET', `/api/cases?agencyId=${rlsOnly().agencyIds.jkm}`);
          assert.equal(response.statusCode, 200, `${user}: ${response.body}`);
          assert.deepEqual(response.json().items, [], user);
        }
      });
    });
  });
}
