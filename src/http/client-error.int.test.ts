import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../test/support/databases.ts';
import { useTestPlatform } from '../../test/support/platform.ts';

for (const kind of await testDatabaseKinds()) {
  describe(`requests the HTTP parser refuses [${kind}]`, () => {
    const platform = useTestPlatform(kind);
    let listening: Promise<string> | undefined;
    const serverUrl = () => {
      listening ??= platform().app.listen({ host: '127.0.0.1', port: 0 });
      return listening;
    };

    it('answers a URL over 16 KB (a very long search) 431 in problem+json with a code, without echoing the URL', async () => {
      const query = 'ab '.repeat(3333);
      const response = await fetch(
        `${await serverUrl()}/api/persons/matches?name=${encodeURIComponent(query)}`,
      );
      assert.equal(response.status, 431);
      assert.equal(response.headers.get('content-type'), 'application/problem+json');
      const problem = (await response.json()) as Record<string, unknown>;
      assert.equal(problem.code, 'headers_too_large');
      assert.equal(problem.status, 431);
      assert.equal(problem.type, 'urn:lindung:problem:headers_too_large');
      assert.ok(!JSON.stringify(problem).includes('ab%20ab'), 'the URL is not echoed');
    });

    it('still routes a long search under the limit (here refused for want of a session, in problem+json)', async () => {
      const response = await fetch(`${await serverUrl()}/api/persons/matches?name=${'ab%20'.repeat(1000)}`);
      assert.equal(response.status, 401);
      assert.equal(response.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    });
  });
}
