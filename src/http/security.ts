import helmet from '@fastify/helmet';
import type { App } from './types.ts';

/**
 * Security headers on every response. The API sends JSON only, so its content policy forbids
 * everything; the API docs page loads its own scripts and styles from this server.
 */
export async function registerSecurityHeaders(app: App): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
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
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs')) {
      // Responses may carry victims' data: never keep them in a shared or browser cache.
      reply.header('cache-control', 'no-store');
    }
  });
}
