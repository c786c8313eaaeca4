import QRCode from 'qrcode';
import { recordAudit } from '../../audit/audit.ts';
import type { Config } from '../../config.ts';
import { decryptField, encryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Db } from '../../db/db.ts';
import { seesVictimData } from '../../policy/permissions.ts';
import type { Actor } from '../../policy/policy.ts';
import { ConflictError, ForbiddenError, UnauthenticatedError, ValidationError } from '../../shared/errors.ts';
import {
  activeMembershipAgencies,
  deleteSession,
  deleteSessionsOf,
  findCredentialsById,
  permissionsIn,
  replaceRecoveryCodes,
  updateSession,
} from './auth.repo.ts';
import { forgetSession } from './credentials.ts';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './password.ts';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes.ts';
import { totpSecretContext } from './sign-in.commands.ts';
import { newTotpSecret, totpStep, totpUri } from './totp.ts';

/*
 * A signed-in user's own account: sign-out, acting agency, password, two-factor sign-in.
 * These run as the platform (the user is already authenticated) on the user's own rows only.
 */

interface AccountProps {
  readonly db: Db;
  readonly actor: Actor;
  readonly requestId: string;
}

export async function signOut(props: AccountProps & { sessionTokenHash: string }): Promise<void> {
  await props.db.transaction(async (tx) => {
    await deleteSession(tx, props.sessionTokenHash);
    await recordAudit(tx, {
      actorUserId: props.actor.userId,
      agencyId: props.actor.agencyId,
      action: 'auth.sign_out',
      requestId: props.requestId,
    });
  });
  // The database's check would refuse it anyway (decision 0056); forgetting saves it the trip.
  forgetSession(props.sessionTokenHash);
}

/** Moves the session to another agency the user belongs to; permissions follow the new agency. */
export async function switchAgency(
  props: AccountProps & { sessionTokenHash: string; agencyId: string; config: Pick<Config, 'require2fa'> },
): Promise<void> {
  await props.db.transaction(async (tx) => {
    const agencies = await activeMembershipAgencies(tx, props.actor.userId);
    if (!agencies.includes(props.agencyId)) {
      throw new ForbiddenError('not_a_member', 'You are not a member of that agency.');
    }
    const user = await findCredentialsById(tx, props.actor.userId);
    const permissions = await permissionsIn(tx, props.actor.userId, props.agencyId);
    const stage =
      props.config.require2fa && seesVictimData(permissions) && !user?.totp_enabled_at
        ? 'enrolment_required'
        : 'complete';
    await updateSession(tx, props.sessionTokenHash, { agencyId: props.agencyId, stage });
    await recordAudit(tx, {
      actorUserId: props.actor.userId,
      agencyId: props.agencyId,
      action: 'auth.switch_agency',
      requestId: props.requestId,
      detail: { from: props.actor.agencyId },
    });
  });
  forgetSession(props.sessionTokenHash);
}

/** Remembers the language the user reads Lindung in (the web app switches to it at sign-in). */
export async function changeLocale(props: AccountProps & { locale: string }): Promise<void> {
  await props.db.transaction(async (tx) => {
    await tx.query('update app_user set locale = $2, updated_at = now() where id = $1', [
      props.actor.userId,
      props.locale,
    ]);
    await recordAudit(tx, {
      actorUserId: props.actor.userId,
      agencyId: props.actor.agencyId,
      action: 'auth.change_locale',
      requestId: props.requestId,
      detail: { locale: props.locale },
    });
  });
}

