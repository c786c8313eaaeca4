import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import { NotFoundError, UnauthenticatedError } from '../shared/errors.ts';
import type { App } from './types.ts';

/** Where `npm run build:web` (and `npm start`, when stale) writes the browser app. */
export const webDistDir = fileURLToPath(new URL('../../web/dist/', import.meta.url));

function filesUnder(root: string, folder = ''): string[] {
  return readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.name.startsWith('.')) return [];
    return entry.isDirectory() ? filesUnder(root, relative) : [relative];
  });
}

/**
 * Serves the built web app at `/`: its files as they are (hashed assets cached for a year), and
 * `index.html` for every other path, so that the app's own routes survive a reload. Paths under
 * `/api/` never reach the app: they answer as the API always did (401 signed out, else 404 or 405).
 * Without a build (API-only tests) nothing is registered.
 */
export async function registerWebApp(app: App, distDir = webDistDir): Promise<void> {
  if (!existsSync(path.join(distDir, 'index.html'))) return;
  let files: Set<string>;
  try {
    files = new Set(filesUnder(distDir));
  } catch {
    return; // being rebuilt at this moment (a test building the app while another starts)
  }
  await app.register(fastifyStatic, { root: distDir, serve: false, index: false });
  app.get('/*', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
    const wanted = (request.params as { '*': string })['*'];
    if (wanted === 'api' || wanted.startsWith('api/')) {
      if (!request.authentication) throw new UnauthenticatedError();
      // The API's own answer: 404, or 405 where the path takes other methods (GET on a POST route).
      return reply.callNotFound();
    }
    if (files.has(wanted) && wanted !== 'index.html') {
      const hashed = wanted.startsWith('assets/');
      return reply.sendFile(wanted, { cacheControl: true, maxAge: hashed ? '365d' : 0, immutable: hashed });
    }
    // A missing file (an old asset name) is a 404; anything else is one of the app's pages.
    if (path.posix.basename(wanted).includes('.')) throw new NotFoundError('resource');
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html', { cacheControl: false });
  });
}
