import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Fastify from 'fastify';
import { apiSecurityHeaders, isApiPath, registerSecurityHeaders, securityHeaders } from './security.ts';
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

/**
 * What an API answer must carry (OWASP REST Security Cheat Sheet, "Security Headers"; decision
 * 0194), with helmet's referrer policy and CORP; Content-Type is each answer's own.
 */
const expectedApi: Record<string, string> = {
  'cache-control': 'no-store',
  'content-security-policy':
    "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

/** A CSP's directives by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

async function appWithHeaders(): Promise<App> {
  const app = Fastify() as unknown as App;
  await registerSecurityHeaders(app);
  app.get('/', async (_request, reply) => reply.type('text/html').send('<!doctype html><p>app</p>'));
  app.get('/api/docs', async (_request, reply) => reply.type('text/html').send('<!doctype html><p>docs</p>'));
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

  it("are helmet's whole set on the pages: the web app, the API's docs page, any path outside the API", async () => {
    const app = await appWithHeaders();
    for (const url of ['/', '/api/docs', '/nowhere']) {
      const response = await app.inject(url);
      for (const [name, value] of Object.entries(expected)) {
        assert.equal(response.headers[name], value, `${url}: ${name}`);
      }
      assert.match(String(response.headers['x-request-id']), /^req-/);
    }
    await app.close();
  });

  it("are the API's set, and only it, on its answers: an answer, a refusal and an unknown path", async () => {
    const app = await appWithHeaders();
    for (const url of ['/api/cases', '/api/refused', '/api/nowhere']) {
      const response = await app.inject(url);
      const security = Object.fromEntries(
        Object.keys(expected)
          .concat('cache-control')
          .flatMap((name) => (name in response.headers ? [[name, response.headers[name]]] : [])),
      );
      assert.deepEqual(security, expectedApi, url);
      assert.match(String(response.headers['content-type']), /^application\/json/, url);
      assert.match(String(response.headers['x-request-id']), /^req-/);
    }
    await app.close();
  });

  it("keep on the API's answers everything OWASP's REST cheat sheet asks of them", () => {
    const api = new Map(apiSecurityHeaders());
    assert.equal(api.get('cache-control'), 'no-store');
    assert.deepEqual(directives(api.get('content-security-policy') ?? '').get('frame-ancestors'), ["'none'"]);
    assert.match(api.get('strict-transport-security') ?? '', /^max-age=\d+/);
    assert.equal(api.get('x-content-type-options'), 'nosniff');
    assert.equal(api.get('x-frame-options'), 'DENY');
  });

  it("give the API's answers a CSP no looser than the pages' for anything a browser could render", () => {
    const page = directives(new Map(securityHeaders()).get('content-security-policy') ?? '');
    const api = directives(new Map(apiSecurityHeaders()).get('content-security-policy') ?? '');
    assert.deepEqual(api.get('default-src'), ["'none'"]);
    // These do not fall back to default-src: each must be there, and 'none'.
    for (const name of ['base-uri', 'form-action', 'frame-ancestors']) {
      assert.ok(page.has(name), `the pages' CSP sets ${name}`);
      assert.deepEqual(api.get(name), ["'none'"], name);
    }
    // Every other directive of the pages' is a fetch directive, which falls back to 'none'.
    for (const name of page.keys()) {
      assert.ok(
        ['base-uri', 'form-action', 'frame-ancestors'].includes(name) ||
          name.endsWith('-src') ||
          name === 'script-src-attr',
        name,
      );
      assert.ok(!api.has(name) || api.get(name)?.join(' ') === "'none'", name);
    }
  });

  it('tell an API answer by its path: under /api/, its docs page aside', () => {
    assert.equal(isApiPath('/api/cases/1'), true);
    assert.equal(isApiPath('/api/no-such-thing'), true);
    assert.equal(isApiPath('/api/docs'), false);
    assert.equal(isApiPath('/api/docs/static/index.css'), false);
    assert.equal(isApiPath('/cases/1'), false);
    assert.equal(isApiPath('/'), false);
  });

  it("give way to a route's own header of the same name (a download's sandbox)", async () => {
    const app = await appWithHeaders();
    const response = await app.inject('/api/download');
    assert.equal(response.headers['content-security-policy'], "sandbox; default-src 'none'");
    assert.equal(response.headers['x-frame-options'], 'DENY');
    await app.close();
  });

  it('follow the options they are made from', () => {
    const headers = new Map(securityHeaders({ hsts: false, referrerPolicy: { policy: 'same-origin' } }));
    assert.equal(headers.has('strict-transport-security'), false);
    assert.equal(headers.get('referrer-policy'), 'same-origin');
  });
});
