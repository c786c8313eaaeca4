import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';
import type { App } from './types.ts';

/**
 * Only this server's own scripts run: the web app (web/dist, served at `/`) and the API docs page
 * load theirs from here; Mantine's styles are inline (hence 'unsafe-inline' for styles, never for
 * scripts); the 2FA QR code is a data: image.
 */
const helmetOptions: HelmetOptions = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      // The app's fonts for Burmese, Thai and Khmer names are files it serves (web/src/app/script-fonts.css).
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      // Served over plain HTTP on one machine (npm start); TLS deployments get HSTS instead.
      upgradeInsecureRequests: null,
    },
  },
  crossOriginEmbedderPolicy: false,
  referrerPolicy: { policy: 'no-referrer' },
  hsts: { maxAge: 31_536_000, includeSubDomains: true },
};

/**
 * The headers helmet sets with these options, worked out once (decision 0079). They depend on the
 * options alone (no nonce, no directive computed from the request), so every response gets the
 * same ones; @fastify/helmet rebuilt helmet's middleware from the options on every request.
 */
export function securityHeaders(options: HelmetOptions = helmetOptions): ReadonlyArray<[string, string]> {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  };
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return [...headers];
}

/**
 * Security headers on every response, set on the raw response before routing as helmet set them,
 * so a route's own header of the same name (a download's sandboxing CSP) still replaces them.
 */
export async function registerSecurityHeaders(app: App): Promise<void> {
  const headers = securityHeaders();
  app.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs')) {
      // Responses may carry victims' data: never keep them in a shared or browser cache.
      reply.header('cache-control', 'no-store');
    }
  });
}
