import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';

/** Issue 4's small gaps in what a person's record and a consent take. */
for (const kind of await testDatabaseKinds()) {
  describe(`a person's names and birth, and a consent's recipients [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    const record = (body: Record<string, unknown>) => jkm.request('POST', '/api/persons', body);

    it('refuses a birth date before 1900, as a year of birth is refused', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const early = await record({
        names: [{ fullName: 'Ani' }],
        birth: { precision: 'exact', date: '1800-01-01' },
      });
      assert.equal(early.statusCode, 400, early.body);
      assert.deepEqual(
        early.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
        [['birth.date', 'date_too_early']],
      );
      const year = await record({ names: [{ fullName: 'Ani' }], birth: { precision: 'year', year: 1899 } });
      assert.equal(year.statusCode, 400, year.body);
      const first = await record({
        names: [{ fullName: 'Ani' }],
        birth: { precision: 'exact', date: '1900-01-01' },
      });
      assert.equal(first.statusCode, 201, first.body);
    });

    it('refuses a date of birth with day or month 00, naming the field, and never records 1 January', async () => {
      const codes = (response: { json(): { errors: { field: string; code: string }[] } }) =>
        response.json().errors.map((e) => [e.field, e.code]);
      // One problem per field, the most specific: 0000-00-00 is not also "no date" and "too early" (decision 0130).
      const created = await record({ names: [{ fullName: 'Ani' }], birth: { precision: 'unknown' } });
      assert.equal(created.statusCode, 201, created.body);
      for (const date of ['0000-00-00', '1990-00-00', '1990-00-14', '1990-07-00']) {
        const birth = { precision: 'exact', date };
        const zero = await record({ names: [{ fullName: 'Ani' }], birth });
        assert.equal(zero.statusCode, 400, zero.body);
        assert.deepEqual(codes(zero), [['birth.date', 'date_day_or_month_zero']], zero.body);
        const edited = await jkm.request(
          'PUT',
          `/api/persons/${created.json().id}`,
          { names: [{ fullName: 'Ani' }], birth },
          { 'if-match': String(created.headers.etag) },
        );
        assert.equal(edited.statusCode, 400, edited.body);
        assert.deepEqual(codes(edited), [['birth.date', 'date_day_or_month_zero']], edited.body);
        const search = await jkm.request('GET', `/api/persons/matches?name=Ani&birthDate=${date}`);
        assert.equal(search.statusCode, 400, search.body);
        assert.deepEqual(codes(search), [['query.birthDate', 'date_day_or_month_zero']], search.body);
      }
      const notADate = await jkm.request('GET', '/api/persons/matches?name=Ani&birthDate=0000-13-01');
      assert.deepEqual(codes(notADate), [['query.birthDate', 'invalid_format']], notADate.body);
      const [recorded] = await platform().db.query<{ n: number }>(
        `select count(*)::int as n from person where birth_date = '1990-01-01'`,
      );
      assert.equal(recorded?.n, 0);
      const year = await record({ names: [{ fullName: 'Ani' }], birth: { precision: 'year', year: 1990 } });
      assert.equal(year.statusCode, 201, 'a year of birth alone is said as such');
      assert.deepEqual(year.json().birth, { precision: 'year', year: 1990 });
    });

    it('refuses a day of year 0000 in an age estimate, an estimate before 1900, a document expiry and a consent, naming the field', async () => {
      // Year 0000 passes an ISO date check; PostgreSQL then refused it as a problem naming no field.
      const fieldsOf = (response: { json(): { errors: { field: string; code: string }[] } }) =>
        response.json().errors.map((e) => [e.field, e.code]);
      const estimate = await record({
        names: [{ fullName: 'Ani' }],
        birth: { precision: 'estimated', age: 20, on: '0000-01-01' },
      });
      assert.equal(estimate.statusCode, 400, estimate.body);
      assert.deepEqual(fieldsOf(estimate), [['birth.on', 'date_too_early']]);
      const aged = await record({
        names: [{ fullName: 'Ani' }],
        birth: { precision: 'estimated', age: 120, on: '1950-01-01' },
      });
      assert.equal(aged.statusCode, 400, aged.body);
      assert.deepEqual(
        fieldsOf(aged),
        [['birth.age', 'date_too_early']],
        'born about 1830: as a year, refused',
      );
      const expiry = await record({
        names: [{ fullName: 'Ani' }],
        documents: [{ type: 'passport', number: 'A1', expiresOn: '0000-06-30' }],
      });
      assert.equal(expiry.statusCode, 400, expiry.body);
      assert.deepEqual(fieldsOf(expiry), [['documents.0.expiresOn', 'date_too_early']]);
      const person = await record({ names: [{ fullName: 'Ani Year' }] });
      const consent = await jkm.request('POST', `/api/persons/${person.json().id}/consents`, {
        method: 'written',
        givenOn: '0000-01-01',
        recipientAgencyIds: [platform().agencyIds.kbri],
        purposes: ['repatriation'],
        dataCategories: ['identity'],
      });
      assert.equal(consent.statusCode, 400, consent.body);
      assert.deepEqual(fieldsOf(consent), [['givenOn', 'date_too_early']]);
      const [kept] = await platform().db.query<{ n: number }>(
        'select count(*)::int as n from consent where person_id = $1',
        [person.json().id],
      );
      assert.equal(kept?.n, 0);
    });

    it('refuses a control character in a name, naming the field', async () => {
      for (const fullName of ['Ani\u0007 Suryani', 'Ani\tSuryani', 'Ani\nSuryani', 'Ani\u001bSuryani']) {
        const response = await record({ names: [{ fullName: 'Ani Suryani' }, { kind: 'alias', fullName }] });
        assert.equal(response.statusCode, 400, response.body);
        assert.deepEqual(
          response.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
          [['names.1.fullName', 'control_character']],
        );
      }
      const given = await record({ names: [{ fullName: 'Ani Suryani', givenName: 'A\u0000ni' }] });
      assert.equal(given.statusCode, 400, given.body);
      assert.equal(
        (await record({ names: [{ fullName: 'Nguyễn Thị Ánh', givenName: 'Ánh' }] })).statusCode,
        201,
        'letters of every script still go',
      );
    });

    it('refuses a consent that names the consenting agency among its recipients', async () => {
      const person = await record({ names: [{ fullName: 'Ani Suryani' }] });
      const response = await jkm.request('POST', `/api/persons/${person.json().id}/consents`, {
        method: 'written',
        givenOn: '2025-11-20',
        recipientAgencyIds: [platform().agencyIds.kbri, platform().agencyIds.jkm],
        purposes: ['repatriation'],
        dataCategories: ['identity'],
      });
      assert.equal(response.statusCode, 400, response.body);
      assert.deepEqual(response.json().errors, [
        {
          code: 'agency_is_own',
          field: 'recipientAgencyIds.1',
          message: 'is your own agency: a consent names the agencies the data goes to',
        },
      ]);
    });
  });
}
