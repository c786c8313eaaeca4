import type { Config } from '../../config.ts';
import { asTx, type Db, type OpenTransaction, prepared, type Statement } from '../../db/db.ts';
import { type Permission, permissionSchema } from '../../policy/permissions.ts';
import { UnauthenticatedError } from '../../shared/errors.ts';
import {
  deleteSession,
  findApiToken,
  findSession,
  markTokenUsed,
  type SessionRow,
  sessionPrelude,
  touchSession,
} from './auth.repo.ts';
import { csrfTokenFor, hashToken } from './tokens.ts';

export const apiTokenPrefix = 'lt_';

/** Who a request is, once its cookie or token has been checked. */
export interface Authentication {
  readonly userId: string;
  readonly agencyId: string;
  readonly permissions: ReadonlySet<Permission>;
  readonly via: 'session' | 'api_token';
  readonly stage: SessionRow['stage'];
  /** Present for cookie sessions: what sign-out and CSRF checks need. */
  readonly session?: { readonly tokenHash: string; readonly csrfToken: string; readonly expiresAt: Date };
}

const knownPermissions = new Set<string>(permissionSchema.options);

function toPermissions(names: readonly string[]): ReadonlySet<Permission> {
  return new Set(names.filter((name) => knownPermissions.has(name)) as Permission[]);
}

type SessionState = 'current' | 'touch_due' | 'session_expired' | 'membership_ended';

/**
 * Sessions end after `maxHours` from sign-in (their `expires_at`) or `idleMinutes` without a
 * request, and at once when the user is deactivated or no longer holds any permission in the agency.
 */
function stateOf(session: SessionRow, config: Pick<Config, 'session'>, now: number): SessionState {
  const idleSince = now - config.session.idleMinutes * 60_000;
  if (
    session.expires_at.getTime() <= now ||
    session.last_seen_at.getTime() <= idleSince ||
    !session.user_active
  ) {
    return 'session_expired';
  }
  if (session.permissions.length === 0) return 'membership_ended';
  // Recording every request would write on every read; a minute's precision is enough for idling.
  return now - session.last_seen_at.getTime() > 60_000 ? 'touch_due' : 'current';
}

function sessionAuthentication(session: SessionRow, token: string, tokenHash: string): Authentication {
  return {
    userId: session.user_id,
    agencyId: session.agency_id,
    permissions: toPermissions(session.permissions),
    via: 'session',
    stage: session.stage,
    session: { tokenHash, csrfToken: csrfTokenFor(token), expiresAt: session.expires_at },
  };
}

/**
 * Sessions this process found current lately, by token hash, with the permissions the database
 * listed (decision 0056). Never trusted on its own: a request that uses one sends the database a
 * check (`rememberedSession`) in the same transaction as its read, which fails unless the session is
 * still exactly this. A hit saves the round trip of the lookup, nothing else.
 */
const rememberedSessions = new Map<
  string,
  {
    authentication: Authentication;
    /** The permissions in the database's order, as the text[] literal the check is sent (`rememberedSession`). */
    permissions: string;
    until: number;
  }
>();
/** How long a remembered session is used before it is looked up again, and how many are kept. */
const rememberFor = 60_000;
const rememberAtMost = 10_000;

function rememberSession(session: SessionRow, authentication: Authentication, tokenHash: string): void {
  // Only a session whose every permission the application knows: its check compares them all.
  if (authentication.permissions.size !== session.permissions.length) return;
  rememberedSessions.delete(tokenHash);
  if (rememberedSessions.size >= rememberAtMost) {
    const oldest = rememberedSessions.keys().next();
    if (!oldest.done) rememberedSessions.delete(oldest.value);
  }
  rememberedSessions.set(tokenHash, {
    authentication,
    permissions: permissionsLiteral(session.permissions),
    until: Date.now() + rememberFor,
  });
}

/**
 * Permissions as a PostgreSQL text[] literal, made once per remembered session rather than by the
 * driver on every request that sends the check (detail14: ~5 µs of this process per request).
 * Only known permission names (`word:word`) are remembered, so quoting each is all they need.
 */
function permissionsLiteral(permissions: readonly string[]): string {
  return `{${permissions.map((permission) => `"${permission}"`).join(',')}}`;
}

/** The session's check that opens a request's transaction, kept prepared (decision 0060). */
const enterSession = prepared(
  `select lindung_enter_session($1, $2, $3, $4, $5, $6), set_config('role', 'lindung_app', true)`,
);

/**
 * A session this process found current within the last minute, if any, with the statement that
 * has the database check it again when it opens the request's transaction (decision 0056):
 * `lindung_enter_session` (migration 0152) judges the session as `authenticateSession` does,
 * records an idle minute, sets the tenant settings from the session's row and the statement then
 * switches to `lindung_app` — or it raises `LS401` (ended) or `LS409` (not what was remembered),
 * aborting the transaction before anything sent behind it runs.
 */
