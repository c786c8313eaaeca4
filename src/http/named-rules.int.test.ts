import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../test/support/platform.ts';
import { recordPerson } from '../../test/support/screening-factory.ts';

/** Field and code of each problem of a refused request. */
const problems = (response: { json(): { errors?: { field: string; code: string }[] } }) =>
  (response.json().errors ?? []).map(({ field, code }) => `${field} ${code}`);

for (const kind of await testDatabaseKinds()) {
  describe(`rules of one request answered by their own code, never zod's custom [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let jkm: TestSession;
    let personId: string;

    it('names a country code that no country has, in every field that takes one', async () => {
      jkm = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      personId = await recordPerson(jkm, 'Siti Rahmah');
      for (const code of ['XX', 'ZZ']) {
        const person = await jkm.request('POST', '/api/persons', {
          names: [{ fullName: 'Nurul Huda' }],
          nationality: code,
          documents: [{ type: 'passport', number: 'A1234567', issuingCountry: code }],
        });
        assert.deepEqual(problems(person), [
          'nationality country_unknown',
          'documents.0.issuingCountry country_unknown',
        ]);
        const openCase = await jkm.request('POST', '/api/cases', {
          type: 'victim_case',
          personId,
          recruitmentCountry: code,
        });
        assert.deepEqual(problems(openCase), ['recruitmentCountry country_unknown']);
        const list = await jkm.request('GET', `/api/cases?nationality=${code}`);
        assert.deepEqual(problems(list), ['query.nationality country_unknown']);
      }
    });

    it('names a withdrawn code with the one that replaced it, and stores none', async () => {
      for (const [withdrawn, current] of [
        ['UK', 'GB'],
        ['BU', 'MM'],
        ['VD', 'VN'],
      ]) {
        const person = await jkm.request('POST', '/api/persons', {
          names: [{ fullName: 'Nurul Huda' }],
          nationality: withdrawn,
        });
        assert.equal(person.statusCode, 400);
        assert.deepEqual(problems(person), ['nationality country_withdrawn']);
        const [error] = person.json().errors;
        assert.match(error.message, new RegExp(`use ${current}$`));
      }
      const kept = await jkm.request('POST', '/api/persons', {
        names: [{ fullName: 'Nurul Huda' }],
        nationality: 'MM',
      });
      assert.equal(kept.statusCode, 201, kept.body);
    });

    it("names each rule of a person's consent", async () => {
      const scope = {
        recipientAgencyIds: [platform().agencyIds.kbri],
        purposes: ['repatriation'],
        dataCategories: ['identity'],
        method: 'written',
        givenOn: '2025-11-20',
      };
      const attempts: [Record<string, unknown>, string][] = [
        [{ expiresOn: '2025-11-19' }, 'expiresOn expires_before_given'],
        [{ method: 'guardian' }, 'guardianName guardian_name_required'],
        [{ guardianName: 'Somebody' }, 'guardianName guardian_name_only_for_guardian'],
        [{ recipientAgencyIds: [] }, 'recipientAgencyIds recipient_required'],
        [{ recipientCountry: 'ID' }, 'recipientCountry country_with_type'],
      ];
      for (const [change, problem] of attempts) {
        const response = await jkm.request('POST', `/api/persons/${personId}/consents`, {
          ...scope,
          ...change,
        });
        assert.equal(response.statusCode, 400, response.body);
        assert.deepEqual(problems(response), [problem]);
      }
    });

    it('names a referral to both an agency and a type of agency', async () => {
      const response = await jkm.request('POST', '/api/referrals', {
        caseId: crypto.randomUUID(),
        consentId: crypto.randomUUID(),
        toAgencyId: platform().agencyIds.kbri,
        toAgencyType: 'embassy',
        toCountry: 'ID',
        purpose: 'repatriation',
        services: ['repatriation'],
        urgency: 'routine',
      });
      assert.equal(response.statusCode, 400, response.body);
      assert.ok(problems(response).includes('toAgencyId agency_or_type'), response.body);
    });

    it('refuses a direction override in names, and drops zero-width spaces (decision 0072)', async () => {
      const spoofed = await jkm.request('POST', '/api/persons', {
        names: [{ fullName: 'Fai\u200bzul \u202eAzmi' }],
        documents: [{ type: 'passport', number: 'A12\u2066345' }],
      });
      assert.deepEqual(problems(spoofed), [
        'names.0.fullName direction_control',
        'documents.0.number direction_control',
      ]);
      const pasted = await jkm.request('POST', '/api/persons', {
        names: [{ fullName: '\ufeffFai\u200bzul Azmi' }, { kind: 'own_script', fullName: 'ကျော်\u200cဇင်' }],
      });
      assert.equal(pasted.statusCode, 201, pasted.body);
      assert.deepEqual(
        pasted.json().names.map((name: { fullName: string }) => name.fullName),
        ['Faizul Azmi', 'ကျော်\u200cဇင်'],
      );
      const guardian = await jkm.request('POST', `/api/persons/${personId}/consents`, {
        recipientAgencyIds: [platform().agencyIds.kbri],
        purposes: ['repatriation'],
        dataCategories: ['identity'],
        method: 'guardian',
        guardianName: 'Siti \u202eAminah',
        givenOn: '2025-11-20',
      });
      assert.deepEqual(problems(guardian), ['guardianName direction_control']);
      const admin = await signInAs(platform().app, 'admin@demo.lindung.org');
      const agency = await admin.request('PATCH', `/api/agencies/${platform().agencyIds.jkm}`, {
        name: 'Jabatan \u202eKebajikan',
      });
      assert.deepEqual(problems(agency), ['name direction_control']);
    });

    it('names a change that changes nothing, and an audit query that ends before it starts', async () => {
      const admin = await signInAs(platform().app, 'admin.jkm@demo.lindung.org');
      const audit = await admin.request('GET', '/api/audit?from=2026-12-03&to=2026-12-01');
      assert.deepEqual(problems(audit), ['query.to ends_before_start']);
      const agency = await signInAs(platform().app, 'admin@demo.lindung.org');
      const change = await agency.request('PATCH', `/api/agencies/${platform().agencyIds.jkm}`, {});
      assert.deepEqual(problems(change), ['body no_change']);
    });
  });
}