/** Changes the password after checking the current one; every other session of the user ends. */
export async function changePassword(
  props: AccountProps & {
    sessionTokenHash: string | undefined;
    currentPassword: string;
    newPassword: string;
  },
): Promise<void> {
  const user = await props.db.transaction((tx) => findCredentialsById(tx, props.actor.userId));
  if (!user) throw new UnauthenticatedError();
  if (!(await verifyPassword(user.password_hash, props.currentPassword))) {
    throw new ValidationError([{ code: 'password_wrong', field: 'currentPassword', message: 'is wrong' }]);
  }
  await checkPasswordPolicy(props.newPassword, user.email);
  const passwordHash = await hashPassword(props.newPassword);
  await props.db.transaction(async (tx) => {
    await tx.query(
      'update app_user set password_hash = $2, password_changed_at = now(), updated_at = now() where id = $1',
      [user.id, passwordHash],
    );
    await deleteSessionsOf(tx, user.id, props.sessionTokenHash);
    await recordAudit(tx, {
      actorUserId: user.id,
      agencyId: props.actor.agencyId,
      action: 'auth.change_password',
      subject: { type: 'user', id: user.id },
      requestId: props.requestId,
    });
  });
}

export interface TotpEnrolment {
  readonly secret: string;
  readonly otpauthUri: string;
  readonly qrCodeSvg: string;
}

/**
 * Starts two-factor enrolment: a new secret, kept encrypted until the user proves with a code
 * that their app holds it (`confirmTotp`). Starting again replaces an unconfirmed secret.
 */
export async function startTotpEnrolment(props: AccountProps & { keyring: Keyring }): Promise<TotpEnrolment> {
  return props.db.transaction(async (tx) => {
    const user = await findCredentialsById(tx, props.actor.userId);
    if (!user) throw new UnauthenticatedError();
    if (user.totp_enabled_at) {
      throw new ConflictError('two_factor_already_enabled', 'Two-factor sign-in is already set up.');
    }
    const secret = newTotpSecret();
    await tx.query(
      'update app_user set totp_secret = $2, totp_last_step = null, updated_at = now() where id = $1',
      [user.id, encryptField(props.keyring, totpSecretContext, secret)],
    );
    const otpauthUri = totpUri(secret, user.email);
    return { secret, otpauthUri, qrCodeSvg: await QRCode.toString(otpauthUri, { type: 'svg', margin: 1 }) };
  });
}

/** Completes enrolment with a code from the app; returns the recovery codes, shown this once. */
export async function confirmTotp(
  props: AccountProps & { keyring: Keyring; code: string; sessionTokenHash: string | undefined },
): Promise<string[]> {
  return props.db.transaction(async (tx) => {
    const user = await findCredentialsById(tx, props.actor.userId);
    if (!user) throw new UnauthenticatedError();
    if (user.totp_enabled_at) {
      throw new ConflictError('two_factor_already_enabled', 'Two-factor sign-in is already set up.');
    }
    if (!user.totp_secret) {
      throw new ConflictError('two_factor_not_started', 'Start two-factor enrolment first.');
    }
    const step = totpStep(decryptField(props.keyring, totpSecretContext, user.totp_secret), props.code);
    if (step === undefined)
      throw new ValidationError([
        { code: 'code_wrong_or_expired', field: 'code', message: 'is wrong or has expired' },
      ]);
    await tx.query(
      'update app_user set totp_enabled_at = now(), totp_last_step = $2, updated_at = now() where id = $1',
      [user.id, step],
    );
    const codes = newRecoveryCodes();
    await replaceRecoveryCodes(tx, user.id, codes.map(hashRecoveryCode));
    if (props.sessionTokenHash) await updateSession(tx, props.sessionTokenHash, { stage: 'complete' });
    await recordAudit(tx, {
      actorUserId: user.id,
      agencyId: props.actor.agencyId,
      action: 'auth.enable_two_factor',
      subject: { type: 'user', id: user.id },
      requestId: props.requestId,
    });
    return codes;
  });
}

/**
 * Ends everything a user's old second factor could still open: recovery codes and sessions.
 * The users module clears the secret itself, under the administrator's row-level security.
 */
export async function revokeSecondFactorAccess(db: Db, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await replaceRecoveryCodes(tx, userId, []);
    await deleteSessionsOf(tx, userId);
  });
}
