import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../test/support/databases.ts';
import { signInAs, type TestSession, useTestPlatform } from '../../test/support/platform.ts';

interface FieldProblem {
  field: string;
  message: string;
  code?: string;
  limit?: number;
  origin?: string;
}

/** What the API says of a text of spaces alone, whatever the field's least length (trimmed-text.ts). */
const blank = (field: string): FieldProblem => ({
  field,
  message: 'must not be blank',
  code: 'too_small',
  limit: 1,
  origin: 'string',
});

/** What it says of a text over its bound: zod's own words, with the bound for the web app. */
const tooLong = (field: string, limit: number): FieldProblem => ({
  field,
  message: `Too big: expected string to have <=${limit} characters`,
  code: 'too_big',
  limit,
  origin: 'string',
});

// Any id will do: the body is checked before the record is looked for.
const someId = '00000000-0000-4000-8000-000000000001';

for (const kind of await testDatabaseKinds()) {
  describe(`text a person types, left blank or too long, across modules [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let admin: TestSession;
    const problemsOf = async (response: Promise<{ statusCode: number; json: () => unknown }>) => {
      const answer = await response;
      assert.equal(answer.statusCode, 400);
      return (answer.json() as { errors: FieldProblem[] }).errors;
    };

    it('signs in a system administrator', async () => {
      admin = await signInAs(platform().app, 'admin@demo.lindung.org');
    });

    it('should say a case note of spaces is blank, once, and a note over 20,000 characters its bound', async () => {
      const notes = `/api/cases/${someId}/notes`;
      assert.deepEqual(await problemsOf(admin.request('POST', notes, { body: ' \n\t ' })), [blank('body')]);
      assert.deepEqual(await problemsOf(admin.request('POST', notes, { body: 'n'.repeat(20_001) })), [
        tooLong('body', 20_000),
      ]);
    });

    it('should say a linkage reason of spaces is blank, not shorter than 3 characters', async () => {
      const decision = `/api/linkage/candidates/${someId}/decision`;
      const answer = { decision: 'different', version: 1 };
      assert.deepEqual(await problemsOf(admin.request('POST', decision, { ...answer, reason: '   ' })), [
        blank('reason'),
      ]);
      assert.deepEqual(
        (await problemsOf(admin.request('POST', decision, { ...answer, reason: ' ab ' }))).map((p) => [
          p.code,
          p.limit,
        ]),
        [['too_small', 3]],
      );
      assert.deepEqual(
        await problemsOf(admin.request('POST', decision, { ...answer, reason: 'r'.repeat(1001) })),
        [tooLong('reason', 1000)],
      );
    });

    it("should say a protection order's revocation reason of spaces is blank, once", async () => {
      const revoke = `/api/protection-orders/${someId}/revoke`;
      assert.deepEqual(
        await problemsOf(admin.request('POST', revoke, { revokedOn: '2025-03-01', reason: '  ' })),
        [blank('reason')],
      );
      assert.deepEqual(
        await problemsOf(
          admin.request('POST', revoke, { revokedOn: '2025-03-01', reason: 'r'.repeat(2001) }),
        ),
        [tooLong('reason', 2000)],
      );
    });

    it("should name a guideline version's blank summary and too long body by their paths", async () => {
      const problems = await problemsOf(
        admin.request('POST', '/api/guidelines', {
          title: 'Interviewing children',
          version: { effectiveOn: '2025-01-01', summary: '    ', body: 'b'.repeat(200_001) },
        }),
      );
      assert.deepEqual(problems, [blank('version.summary'), tooLong('version.body', 200_000)]);
    });

    it("should name the care plan's blank goal by its place in the list", async () => {
      const problems = await problemsOf(
        admin.request('PUT', `/api/cases/${someId}/care-plan`, {
          reviewOn: '2025-06-01',
          goals: ['Safe housing', '   ', 'g'.repeat(1001)],
        }),
      );
      assert.deepEqual(problems, [blank('goals.1'), tooLong('goals.2', 1000)]);
    });

    it('should say a search of the agency directory for spaces is blank, once', async () => {
      assert.deepEqual(await problemsOf(admin.request('GET', '/api/agencies?q=%20%20%20')), [
        blank('query.q'),
      ]);
      assert.deepEqual(await problemsOf(admin.request('GET', `/api/agencies?q=${'a'.repeat(101)}`)), [
        tooLong('query.q', 100),
      ]);
    });

    it('should say a report from the public of spaces is blank, once, and a place too long its bound', async () => {
      const problems = await problemsOf(
        platform().app.inject({
          method: 'POST',
          url: '/api/public/reports',
          payload: {
            what: '   ',
            where: 'w'.repeat(1001),
            country: 'MY',
            language: 'en',
            proofOfWork: { challenge: 'c', nonce: '0' },
          },
        }),
      );
      assert.deepEqual(problems, [blank('what'), tooLong('where', 1000)]);
    });

    it('should say an e-mail address of spaces at sign-in is blank, not shorter than 3 characters', async () => {
      const problems = await problemsOf(
        platform().app.inject({
          method: 'POST',
          url: '/api/auth/sign-in',
          payload: { email: '   ', password: 'lindung-demo' },
        }),
      );
      assert.deepEqual(problems, [blank('email')]);
    });
  });
}
