import { sql, type Tx } from '../../db/db.ts';

/*
 * Queries made before a user is known (sign-in, resolving a cookie or token). They run as the
 * database owner, outside row-level security, so they are kept here, few and narrow.
 */

export interface CredentialRow {
  id: string;
  email: string;
  password_hash: string;
  totp_secret: string | null;
  totp_enabled_at: Date | null;
  totp_last_step: number | null;
  active: boolean;
}

export function findCredentialsByEmail(tx: Tx, email: string): Promise<CredentialRow | undefined> {
  return tx.first(
    sql
      .selectFrom('app_user')
      .select(['id', 'email', 'password_hash', 'totp_secret', 'totp_enabled_at', 'totp_last_step', 'active'])
      .where((eb) => eb(eb.fn('lower', ['email']), '=', email.trim().toLowerCase())),
  );
}

export function findCredentialsById(tx: Tx, userId: string): Promise<CredentialRow | undefined> {
  return tx.first(
    sql
      .selectFrom('app_user')
      .select(['id', 'email', 'password_hash', 'totp_secret', 'totp_enabled_at', 'totp_last_step', 'active'])
      .where('id', '=', userId),
  );
}

/** The agencies a user may act for (active agencies only), in a stable order. */
export async function activeMembershipAgencies(tx: Tx, userId: string): Promise<string[]> {
  const rows = await tx.query<{ agency_id: string }>(
    `select distinct m.agency_id, a.name from membership m join agency a on a.id = m.agency_id
      where m.user_id = $1 and a.active order by a.name, m.agency_id`,
    [userId],
  );
  return rows.map((row) => row.agency_id);
}

/** The permissions a user holds in one agency, through all their roles there. */
export async function permissionsIn(tx: Tx, userId: string, agencyId: string): Promise<string[]> {
  const [row] = await tx.query<{ permissions: string[] }>(
    'select lindung_permissions($1, $2) as permissions',
    [userId, agencyId],
  );
  return row?.permissions ?? [];
}

/** Records a TOTP time step as used; false if that step (or a later one) was used already. */
export async function acceptTotpStep(tx: Tx, userId: string, step: number): Promise<boolean> {
  const rows = await tx.query(
    'update app_user set totp_last_step = $2 where id = $1 and coalesce(totp_last_step, -1) < $2 returning 1',
    [userId, step],
  );
  return rows.length === 1;
}

// ---- sessions

export interface SessionRow {
  user_id: string;
  agency_id: string;
  stage: 'complete' | 'enrolment_required';
  expires_at: Date;
  last_seen_at: Date;
  user_active: boolean;
  permissions: string[];
}

export async function insertSession(
  tx: Tx,
  session: {
    tokenHash: string;
    userId: string;
    agencyId: string;
    stage: SessionRow['stage'];
    expiresAt: Date;
  },
): Promise<void> {
  await tx.all(
    sql.insertInto('auth_session').values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      agency_id: session.agencyId,
      stage: session.stage,
      expires_at: session.expiresAt,
    }),
  );
}

const sessionColumns = `s.user_id, s.agency_id, s.stage, s.expires_at, s.last_seen_at, u.active as user_active,
            lindung_permissions(s.user_id, s.agency_id) as permissions
       from auth_session s join app_user u on u.id = s.user_id`;

export async function findSession(tx: Tx, tokenHash: string): Promise<SessionRow | undefined> {
  const [row] = await tx.query<SessionRow>(`select ${sessionColumns} where s.token_hash = $1`, [tokenHash]);
  return row;
}

const tokenHashPattern = /^[0-9a-f]{64}$/;

/**
 * A transaction prelude that looks up a session (as `findSession`, answering its row) and, if there
 * is one, switches to `lindung_app` with the session's user, agency and permissions as the tenant
 * settings — taken from the database in the same statement, so that no value from the request
 * reaches them. The token hash is the only value written into the SQL, and it must be a SHA-256 in
 * hex. The caller still has to judge the session (expiry, idling, deactivation) before using the
 * transaction. The session's row is read before the role switch (a materialised CTE), as the owner.
 */
export function sessionPrelude(tokenHash: string): string {
  if (!tokenHashPattern.test(tokenHash)) throw new Error('a session token hash is not a SHA-256 in hex');
  return `with session as materialized (select ${sessionColumns} where s.token_hash = '${tokenHash}')
    select session.*,
           set_config('lindung.user_id', session.user_id::text, true) as tenant_user,
           set_config('lindung.agency_id', session.agency_id::text, true) as tenant_agency,
           set_config('lindung.permissions', array_to_string(session.permissions, ','), true) as tenant_permissions,
           set_config('role', 'lindung_app', true) as tenant_role
      from session`;
}

export async function touchSession(tx: Tx, tokenHash: string): Promise<void> {
  await tx.query('update auth_session set last_seen_at = now() where token_hash = $1', [tokenHash]);
}

