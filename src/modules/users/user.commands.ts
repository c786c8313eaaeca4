import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../audit/audit.ts';
import { sql, type Tx } from '../../db/db.ts';
import { type Actor, can } from '../../policy/policy.ts';
import { type FieldProblem, NotFoundError, ValidationError } from '../../shared/errors.ts';
import { findAgency } from '../agencies/index.ts';
import { givesRole } from './user.policy.ts';
import {
  existingRoles,
  findUser,
  insertUser,
  replaceMemberships,
  type UserRow,
  updateUser,
} from './user.repo.ts';
import type { CreateUser, UpdateUser } from './user.schema.ts';

interface CommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly requestId: string;
}

/**
 * Memberships must name existing roles and agencies. An agency administrator may only give roles
 * in their own agency, and never the system administrator's role.
 */
async function checkMemberships(
  tx: Tx,
  actor: Actor,
  memberships: readonly { agencyId: string; role: string }[],
): Promise<void> {
  const roles = await existingRoles(tx);
  const problems: FieldProblem[] = [];
  for (const [index, membership] of memberships.entries()) {
    if (!roles.has(membership.role))
      problems.push({ code: 'role_unknown', field: `memberships.${index}.role`, message: 'is not a role' });
    if (!can(actor, 'user:manage_any')) {
      if (membership.agencyId !== actor.agencyId) {
        problems.push({
          code: 'membership_other_agency',
          field: `memberships.${index}.agencyId`,
          message: 'must be your own agency',
        });
      }
      if (!givesRole(actor, membership.role)) {
        problems.push({
          code: 'role_platform_only',
          field: `memberships.${index}.role`,
          message: 'can only be given by a system administrator',
        });
      }
    }
    if (!(await findAgency(tx, membership.agencyId))) {
      problems.push({
        code: 'agency_unknown',
        field: `memberships.${index}.agencyId`,
        message: 'is not an agency',
      });
    }
  }
  if (problems.length > 0) throw new ValidationError(problems);
}

/** Creates a user account with its memberships. The password arrives already hashed. */
export async function createUser(
  props: CommandProps & { user: CreateUser; passwordHash: string },
): Promise<UserRow> {
  const { tx, actor, user } = props;
  await checkMemberships(tx, actor, user.memberships);
  const id = randomUUID();
  await insertUser(tx, {
    id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale,
    passwordHash: props.passwordHash,
  });
  await replaceMemberships(tx, id, user.memberships);
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'user.create',
    subject: { type: 'user', id },
    requestId: props.requestId,
    detail: { memberships: user.memberships },
  });
  return (await findUser(tx, id)) as UserRow;
}

/** Changes a user's details, status or (the memberships the actor manages of) their roles. */
export async function changeUser(
  props: CommandProps & { userId: string; change: UpdateUser },
): Promise<UserRow> {
  const { tx, actor, userId, change } = props;
  if (change.memberships) await checkMemberships(tx, actor, change.memberships);
  if (!(await updateUser(tx, userId, change))) throw new NotFoundError('user');
  if (change.memberships) await replaceMemberships(tx, userId, change.memberships);
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: change.active === false ? 'user.deactivate' : 'user.update',
    subject: { type: 'user', id: userId },
    requestId: props.requestId,
    detail: { fields: Object.keys(change), ...(change.memberships && { memberships: change.memberships }) },
  });
  return (await findUser(tx, userId)) as UserRow;
}

/**
 * Removes a user's two-factor setup (a lost phone), so that they enrol again at their next
 * sign-in. The update runs under the administrator's row-level security: an agency
 * administrator cannot reset a user who also belongs to another agency.
 */
export async function resetTwoFactor(props: CommandProps & { userId: string }): Promise<void> {
  const { tx, actor, userId } = props;
  const rows = await tx.all(
    sql
      .updateTable('app_user')
      .set({ totp_secret: null, totp_enabled_at: null, totp_last_step: null, updated_at: new Date() })
      .where('id', '=', userId)
      .returning('id'),
  );
  if (rows.length === 0) throw new NotFoundError('user');
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'user.reset_two_factor',
    subject: { type: 'user', id: userId },
    requestId: props.requestId,
  });
}
