import type { FastifyRequest } from 'fastify';
import type { OpenTransaction } from '../db/db.ts';
import { lendTransaction, openWith } from '../db/tenant.ts';
// The credentials alone, not the auth module's index: its routes are built on this file, and
// importing them here would make a cycle that breaks whichever module a program loads first.
import {
  type Authentication,
  authenticateApiToken,
  authenticateSession,
  authenticateSessionWithTransaction,
  forgetSession,
  isSessionCheckFailure,
  rememberedSession,
} from '../modules/auth/credentials.ts';
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
    /**
     * A read whose transaction may check the session itself (decision 0056): on a session this
     * process found current within the last minute, the request is not held for a lookup; its
     * first `inTenant` opens with the database's check of the session, sent in the same write as
     * the route's first statement. Only for GET routes that read (the route may run twice: once
     * on the remembered session, again on the session as it is, if the check found it changed).
     */
    checksSessionWithRead?: boolean;
  }
}

/** A request answered on a remembered session, until the database has confirmed that session. */
interface Unconfirmed {
  readonly token: string;
  readonly tokenHash: string;
  confirmed: boolean;
  /** Checks the session the ordinary way (once), making the request's authentication afresh. */
  readonly confirm: () => Promise<void>;
}
const unconfirmedSessions = new WeakMap<FastifyRequest, Unconfirmed>();
/** Handlers that confirm a remembered session (`checksSessionWithRead`). */
const wrapped = new WeakSet<object>();

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
  app.addHook('onRoute', (route) => {
    if (route.config?.checksSessionWithRead !== true) return;
    const methods = [route.method].flat();
    if (!methods.every((method) => readMethods.has(method)))
      throw new Error(`checksSessionWithRead is for GET routes only (${route.url})`);
    const handler = route.handler;
    // Fastify makes the HEAD route from the GET route's options, handler included.
    if (wrapped.has(handler)) return;
    route.handler = async function (this: unknown, request, reply) {
      const unconfirmed = unconfirmedSessions.get(request);
      if (!unconfirmed) return handler.call(this as never, request, reply);
      let outcome: { result: unknown } | { error: unknown };
      try {
        const result = await handler.call(this as never, request, reply);
        if (unconfirmed.confirmed) return result;
        outcome = { result };
      } catch (error) {
        if (unconfirmed.confirmed) throw error;
        outcome = { error };
      }
      // Not confirmed by the database (its check failed, or the route never reached it): check
      // the session the ordinary way — an ended one is forgotten and answered 401 — and answer
      // what the route did only if the session was what it took it to be; else run it again.
      const remembered = actorOf(request);
      await unconfirmed.confirm();
      const failed = 'error' in outcome && isSessionCheckFailure(outcome.error);
      if (!failed && sameActor(remembered, actorOf(request))) {
        if ('error' in outcome) throw outcome.error;
        return outcome.result;
      }
      return handler.call(this as never, request, reply);
    };
    wrapped.add(route.handler);
  });

  /** The ordinary check of a remembered session, with no transaction to lend: separate statements. */
  async function confirmOrdinarily(request: FastifyRequest, unconfirmed: Unconfirmed): Promise<void> {
    unconfirmed.confirmed = true;
    forgetSession(unconfirmed.tokenHash);
    const authentication = await authenticateSession(services.db, services.config, unconfirmed.token);
    request.authentication = checkedAuthentication(request, authentication, false, options);
  }

  app.addHook('onRequest', async (request) => {
    const isPublic = request.routeOptions.config?.public === true;
    const credentials = readCredentials(request);
    if (!credentials) {
      if (isPublic) return;
      throw new UnauthenticatedError();
    }
    if (
      credentials.kind === 'cookie' &&
      !isPublic &&
      readMethods.has(request.method) &&
      request.routeOptions.config?.checksSessionWithRead === true &&
      answerOnRememberedSession(request, credentials.token)
    ) {
      return;
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

  /**
   * Takes a session this process found current within the last minute as the request's, still to
   * be confirmed: the route's first transaction opens with the database's check of it (decision
   * 0056). False if none is remembered, or if the remembered one would be refused here anyway
   * (the ordinary path then decides, with the session as it is).
   */
  function answerOnRememberedSession(request: FastifyRequest, token: string): boolean {
    const remembered = rememberedSession(token, services.config);
    if (!remembered) return false;
    const { authentication, check } = remembered;
    let checked: RequestAuthentication;
    try {
      checked = checkedAuthentication(request, authentication, false, options);
    } catch {
      return false;
    }
    const unconfirmed: Unconfirmed = {
      token,
      tokenHash: check.params[0] as string,
      confirmed: false,
      confirm: () => confirmOrdinarily(request, unconfirmed),
    };
    request.authentication = checked;
    unconfirmedSessions.set(request, unconfirmed);
    openWith(services.db, checked.actor, {
      ...check,
      passed: () => {
        unconfirmed.confirmed = true;
      },
    });
    return true;
  }
}

/**
 * Before an error is answered: a request on a remembered session that the database has not yet
 * confirmed (an error before its route ran, e.g. a bad parameter) has its session checked the
 * ordinary way first, so that an ended session is answered 401 whatever else was wrong, as before.
 * Throws that 401.
 */
export async function confirmBeforeAnswering(request: FastifyRequest): Promise<void> {
  const unconfirmed = unconfirmedSessions.get(request);
  if (unconfirmed && !unconfirmed.confirmed) await unconfirmed.confirm();
}

function sameActor(a: Actor, b: Actor): boolean {
  return (
    a.userId === b.userId &&
    a.agencyId === b.agencyId &&
    a.permissions.size === b.permissions.size &&
    [...a.permissions].every((permission) => b.permissions.has(permission))
  );
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