export async function updateSession(
  tx: Tx,
  tokenHash: string,
  change: { agencyId?: string; stage?: SessionRow['stage'] },
): Promise<void> {
  await tx.query(
    'update auth_session set agency_id = coalesce($2, agency_id), stage = coalesce($3, stage) where token_hash = $1',
    [tokenHash, change.agencyId ?? null, change.stage ?? null],
  );
}

export async function deleteSession(tx: Tx, tokenHash: string): Promise<void> {
  await tx.query('delete from auth_session where token_hash = $1', [tokenHash]);
}

/** Ends a user's sessions, all of them or all but one (after a password change). */
export async function deleteSessionsOf(tx: Tx, userId: string, except?: string): Promise<void> {
  await tx.query('delete from auth_session where user_id = $1 and token_hash is distinct from $2', [
    userId,
    except ?? null,
  ]);
}

// ---- API tokens

export interface TokenRow {
  id: string;
  user_id: string;
  agency_id: string;
  scopes: string[];
  expires_at: Date;
  revoked_at: Date | null;
  user_active: boolean;
  permissions: string[];
}

export async function findApiToken(tx: Tx, tokenHash: string): Promise<TokenRow | undefined> {
  const [row] = await tx.query<TokenRow>(
    `select t.id, t.user_id, t.agency_id, t.scopes, t.expires_at, t.revoked_at, u.active as user_active,
            lindung_permissions(t.user_id, t.agency_id) as permissions
       from api_token t join app_user u on u.id = t.user_id
      where t.token_hash = $1`,
    [tokenHash],
  );
  return row;
}

export async function markTokenUsed(tx: Tx, id: string): Promise<void> {
  await tx.query(
    `update api_token set last_used_at = now() where id = $1 and (last_used_at is null or last_used_at < now() - interval '1 minute')`,
    [id],
  );
}

// ---- recovery codes

export async function replaceRecoveryCodes(
  tx: Tx,
  userId: string,
  codeHashes: readonly string[],
): Promise<void> {
  await tx.query('delete from recovery_code where user_id = $1', [userId]);
  await tx.query('insert into recovery_code (user_id, code_hash) select $1, unnest($2::text[])', [
    userId,
    codeHashes,
  ]);
}

/** Uses up a recovery code; true if it was valid and unused. */
export async function consumeRecoveryCode(tx: Tx, userId: string, codeHash: string): Promise<boolean> {
  const rows = await tx.query(
    'update recovery_code set used_at = now() where user_id = $1 and code_hash = $2 and used_at is null returning 1',
    [userId, codeHash],
  );
  return rows.length === 1;
}

// ---- sign-in throttling

export interface ThrottleRow {
  failures: number;
  window_started_at: Date;
  locked_until: Date | null;
}

export function findThrottle(tx: Tx, keyHash: string): Promise<ThrottleRow | undefined> {
  return tx.first(
    sql
      .selectFrom('sign_in_throttle')
      .select(['failures', 'window_started_at', 'locked_until'])
      .where('key_hash', '=', keyHash),
  );
}

/**
 * Counts a failure in the current window (restarting the window once it has passed) and
 * locks the key when the count reaches the limit. Returns the row after the update.
 */
export async function recordThrottleFailure(
  tx: Tx,
  keyHash: string,
  policy: { maxFailures: number; windowSeconds: number; lockSeconds: number },
): Promise<ThrottleRow> {
  const [row] = await tx.query<ThrottleRow>(
    `insert into sign_in_throttle as t (key_hash, failures, window_started_at)
     values ($1, 1, now())
     on conflict (key_hash) do update set
       failures = case when t.window_started_at < now() - make_interval(secs => $2) then 1 else t.failures + 1 end,
       window_started_at = case when t.window_started_at < now() - make_interval(secs => $2) then now() else t.window_started_at end
     returning failures, window_started_at, locked_until`,
    [keyHash, policy.windowSeconds],
  );
  if (!row) throw new Error('throttle row missing after upsert');
  if (row.failures < policy.maxFailures) return row;
  const [locked] = await tx.query<ThrottleRow>(
    `update sign_in_throttle set locked_until = now() + make_interval(secs => $2), failures = 0, window_started_at = now()
      where key_hash = $1 returning failures, window_started_at, locked_until`,
    [keyHash, policy.lockSeconds],
  );
  return locked ?? row;
}

export async function clearThrottle(tx: Tx, keyHash: string): Promise<void> {
  await tx.query('delete from sign_in_throttle where key_hash = $1', [keyHash]);
}

/** Deletes ended sessions and expired throttles; returns how many sessions went. */
export async function purgeExpiredSessions(tx: Tx, idleMinutes: number): Promise<number> {
  const rows = await tx.query(
    `delete from auth_session where expires_at <= now() or last_seen_at <= now() - make_interval(mins => $1) returning 1`,
    [idleMinutes],
  );
  await tx.query(
    `delete from sign_in_throttle where coalesce(locked_until, window_started_at) < now() - interval '1 day'`,
  );
  return rows.length;
}
