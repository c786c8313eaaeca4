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

/** Of a document's headers, those that also mean something on an answer that is not a page. */
const keptForApi = new Set(['strict-transport-security', 'referrer-policy', 'cross-origin-resource-policy']);

/**
 * The headers of the API's answers (decision 0194): OWASP's REST Security Cheat Sheet's set for
 * every API response — no-store, nosniff, framing refused twice, HSTS; Content-Type is the
 * answer's own — plus the referrer policy and CORP of the pages. The CSP is no weaker than the
 * pages' for anything a browser might render: every fetch 'none' where theirs is 'self', and their
 * base-uri, form-action and frame-ancestors, which do not fall back to default-src, at 'none'.
 * The rest of helmet's set (COOP, Origin-Agent-Cluster, DNS prefetch, IE's download and XSS
 * switches, Flash's policy files) only acts on a page, which a JSON answer with nosniff never is.
 */
export function apiSecurityHeaders(
  documentHeaders: ReadonlyArray<[string, string]> = securityHeaders(),
): ReadonlyArray<[string, string]> {
  return [
    ['cache-control', 'no-store'],
    [
      'content-security-policy',
      "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    ],
    ['x-content-type-options', 'nosniff'],
    ['x-frame-options', 'DENY'],
    ...documentHeaders.filter(([name]) => keptForApi.has(name)),
  ];
}

/** An API answer, JSON or problem+json (or a download, which sets its own CSP), not the docs page. */
export function isApiPath(url: string): boolean {
  return url.startsWith('/api/') && !url.startsWith('/api/docs');
}

/**
 * Security headers on every response, set on the raw response before routing as helmet set them,
 * so a route's own header of the same name (a download's sandboxing CSP) still replaces them: the
 * API's set under `/api/` (its docs page aside), helmet's whole set for the web app, its files and
 * the docs page.
 */
export async function registerSecurityHeaders(app: App): Promise<void> {
  const documentHeaders = securityHeaders();
  const apiHeaders = apiSecurityHeaders(documentHeaders);
  app.addHook('onRequest', (request, reply, done) => {
    const api = isApiPath(request.url);
    for (const [name, value] of api ? apiHeaders : documentHeaders) reply.raw.setHeader(name, value);
    done();
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (isApiPath(request.url)) {
      // Responses may carry victims' data: never keep them in a shared or browser cache, whatever
      // a route set.
      reply.header('cache-control', 'no-store');
    }
  });
}
