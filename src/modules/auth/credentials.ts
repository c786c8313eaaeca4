import type { Config } from '../../config.ts';
import { asTx, type Db } from '../../db/db.ts';
import { type Permission, permissionSchema } from '../../policy/permissions.ts';
import { UnauthenticatedError } from '../../shared/errors.ts';
import {
  deleteSession,
  findApiToken,
  findSession,
  markTokenUsed,
  type SessionRow,
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

/**
 * Resolves a session cookie. Sessions end after `maxHours` from sign-in or `idleMinutes`
 * without a request; an ended session is deleted and reported as expired.
 */
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
  if (!session) throw new UnauthenticatedError('session_invalid', 'The session is not valid. Sign in again.');
  const now = Date.now();
  const idleSince = now - config.session.idleMinutes * 60_000;
  if (
    session.expires_at.getTime() <= now ||
    session.last_seen_at.getTime() <= idleSince ||
    !session.user_active
  ) {
    await deleteSession(statements, tokenHash);
    throw new UnauthenticatedError('session_expired', 'The session has expired. Sign in again.');
  }
  if (session.permissions.length === 0) {
    await deleteSession(statements, tokenHash);
    throw new UnauthenticatedError('membership_ended', 'You no longer belong to this agency. Sign in again.');
  }
  // Recording every request would write on every read; a minute's precision is enough for idling.
  if (now - session.last_seen_at.getTime() > 60_000) await touchSession(statements, tokenHash);
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
