import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../../test/support/platform.ts';

const lan = {
  names: [
    { kind: 'birth', fullName: 'Nguyễn Thị Lan', givenName: 'Lan', familyName: 'Nguyễn' },
    { kind: 'alias', fullName: 'Lani' },
  ],
  sex: 'female',
  birth: { precision: 'year', year: 1999 },
  nationality: 'VN',
  languages: ['vi'],
  documents: [{ type: 'passport', number: 'C1234567', issuingCountry: 'VN', heldBy: 'employer' }],
  contact: { phones: ['+84 912 345 678'] },
  address: 'Hẻm 12, Quận 8, TP Hồ Chí Minh',
};

for (const kind of await testDatabaseKinds()) {
  describe(`persons API [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let personId: string;

    it('records a person with names, birth year, documents and contact', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const response = await jkm.request('POST', '/api/persons', lan);
      assert.equal(response.statusCode, 201, response.body);
      const person = response.json();
      personId = person.id;
      assert.deepEqual(
        person.names.map((n: { fullName: string }) => n.fullName),
        ['Nguyễn Thị Lan', 'Lani'],
      );
      assert.deepEqual(person.birth, { precision: 'year', year: 1999 });
      assert.equal(person.documents[0].number, 'C1234567');
      assert.deepEqual(person.contact, { phones: ['+84 912 345 678'], emails: [] });
    });

    it('keeps document numbers, contact details and address encrypted in the database', async () => {
      const [row] = await platform().db.query<{ contact: string; address: string; number: string }>(
        `select p.contact, p.address, d.number from person p join identity_document d on d.person_id = p.id where p.id = $1`,
        [personId],
      );
      assert.ok(row);
      for (const value of [row.contact, row.address, row.number]) assert.match(value, /^v1\./);
      assert.doesNotMatch(JSON.stringify(row), /C1234567|912 345|Quận 8/);
    });

    it('audits every read, with the reason given', async () => {
      const response = await jkm.request('GET', `/api/persons/${personId}`, undefined, {
        'x-lindung-reason': 'follow-up visit',
      });
      assert.equal(response.statusCode, 200);
      const audit = await platform().db.query<{ reason: string }>(
        `select reason from audit_event where action = 'person.read' and subject_id = $1`,
        [personId],
      );
      assert.deepEqual(
        audit.map((a) => a.reason),
        ['follow-up visit'],
      );
    });

    it('finds the person again before a duplicate is made: by the same passport written differently', async () => {
      const response = await jkm.request('GET', '/api/persons/matches?documentNumber=c%20123-4567');
      assert.equal(response.statusCode, 200);
      const [match] = response.json().items;
      assert.equal(match.id, personId);
      assert.equal(match.score, 1);
      assert.ok(match.matchedOn.includes('document'));
    });

    it('finds the person by name without accents, and ranks a matching birth year higher', async () => {
      const response = await jkm.request(
        'GET',
        '/api/persons/matches?name=Nguyen%20Thi%20Lan&birthYear=1999&nationality=VN',
      );
      const [match] = response.json().items;
      assert.equal(match.id, personId);
      assert.deepEqual(match.matchedOn.sort(), ['birth_year', 'name', 'nationality']);
      assert.ok(match.score > 0.9, String(match.score));
      const unrelated = await jkm.request('GET', '/api/persons/matches?name=Budi%20Santoso');
      assert.deepEqual(unrelated.json().items, []);
    });

    it('hides the person from another agency: 404 on read, nothing in the search', async () => {
      const kbri = await signInAs(platform().app, 'cm.kbri@demo.lindung.org');
      assert.equal((await kbri.request('GET', `/api/persons/${personId}`)).statusCode, 404);
      const search = await kbri.request('GET', '/api/persons/matches?documentNumber=C1234567');
      assert.deepEqual(search.json().items, []);
    });

    it('refuses persons to roles that see no victim data', async () => {
      const coordinator = await signInAs(platform().app, 'coordinator.mapo@demo.lindung.org');
      assert.equal((await coordinator.request('POST', '/api/persons', lan)).statusCode, 403);
      assert.equal((await coordinator.request('GET', '/api/persons/matches?name=Lan')).statusCode, 403);
    });

    it('refuses a birth in the future and a date of birth without a date, naming the field', async () => {
      const future = await jkm.request('POST', '/api/persons', {
        names: [{ fullName: 'Siti binti Ahmad' }],
        birth: { precision: 'exact', date: '2999-01-01' },
      });
      assert.equal(future.statusCode, 400);
      assert.equal(future.json().errors[0].field, 'birth.date');
      const missing = await jkm.request('POST', '/api/persons', {
        names: [{ fullName: 'Siti binti Ahmad' }],
        birth: { precision: 'exact' },
      });
      assert.equal(missing.statusCode, 400);
      assert.equal(missing.json().errors[0].field, 'birth.date');
      const noName = await jkm.request('POST', '/api/persons', { names: [] });
      assert.equal(noName.json().errors[0].field, 'names');
    });

    it('refuses a language code no language has, naming it, and takes the region’s languages ICU does not name', async () => {
      const unknown = await jkm.request('POST', '/api/persons', {
        names: [{ fullName: 'Siti binti Ahmad' }],
        languages: ['zzz'],
      });
      assert.equal(unknown.statusCode, 400, unknown.body);
      assert.deepEqual(
        (unknown.json().errors as { field: string; code: string }[]).map((e) => [e.field, e.code]),
        [['languages.0', 'language_unknown']],
      );
      const regional = await jkm.request('POST', '/api/persons', {
        names: [{ fullName: 'Naw Paw Htoo' }],
        languages: ['ksw', 'my', 'rhg', 'jv'],
      });
      assert.equal(regional.statusCode, 201, regional.body);
    });
  });
}
