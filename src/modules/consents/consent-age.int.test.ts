import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`a child's own consent [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    const scope = () => ({
      recipientAgencyIds: [platform().agencyIds.kbri],
      purposes: ['repatriation'],
      dataCategories: ['identity'],
      method: 'verbal',
      givenOn: '2026-11-20',
    });
    const person = async (birth: Record<string, unknown>) => {
      const response = await jkm.request('POST', '/api/persons', {
        names: [{ fullName: 'Dewi Lestari' }],
        birth,
      });
      assert.equal(response.statusCode, 201, response.body);
      return `/api/persons/${response.json().id}/consents`;
    };

    it("refuses a 15-year-old's own verbal consent, naming method", async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const consents = await person({ precision: 'exact', date: '2011-08-02' });
      const response = await jkm.request('POST', consents, scope());
      assert.equal(response.statusCode, 422, response.body);
      assert.equal(response.json().code, 'guardian_required');
      assert.deepEqual(
        response.json().errors.map(({ field, code }: { field: string; code: string }) => `${field} ${code}`),
        ['method guardian_required'],
      );
      assert.equal((await jkm.request('GET', consents)).json().items.length, 0);
    });

    it("takes a guardian's consent for the child, or her own with the reason kept", async () => {
      const consents = await person({ precision: 'exact', date: '2011-08-02' });
      const guardian = await jkm.request('POST', consents, {
        ...scope(),
        method: 'guardian',
        guardianName: 'Siti Aminah (mother)',
      });
      assert.equal(guardian.statusCode, 201, guardian.body);
      const own = await jkm.request('POST', consents, {
        ...scope(),
        ownConsentReason: 'No guardian reachable; she understands the sharing',
      });
      assert.equal(own.statusCode, 201, own.body);
      assert.equal(own.json().ownConsentReason, 'No guardian reachable; she understands the sharing');
    });

    it('refuses a consent given before the person was born, naming givenOn, by the earliest possible birth', async () => {
      for (const [birth, givenOn] of [
        [{ precision: 'exact', date: '2013-06-10' }, '2013-06-09'],
        [{ precision: 'year', year: 2013 }, '2012-12-31'],
      ] as const) {
        const consents = await person(birth);
        const response = await jkm.request('POST', consents, {
          ...scope(),
          method: 'guardian',
          guardianName: 'Mother',
          givenOn,
        });
        assert.equal(response.statusCode, 400, response.body);
        assert.match(response.headers['content-type'] ?? '', /^application\/problem\+json/);
        assert.deepEqual(response.json().errors, [
          { code: 'date_before_birth', field: 'givenOn', message: 'is before the person was born' },
        ]);
        assert.equal((await jkm.request('GET', consents)).json().items.length, 0);
      }
      const onTheBirthday = await jkm.request(
        'POST',
        await person({ precision: 'exact', date: '2013-06-10' }),
        {
          ...scope(),
          method: 'guardian',
          guardianName: 'Mother',
          givenOn: '2013-06-10',
        },
      );
      assert.equal(onTheBirthday.statusCode, 201, onTheBirthday.body);
    });

    it('takes the own consent of an adult, and of a person whose age is uncertain', async () => {
      for (const birth of [
        { precision: 'exact', date: '2008-11-20' },
        { precision: 'year', year: 2008 },
        { precision: 'estimated', age: 15, on: '2026-11-01' },
        { precision: 'unknown' },
      ]) {
        const response = await jkm.request('POST', await person(birth), scope());
        assert.equal(response.statusCode, 201, `${JSON.stringify(birth)}: ${response.body}`);
        assert.equal(response.json().ownConsentReason, null);
      }
    });
  });
}
