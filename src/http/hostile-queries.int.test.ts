import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testDatabaseKinds } from '../../test/support/databases.ts';
import { signInAs, useTestPlatform } from '../../test/support/platform.ts';

interface Parameter {
  name: string;
  in: string;
  schema?: { type?: string; format?: string; enum?: unknown[]; pattern?: string };
}

const someId = '00000000-0000-4000-8000-000000000000';
const mixedScripts = 'Siti ស្រី ศรี 丽 Nguyễn မြ';

/**
 * Issue 11's hostile query strings on every list and read of the API: a parameter it does not
 * know, a page size below one or in the millions, 10,000 characters, mixed scripts, a NUL. Each
 * is answered 400 naming the parameter, or read as text — never a 500.
 */
for (const kind of await testDatabaseKinds()) {
  describe(`hostile query strings on every read [${kind}]`, () => {
    const platform = useTestPlatform(kind);

    it('should refuse by name what it cannot read, and never fail', async () => {
      const session = await signInAs(platform().app, 'cm.jkm@demo.lindung.org');
      const document = (await platform().app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
        paths: Record<string, Record<string, { parameters?: Parameter[] }>>;
      };
      const failed: string[] = [];
      const probe = async (url: string, query: string, expected: 'named' | 'answered', field: string) => {
        const response = await session.request('GET', `${url}?${query}`);
        const named =
          response.statusCode === 400 &&
          (response.json().errors as { field: string }[] | undefined)?.some((e) => e.field === field);
        const ok =
          expected === 'named' ? named : response.statusCode < 500 && (response.statusCode !== 400 || named);
        if (!ok)
          failed.push(`${url}?${query.slice(0, 40)}: ${response.statusCode} ${response.body.slice(0, 120)}`);
      };
      let probed = 0;
      for (const [template, operations] of Object.entries(document.paths)) {
        const read = operations.get;
        if (!read || !template.startsWith('/api/') || template.startsWith('/api/docs')) continue;
        const url = template.replace(/\{[^}]+\}/g, someId);
        const query = (read.parameters ?? []).filter((parameter) => parameter.in === 'query');
        if (query.length === 0) continue;
        probed += 1;
        await probe(url, 'unknownParameter=1', 'named', 'query.unknownParameter');
        for (const parameter of query) {
          const field = `query.${parameter.name}`;
          if (parameter.name === 'limit') {
            for (const size of ['-1', '0', '100000000']) await probe(url, `limit=${size}`, 'named', field);
          }
          await probe(url, `${parameter.name}=a%00b`, 'named', field);
          const schema = parameter.schema ?? {};
          if (schema.type !== 'string' || schema.format || schema.enum) continue;
          await probe(url, `${parameter.name}=${'a'.repeat(10_000)}`, 'answered', field);
          await probe(url, `${parameter.name}=${encodeURIComponent(mixedScripts)}`, 'answered', field);
        }
      }
      assert.ok(probed > 20, `${probed} reads with a query string`);
      assert.deepEqual(failed, []);
    });
  });
}
