import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';

/** Issue 4: the ILO/EC child lists are for persons under 18, the adult lists for the others (decision 0059). */
for (const kind of await testDatabaseKinds()) {
  describe(`a screening's profile against the person's recorded birth [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    const person = async (birth: Record<string, unknown>) => {
      const response = await jkm.request('POST', '/api/persons', {
        names: [{ fullName: 'Siti Rahayu' }],
        birth,
      });
      assert.equal(response.statusCode, 201, response.body);
      return response.json().id as string;
    };
    const screen = (personId: string, body: Record<string, unknown>) =>
      jkm.request('POST', `/api/persons/${personId}/screenings`, { screenedOn: '2025-11-20', ...body });
    const screeningCount = async () =>
      (await platform().db.query<{ n: number }>('select count(*)::int as n from screening'))[0]?.n;

    it('refuses to screen a child with an adult profile, naming profile, and writes nothing', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const child = await person({ precision: 'exact', date: '2014-05-02' });
      const before = await screeningCount();
      const response = await screen(child, { profile: 'adult_labour' });
      assert.equal(response.statusCode, 422, response.body);
      assert.equal(response.json().code, 'profile_not_for_age');
      assert.equal(response.json().errors[0].field, 'profile');
      assert.equal(response.json().errors[0].code, 'profile_not_for_age');
      assert.equal(await screeningCount(), before);
      assert.equal((await screen(child, { profile: 'child_labour' })).statusCode, 201);
    });

    it('refuses to change a child’s draft to an adult profile', async () => {
      const child = await person({ precision: 'year', year: 2010 });
      const draft = await screen(child, { profile: 'child_sexual' });
      assert.equal(draft.statusCode, 201, draft.body);
      const changed = await jkm.request('PATCH', `/api/screenings/${draft.json().id}`, {
        profile: 'adult_sexual',
      });
      assert.equal(changed.statusCode, 422, changed.body);
      assert.equal(changed.json().errors[0].field, 'profile');
    });

    it('screens an adult with a child profile only with a reason, and keeps the reason', async () => {
      const adult = await person({ precision: 'exact', date: '1985-07-09' });
      const bare = await screen(adult, { profile: 'child_labour' });
      assert.equal(bare.statusCode, 422, bare.body);
      assert.equal(bare.json().code, 'profile_reason_required');
      assert.equal(bare.json().errors[0].field, 'profileReason');
      const reason = 'Trafficked at 14 onto a fishing boat; exploited as a child';
      const given = await screen(adult, { profile: 'child_labour', profileReason: reason });
      assert.equal(given.statusCode, 201, given.body);
      assert.equal(given.json().profileReason, reason);
    });

    it('allows either profile when a year of birth leaves the 18th birthday uncertain', async () => {
      const straddling = await person({ precision: 'year', year: 2007 });
      assert.equal((await screen(straddling, { profile: 'adult_labour' })).statusCode, 201);
      assert.equal((await screen(straddling, { profile: 'child_labour' })).statusCode, 201);
      const estimated = await person({ precision: 'estimated', age: 16, on: '2025-10-01' });
      assert.equal((await screen(estimated, { profile: 'adult_labour' })).statusCode, 201);
    });

    it('refuses a screening date before the person can have been born, on start and on change', async () => {
      const born = await person({ precision: 'exact', date: '2011-08-02' });
      const before = await screeningCount();
      const early = await screen(born, { profile: 'child_labour', screenedOn: '2005-01-01' });
      assert.equal(early.statusCode, 400, early.body);
      assert.deepEqual(
        early.json().errors.map((problem: { field: string; code: string }) => [problem.field, problem.code]),
        [['screenedOn', 'date_before_birth']],
      );
      assert.equal(await screeningCount(), before);
      const draft = await screen(born, { profile: 'child_labour', screenedOn: '2011-08-02' });
      assert.equal(draft.statusCode, 201, draft.body);
      const moved = await jkm.request('PATCH', `/api/screenings/${draft.json().id}`, {
        screenedOn: '2011-08-01',
      });
      assert.equal(moved.statusCode, 400, moved.body);
      assert.equal(moved.json().errors[0].code, 'date_before_birth');

      const bornIn = await person({ precision: 'year', year: 2012 });
      assert.equal(
        (await screen(bornIn, { profile: 'child_labour', screenedOn: '2011-12-31' })).statusCode,
        400,
      );
      assert.equal(
        (await screen(bornIn, { profile: 'child_labour', screenedOn: '2012-01-01' })).statusCode,
        201,
      );
    });
  });
}