export function rememberedSession(
  token: string,
  config: Pick<Config, 'session'>,
): { authentication: Authentication; check: Statement } | undefined {
  const tokenHash = hashToken(token);
  const remembered = rememberedSessions.get(tokenHash);
  if (!remembered) return undefined;
  if (remembered.until <= Date.now()) {
    rememberedSessions.delete(tokenHash);
    return undefined;
  }
  const { authentication } = remembered;
  return {
    authentication,
    check: {
      text: enterSession,
      params: [
        tokenHash,
        authentication.userId,
        authentication.agencyId,
        remembered.permissions,
        authentication.stage,
        config.session.idleMinutes,
      ],
    },
  };
}

/** Forgets a remembered session (sign-out, a failed check): the next request looks it up again. */
export function forgetSession(tokenHash: string): void {
  rememberedSessions.delete(tokenHash);
}

/** Whether an error is the database refusing a remembered session (`rememberedSession`). */
export function isSessionCheckFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === 'LS401' || code === 'LS409';
}

/** Resolves a session cookie; an ended session is deleted and reported as expired. */
export async function authenticateSession(
  db: Db,
  config: Pick<Config, 'session'>,
  token: string,
): Promise<Authentication> {
  const tokenHash = hashToken(token);
  // Single statements, each its own transaction: this runs before every request, and a
  // BEGIN/COMMIT pair around one read would double its round trips.
  const statements = asTx(db);
  const session = await findSession(statements, tokenHash);
  if (!session) throw sessionInvalid();
  const state = stateOf(session, config, Date.now());
  if (state === 'session_expired') {
    await deleteSession(statements, tokenHash);
    throw new UnauthenticatedError('session_expired', 'The session has expired. Sign in again.');
  }
  if (state === 'membership_ended') {
    await deleteSession(statements, tokenHash);
    throw new UnauthenticatedError('membership_ended', 'You no longer belong to this agency. Sign in again.');
  }
  if (state === 'touch_due') await touchSession(statements, tokenHash);
  const authentication = sessionAuthentication(session, token, tokenHash);
  rememberSession(session, authentication, tokenHash);
  return authentication;
}

const sessionInvalid = () =>
  new UnauthenticatedError('session_invalid', 'The session is not valid. Sign in again.');

/**
 * Resolves a session cookie as `authenticateSession` does, and where the database allows it
 * (`Db.begin`) begins the request's transaction in the same round trip: BEGIN, the session's
 * lookup and the tenant settings taken from it (`sessionPrelude`). The transaction is returned
 * only for a current session whose every permission the application knows, so that its settings
 * are exactly the actor's; anything else (an ended session, an idle minute to record) is rolled
 * back and takes the path of `authenticateSession`.
 */
export async function authenticateSessionWithTransaction(
  db: Db,
  config: Pick<Config, 'session'>,
  token: string,
): Promise<{ authentication: Authentication; transaction?: OpenTransaction }> {
  if (!db.begin) return { authentication: await authenticateSession(db, config, token) };
  const tokenHash = hashToken(token);
  const transaction = await db.begin(sessionPrelude(tokenHash));
  let session: SessionRow | undefined;
  try {
    session = transaction.rows[0] as SessionRow | undefined;
    if (session && stateOf(session, config, Date.now()) === 'current') {
      const authentication = sessionAuthentication(session, token, tokenHash);
      if (authentication.permissions.size === session.permissions.length) {
        rememberSession(session, authentication, tokenHash);
        return { authentication, transaction };
      }
    }
  } catch (error) {
    await transaction.rollback();
    throw error;
  }
  await transaction.rollback();
  // No such session (a forged or old cookie): answered here, not looked up a second time.
  if (!session) throw sessionInvalid();
  return { authentication: await authenticateSession(db, config, token) };
}

/**
 * Resolves an API token. It grants only the scopes it was given that its user still holds,
 * so removing a user's role also narrows their tokens.
 */
export async function authenticateApiToken(db: Db, token: string): Promise<Authentication> {
  const invalid = new UnauthenticatedError(
    'token_invalid',
    'The API token is not valid, has expired or was revoked.',
  );
  if (!token.startsWith(apiTokenPrefix)) throw invalid;
  const statements = asTx(db);
  const row = await findApiToken(statements, hashToken(token));
  if (!row || row.revoked_at || row.expires_at.getTime() <= Date.now() || !row.user_active) throw invalid;
  const held = new Set(row.permissions);
  const permissions = toPermissions(row.scopes.filter((scope) => held.has(scope)));
  if (permissions.size === 0) throw invalid;
  await markTokenUsed(statements, row.id);
  return { userId: row.user_id, agencyId: row.agency_id, permissions, via: 'api_token', stage: 'complete' };
}
