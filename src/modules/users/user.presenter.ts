import type { UserRow } from './user.repo.ts';
import type { UserView } from './user.schema.ts';

export function presentUser(row: UserRow): UserView {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    locale: row.locale as UserView['locale'],
    active: row.active,
    twoFactorEnabled: row.totp_enabled_at !== null,
    memberships: row.memberships,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
