import { createHash } from 'node:crypto';
import { recordAudit } from '../../audit/audit.ts';
import type { Config } from '../../config.ts';
import { decryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Db, Tx } from '../../db/db.ts';
import { seesVictimData } from '../../policy/permissions.ts';
import { ForbiddenError, TooManyRequestsError, UnauthenticatedError } from '../../shared/errors.ts';
import {
  acceptTotpStep,
  activeMembershipAgencies,
  type CredentialRow,
  clearThrottle,
  consumeRecoveryCode,
  findCredentialsByEmail,
  findThrottle,
  insertSession,
  permissionsIn,
  recordThrottleFailure,
  type SessionRow,
} from './auth.repo.ts';
import { verifyPassword } from './password.ts';
import { hashRecoveryCode } from './recovery-codes.ts';
import { csrfTokenFor, hashToken, newSecretToken } from './tokens.ts';
import { totpStep } from './totp.ts';

/** After this many failures within the window, the address is locked for `lockSeconds`. */
export const signInThrottle = { maxFailures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 } as const;

export const totpSecretContext = 'app_user.totp_secret';

export interface SignInProps {
  readonly db: Db;
  readonly keyring: Keyring;
  readonly config: Pick<Config, 'require2fa' | 'session'>;
  readonly email: string;
  readonly password: string;
  readonly totp?: string | undefined;
  readonly recoveryCode?: string | undefined;
  readonly agencyId?: string | undefined;
  readonly requestId: string;
}

export interface SignedIn {
  readonly sessionToken: string;
  readonly csrfToken: string;
  readonly userId: string;
  readonly agencyId: string;
  readonly stage: SessionRow['stage'];
  readonly expiresAt: Date;
}

function throttleKey(email: string): string {
  return createHash('sha256').update('sign-in\0').update(email.trim().toLowerCase()).digest('hex');
}

/**
 * Signs a user in with e-mail, password and (once enrolled) a TOTP or recovery code, and opens a
 * session in the chosen agency. Every failure counts towards a lockout of the address, is audited,
 * and answers the same whether or not the address exists.
 */
export async function signIn(props: SignInProps): Promise<SignedIn> {
  const { db, email, requestId } = props;
  const key = throttleKey(email);
  const { user, throttle } = await db.transaction(async (tx) => ({
    user: await findCredentialsByEmail(tx, email),
    throttle: await findThrottle(tx, key),
  }));
  const lockedFor = throttle?.locked_until
    ? Math.ceil((throttle.locked_until.getTime() - Date.now()) / 1000)
    : 0;
  if (lockedFor > 0) {
    await db.transaction((tx) => auditSignIn(tx, user?.id ?? null, 'denied', 'locked', requestId));
    throw new TooManyRequestsError('sign_in_locked', 'Too many failed sign-ins. Try again later.', lockedFor);
  }

  const passwordMatches = await verifyPassword(user?.password_hash, props.password);
  if (!user || !passwordMatches || !user.active) {
    await fail(
      db,
      key,
      user?.id ?? null,
      user && passwordMatches ? 'inactive' : 'bad_credentials',
      requestId,
    );
    throw new UnauthenticatedError('invalid_credentials', 'The e-mail address or password is wrong.');
  }

  if (user.totp_enabled_at) {
    if (!props.totp && !props.recoveryCode) {
      throw new UnauthenticatedError('two_factor_required', 'Enter the code from your authenticator app.');
    }
    if (!(await db.transaction((tx) => secondFactorAccepted(tx, props, user)))) {
      await fail(db, key, user.id, 'bad_second_factor', requestId);
      throw new UnauthenticatedError('two_factor_invalid', 'The code is wrong or was already used.');
    }
  }

  return db.transaction(async (tx) => {
    const agencies = await activeMembershipAgencies(tx, user.id);
    const agencyId = props.agencyId ?? agencies[0];
    if (!agencyId || !agencies.includes(agencyId)) {
      throw new ForbiddenError(
        props.agencyId ? 'not_a_member' : 'no_active_membership',
        props.agencyId ? 'You are not a member of that agency.' : 'You do not belong to any active agency.',
      );
    }
    const permissions = await permissionsIn(tx, user.id, agencyId);
    const stage =
      props.config.require2fa && seesVictimData(permissions) && !user.totp_enabled_at
        ? 'enrolment_required'
        : 'complete';
    const sessionToken = newSecretToken();
    const expiresAt = new Date(Date.now() + props.config.session.maxHours * 3_600_000);
    await insertSession(tx, {
      tokenHash: hashToken(sessionToken),
      userId: user.id,
      agencyId,
      stage,
      expiresAt,
    });
    await clearThrottle(tx, key);
    await recordAudit(tx, {
      actorUserId: user.id,
      agencyId,
      action: 'auth.sign_in',
      requestId,
      detail: { stage },
    });
    return {
      sessionToken,
      csrfToken: csrfTokenFor(sessionToken),
      userId: user.id,
      agencyId,
      stage,
      expiresAt,
    };
  });
}

/** A TOTP code from the user's app (never the same one twice), or one of their unused recovery codes. */
async function secondFactorAccepted(tx: Tx, props: SignInProps, user: CredentialRow): Promise<boolean> {
  if (props.recoveryCode) return consumeRecoveryCode(tx, user.id, hashRecoveryCode(props.recoveryCode));
  if (!props.totp || !user.totp_secret) return false;
  const step = totpStep(decryptField(props.keyring, totpSecretContext, user.totp_secret), props.totp);
  return step !== undefined && acceptTotpStep(tx, user.id, step);
}

async function fail(
  db: Db,
  key: string,
  userId: string | null,
  reason: string,
  requestId: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    await recordThrottleFailure(tx, key, signInThrottle);
    await auditSignIn(tx, userId, 'failure', reason, requestId);
  });
}

function auditSignIn(
  tx: Tx,
  userId: string | null,
  outcome: 'denied' | 'failure',
  reason: string,
  requestId: string,
): Promise<void> {
  return recordAudit(tx, {
    actorUserId: userId,
    agencyId: null,
    action: 'auth.sign_in',
    outcome,
    requestId,
    detail: { reason },
  });
}
