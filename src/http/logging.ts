import type { LoggerOptions } from 'pino';
import type { App } from './types.ts';

/** The platform's logger settings: structured JSON, credentials redacted wherever they might appear. */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        '*.password',
        '*.totp',
      ],
      censor: '[redacted]',
    },
  };
}

/**
 * One line per request with method, path, status, time and request id — never the query string
 * (it may hold a searched name), headers or body. Fastify's own request logging is switched off
 * so that this holds whatever logger the app is given.
 */
export function registerRequestLogging(app: App): void {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        path: request.url.split('?')[0],
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
        via: request.authentication?.actor.via,
      },
      'request',
    );
  });
}
