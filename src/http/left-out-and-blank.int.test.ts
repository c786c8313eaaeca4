import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../test/support/platform.ts';

type FieldProblems = { field: string; message: string; code?: string; limit?: number }[];

for (const kind of await testDatabaseKinds()) {
  describe(`a field left out or left blank is said so [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let admin: TestSession;
    const problemsOf = async (response: Promise<{ statusCode: number; json: () => unknown }>) => {
      const answer = await response;
      assert.equal(answer.statusCode, 400);
      return (answer.json() as { errors: FieldProblems }).errors;
    };
    const about = (problems: FieldProblems, field: string) => problems.filter((p) => p.field === field);

    it('signs in a system administrator', async () => {
      admin = await signInAs(platform().app, 'admin@demo.lindung.org');
    });

    it('should say a required field left out of a body is required, keeping its code', async () => {
      const problems = await problemsOf(
        admin.request('POST', '/api/referrals', { caseId: '00000000-0000-4000-8000-000000000001' }),
      );
      assert.deepEqual(about(problems, 'consentId'), [
        { field: 'consentId', message: 'is required', code: 'invalid_type' },
      ]);
    });

    it('should say so of a field left out of a list item and of a choice left out', async () => {
      const problems = await problemsOf(
        admin.request('POST', '/api/persons', { names: [{ kind: 'birth' }], sex: 'female' }),
      );
      assert.deepEqual(
        about(problems, 'names.0.fullName').map((p) => p.message),
        ['is required'],
      );
      const agency = await problemsOf(admin.request('POST', '/api/agencies', { name: 'Dinas Sosial' }));
      assert.deepEqual(
        about(agency, 'type').map((p) => p.message),
        ['is required'],
      );
    });

    it('should say a choice left out is required with the code of any field left out', async () => {
      const required = (field: string) => ({ field, message: 'is required', code: 'invalid_type' });
      const decision = await problemsOf(
        admin.request('POST', '/api/linkage/candidates/00000000-0000-4000-8000-000000000001/decision', {
          version: 1,
        }),
      );
      assert.deepEqual(
        decision.filter((p) => p.field === 'decision' || p.field === 'reason'),
        [required('decision'), required('reason')],
      );
      const agency = await problemsOf(admin.request('POST', '/api/agencies', { name: 'Dinas Sosial' }));
      assert.deepEqual(about(agency, 'type'), [required('type')]);
      const person = await problemsOf(admin.request('POST', '/api/persons', { names: [{}] }));
      assert.deepEqual(about(person, 'names.0.fullName'), [required('names.0.fullName')]);
    });

    it('should keep the code of a choice sent with a value it does not offer', async () => {
      const agency = await problemsOf(
        admin.request('POST', '/api/agencies', { name: 'Dinas Sosial', type: 'bakery' }),
      );
      assert.deepEqual(
        about(agency, 'type').map((p) => p.code),
        ['invalid_value'],
      );
    });

    it('should say a required query parameter left out is required', async () => {
      const problems = await problemsOf(admin.request('GET', '/api/training/report?to=2025-12-31'));
      assert.deepEqual(
        about(problems, 'query.from').map((p) => p.message),
        ['is required'],
      );
    });

    it("should keep zod's words for a value of the wrong type or null", async () => {
      const problems = await problemsOf(
        admin.request('POST', '/api/referrals', {
          caseId: '00000000-0000-4000-8000-000000000001',
          consentId: null,
        }),
      );
      assert.match(about(problems, 'consentId')[0]?.message ?? '', /received null/);
    });

    it('should say a name of spaces is blank, once, as a required field the web app fills in', async () => {
      const problems = await problemsOf(
        admin.request('POST', '/api/persons', { names: [{ fullName: '   ' }] }),
      );
      assert.deepEqual(about(problems, 'names.0.fullName'), [
        {
          field: 'names.0.fullName',
          message: 'must not be blank',
          code: 'too_small',
          limit: 1,
          origin: 'string',
        },
      ]);
    });

    it('should say a search for a name of spaces is blank, once', async () => {
      const problems = await problemsOf(admin.request('GET', '/api/persons/matches?name=%20%20'));
      assert.deepEqual(
        problems.map((p) => [p.field, p.message]),
        [['query.name', 'must not be blank']],
      );
    });
  });
}
