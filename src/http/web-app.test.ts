import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import Fastify from 'fastify';
import { registerProblemHandlers } from './problem.ts';
import type { App } from './types.ts';
import { registerWebApp } from './web-app.ts';

describe('serving the web app', () => {
  let app: App;
  let dist: string;

  before(async () => {
    dist = await mkdtemp(path.join(tmpdir(), 'lindung-web-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    await writeFile(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    await writeFile(path.join(dist, '.source-hash'), 'x');
    app = Fastify() as unknown as App;
    registerProblemHandlers(app, async () => {});
    app.decorateRequest('authentication', undefined);
    // Signed in, as far as the web app's catch-all asks.
    app.addHook('onRequest', async (request) => {
      if (request.headers['x-signed-in']) request.authentication = {} as never;
    });
    app.get('/api/health', async () => ({ ok: true }));
    app.post('/api/sign-in', async () => ({ ok: true }));
    await registerWebApp(app, dist);
    await app.ready();
  });
  after(async () => {
    await app.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('should answer the app’s own paths with index.html, never cached', async () => {
    for (const url of ['/', '/cases/4a1b', '/sign-in?next=x']) {
      const response = await app.inject({ url });
      assert.equal(response.statusCode, 200, url);
      assert.match(response.headers['content-type'] as string, /text\/html/);
      assert.equal(response.headers['cache-control'], 'no-cache');
    }
  });

  it('should serve hashed assets cached for a year', async () => {
    const response = await app.inject({ url: '/assets/index-abc123.js' });
    assert.equal(response.statusCode, 200);
    assert.match(response.headers['cache-control'] as string, /max-age=31536000, immutable/);
  });

  it('should answer 404 for a missing file and never serve hidden files', async () => {
    assert.equal((await app.inject({ url: '/assets/index-old.js' })).statusCode, 404);
    assert.equal((await app.inject({ url: '/.source-hash' })).statusCode, 404);
    assert.equal((await app.inject({ url: '/../package.json' })).statusCode, 404);
  });

  it('should leave the API alone: its routes answer, unknown API paths are 401 signed out', async () => {
    assert.deepEqual((await app.inject({ url: '/api/health' })).json(), { ok: true });
    const unknown = await app.inject({ url: '/api/nothing-here' });
    assert.equal(unknown.statusCode, 401);
    assert.match(unknown.headers['content-type'] as string, /application\/problem\+json/);
  });

  it('should answer signed in as the API does: 405 with Allow for a path of other methods, 404 for an unknown one', async () => {
    const headers = { 'x-signed-in': '1' };
    const wrongMethod = await app.inject({ url: '/api/sign-in', headers });
    assert.equal(wrongMethod.statusCode, 405);
    assert.equal(wrongMethod.headers.allow, 'POST');
    assert.match(wrongMethod.headers['content-type'] as string, /application\/problem\+json/);
    const unknown = await app.inject({ url: '/api/nothing-here', headers });
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.headers.allow, undefined);
  });
});
