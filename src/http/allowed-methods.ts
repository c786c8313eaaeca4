import Router, { type HTTPMethod } from 'find-my-way';
import { AppError } from '../shared/errors.ts';
import type { App } from './types.ts';

/** 405: the path is known, the method is not one of its; `Allow` lists the ones it takes. */
export class MethodNotAllowedError extends AppError {
  readonly allow: readonly string[];
  constructor(allow: readonly string[]) {
    super('method_not_allowed', 405, `This address takes only ${allow.join(', ')}.`);
    this.allow = allow;
  }
}

/**
 * The methods each route path takes, so that a request with another method on a known path is
 * answered 405 with `Allow` (RFC 9110 §15.5.6) instead of a 404 that says the path does not exist
 * (issue 11). Fastify answers both alike from its not-found handler and does not say which
 * methods a path has, so the routes are kept in a router of their own as they are added. The web
 * app's catch-all (`/*`) is left out: it would make every unknown path "known". Call before any
 * route is added.
 */
export function trackAllowedMethods(app: App): (method: string, url: string) => string[] {
  const routes = Router();
  const methods = new Set<HTTPMethod>();
  app.addHook('onRoute', (route) => {
    if (route.url.includes('*')) return;
    // Fastify's methods are find-my-way's (it routes with it), but for QUERY, which no route here has.
    for (const method of [route.method].flat() as HTTPMethod[]) {
      methods.add(method);
      // Fastify may add a route twice (a HEAD beside a GET it also exposes); the router refuses a repeat.
      if (!routes.hasRoute(method, route.url)) routes.on(method, route.url, () => undefined);
    }
  });
  return (method, url) => {
    const path = url.split('?')[0] ?? '/';
    const allowed = [...methods].filter((other) => routes.find(other, path) !== null).sort();
    return allowed.includes(method as HTTPMethod) ? [] : allowed;
  };
}
