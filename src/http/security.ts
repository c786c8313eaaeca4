import helmet from '@fastify/helmet';
import type { App } from './types.ts';

/**
 * Security headers on every response. Only this server's own scripts run: the web app (web/dist,
 * served at `/`) and the API docs page load theirs from here; Mantine's styles are inline (hence
 * 'unsafe-inline' for styles, never for scripts); the 2FA QR code is a data: image.
 */
export async function registerSecurityHeaders(app: App): Promise<void> {
  await app.register(helmet, {
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
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs')) {
      // Responses may carry victims' data: never keep them in a shared or browser cache.
      reply.header('cache-control', 'no-store');
    }
  });
}
