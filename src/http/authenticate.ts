import type { FastifyRequest } from 'fastify';
import type { OpenTransaction } from '../db/db.ts';
import { lendTransaction } from '../db/tenant.ts';
import {
  type Authentication,
  authenticateApiToken,
  authenticateSession,
  authenticateSessionWithTransaction,
} from '../modules/auth/index.ts';
import type { Actor } from '../policy/policy.ts';
import { ForbiddenError, UnauthenticatedError } from '../shared/errors.ts';
import type { App, Services } from './types.ts';

export const sessionCookie = 'lindung_session';

/** A request's verified credentials and the actor they make. */
export interface RequestAuthentication extends Authentication {
  readonly actor: Actor;
}

declare module 'fastify' {
  interface FastifyRequest {
    authentication: RequestAuthentication | undefined;
  }
  interface FastifyContextConfig {
    /** The route answers without a signed-in user (health, sign-in, the API document). */
    public?: boolean;
    /** The route stays open to a user who must first enrol in two-factor sign-in. */
    allowDuringEnrolment?: boolean;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Reads whose route takes the transaction begun with the session's lookup (OPTIONS has no route to). */
const readMethods = new Set(['GET', 'HEAD']);

/**
 * Resolves the cookie or bearer token of every request before its body is even read, so that
 * a request without valid credentials gets 401 whatever it carries. Cookie-authenticated
 * requests that change something must also send the session's CSRF token.
 */
export function registerAuthentication(
  app: App,
  services: Services,
  options: { skipPolicyChecks: boolean },
): void {
  app.decorateRequest('authentication', undefined);
  app.addHook('onRequest', async (request) => {
    const isPublic = request.routeOptions.config?.public === true;
    const credentials = readCredentials(request);
    if (!credentials) {
      if (isPublic) return;
      throw new UnauthenticatedError();
    }
    let authentication: Authentication;
    let transaction: OpenTransaction | undefined;
    try {
      if (credentials.kind === 'bearer') {
        authentication = await authenticateApiToken(services.db, credentials.token);
      } else if (readMethods.has(request.method) && !isPublic) {
        // A read without a body goes straight on to its route, which can then use the
        // transaction begun with the session's lookup (see lendTransaction).
        ({ authentication, transaction } = await authenticateSessionWithTransaction(
          services.db,
          services.config,
          credentials.token,
        ));
      } else {
        authentication = await authenticateSession(services.db, services.config, credentials.token);
      }
    } catch (error) {
      if (isPublic && error instanceof UnauthenticatedError) return;
      throw error;
    }
    try {
      request.authentication = checkedAuthentication(request, authentication, isPublic, options);
    } catch (error) {
      await transaction?.rollback();
      throw error;
    }
    if (transaction) lendTransaction(services.db, request.authentication.actor, transaction);
  });
}

function checkedAuthentication(
  request: FastifyRequest,
  authentication: Authentication,
  isPublic: boolean,
  options: { skipPolicyChecks: boolean },
): RequestAuthentication {
  if (authentication.session && !safeMethods.has(request.method) && !isPublic) {
    if (request.headers['x-csrf-token'] !== authentication.session.csrfToken) {
      throw new ForbiddenError('csrf_token_invalid', 'The X-CSRF-Token header is missing or wrong.');
    }
  }
  if (
    authentication.stage === 'enrolment_required' &&
    !isPublic &&
    !request.routeOptions.config?.allowDuringEnrolment
  ) {
    throw new ForbiddenError(
      'two_factor_enrolment_required',
      'Set up two-factor sign-in before using Lindung: your role sees victims\u2019 data.',
    );
  }
  return {
    ...authentication,
    actor: {
      userId: authentication.userId,
      agencyId: authentication.agencyId,
      permissions: authentication.permissions,
      via: authentication.via,
      skipPolicyChecks: options.skipPolicyChecks,
    },
  };
}

function readCredentials(request: FastifyRequest): { kind: 'bearer' | 'cookie'; token: string } | undefined {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1])
      throw new UnauthenticatedError('token_invalid', 'Send API tokens as "Authorization: Bearer <token>".');
    return { kind: 'bearer', token: match[1] };
  }
  const cookie = request.cookies[sessionCookie];
  return cookie ? { kind: 'cookie', token: cookie } : undefined;
}

/** The signed-in user of a route that requires one (every non-public route). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.authentication) throw new UnauthenticatedError();
  return request.authentication.actor;
}
