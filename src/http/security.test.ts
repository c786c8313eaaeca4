import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Fastify from 'fastify';
import { registerSecurityHeaders, securityHeaders } from './security.ts';
import type { App } from './types.ts';

/** The headers @fastify/helmet gave every response before they were worked out once (decision 0079). */
const expected: Record<string, string> = {
  'content-security-policy':
    "default-src 'self';base-uri 'none';font-src 'self';form-action 'self';" +
    "frame-ancestors 'none';img-src 'self' data:;object-src 'none';script-src 'self';" +
    "script-src-attr 'none';style-src 'self' 'unsafe-inline';connect-src 'self'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

async function appWithHeaders(): Promise<App> {
  const app = Fastify() as unknown as App;
  await registerSecurityHeaders(app);
  app.get('/api/cases', async () => ({ items: [] }));
  app.get('/api/refused', async () => {
    throw Object.assign(new Error('refused'), { statusCode: 401 });
  });
  app.get('/api/download', async (_request, reply) =>
    reply.header('content-security-policy', "sandbox; default-src 'none'").send('file'),
  );
  return app;
}

describe('security headers', () => {
  it('are the same twelve helmet gave, worked out once from the options', () => {
    assert.deepEqual(Object.fromEntries(securityHeaders()), expected);
  });

  it('are on every response: an answer, a refusal and an unknown path', async () => {
    const app = await appWithHeaders();
    for (const url of ['/api/cases', '/api/refused', '/nowhere']) {
      const response = await app.inject(url);
      for (const [name, value] of Object.entries(expected)) {
        assert.equal(response.headers[name], value, `${url}: ${name}`);
      }
      assert.match(String(response.headers['x-request-id']), /^req-/);
    }
    assert.equal((await app.inject('/api/cases')).headers['cache-control'], 'no-store');
    await app.close();
  });

  it("give way to a route's own header of the same name (a download's sandbox)", async () => {
    const app = await appWithHeaders();
    const response = await app.inject('/api/download');
    assert.equal(response.headers['content-security-policy'], "sandbox; default-src 'none'");
    assert.equal(response.headers['x-frame-options'], 'SAMEORIGIN');
    await app.close();
  });

  it('follow the options they are made from', () => {
    const headers = new Map(securityHeaders({ hsts: false, referrerPolicy: { policy: 'same-origin' } }));
    assert.equal(headers.has('strict-transport-security'), false);
    assert.equal(headers.get('referrer-policy'), 'same-origin');
  });
});
