import { sql as raw } from 'kysely';
import { sql, type Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';
import type { UserListQuery } from './user.schema.ts';

export interface UserRow {
  id: string;
  email: string;
  display_name: string;
  locale: string;
  active: boolean;
  totp_enabled_at: Date | null;
  created_at: Date;
  updated_at: Date;
  /** The memberships row-level security lets the reader see. */
  memberships: { agencyId: string; role: string }[];
}

const userColumns = [
  'id',
  'email',
  'display_name',
  'locale',
  'active',
  'totp_enabled_at',
  'created_at',
  'updated_at',
] as const;

function selectUsers() {
  return sql
    .selectFrom('app_user as u')
    .select(userColumns.map((column) => `u.${column}` as const))
    .select(
      raw<UserRow['memberships']>`coalesce((
        select json_agg(json_build_object('agencyId', m.agency_id, 'role', m.role_code) order by m.agency_id, m.role_code)
          from membership m where m.user_id = u.id), '[]'::json)`.as('memberships'),
    );
}

export async function findUser(tx: Tx, id: string): Promise<UserRow | undefined> {
  return tx.first(selectUsers().where('u.id', '=', id));
}

/** The user, or a 404 (also when row-level security hides them). */
export async function requireUser(tx: Tx, id: string): Promise<UserRow> {
  const user = await findUser(tx, id);
  if (!user) throw new NotFoundError('user');
  return user;
}

/** Users ordered by e-mail address, then id (the cursor is that pair). */
export async function listUsers(
  tx: Tx,
  query: UserListQuery,
  after: [string, string] | undefined,
): Promise<UserRow[]> {
  let statement = selectUsers();
  if (query.agencyId || query.role) {
    statement = statement.where((eb) => {
      let members = eb.selectFrom('membership as f').select('f.user_id').whereRef('f.user_id', '=', 'u.id');
      if (query.agencyId) members = members.where('f.agency_id', '=', query.agencyId);
      if (query.role) members = members.where('f.role_code', '=', query.role);
      return eb.exists(members);
    });
  }
  if (query.active !== undefined) statement = statement.where('u.active', '=', query.active);
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, '\\$&')}%`;
    statement = statement.where((eb) =>
      eb.or([eb('u.email', 'ilike', pattern), eb('u.display_name', 'ilike', pattern)]),
    );
  }
  if (after) {
    statement = statement.where((eb) =>
      eb(eb.tuple(eb.fn<string>('lower', ['u.email']), eb.ref('u.id')), '>', eb.tuple(after[0], after[1])),
    );
  }
  return tx.all(
    statement
      .orderBy((eb) => eb.fn('lower', ['u.email']))
      .orderBy('u.id')
      .limit(query.limit + 1),
  );
}

export async function insertUser(
  tx: Tx,
  user: { id: string; email: string; displayName: string; locale: string; passwordHash: string },
): Promise<void> {
  await tx.all(
    sql.insertInto('app_user').values({
      id: user.id,
      email: user.email,
      display_name: user.displayName,
      locale: user.locale,
      password_hash: user.passwordHash,
    }),
  );
}

export async function updateUser(
  tx: Tx,
  id: string,
  change: { email?: string; displayName?: string; locale?: string; active?: boolean },
): Promise<boolean> {
  const rows = await tx.all(
    sql
      .updateTable('app_user')
      .set({
        ...(change.email !== undefined && { email: change.email }),
        ...(change.displayName !== undefined && { display_name: change.displayName }),
        ...(change.locale !== undefined && { locale: change.locale }),
        ...(change.active !== undefined && { active: change.active }),
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .returning('id'),
  );
  return rows.length === 1;
}

/**
 * Replaces the memberships the actor can see (their agency's, or all for a system administrator)
 * with `memberships`; memberships in other agencies are untouched.
 */
export async function replaceMemberships(
  tx: Tx,
  userId: string,
  memberships: readonly { agencyId: string; role: string }[],
): Promise<void> {
  await tx.all(sql.deleteFrom('membership').where('user_id', '=', userId));
  if (memberships.length === 0) return;
  await tx.all(
    sql
      .insertInto('membership')
      .values(memberships.map((m) => ({ user_id: userId, agency_id: m.agencyId, role_code: m.role })))
      .onConflict((oc) => oc.doNothing()),
  );
}

export async function existingRoles(tx: Tx): Promise<Set<string>> {
  const rows = await tx.all(sql.selectFrom('role').select('code'));
  return new Set(rows.map((row) => row.code));
}
