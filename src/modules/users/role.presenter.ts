import type { Permission } from '../../policy/permissions.ts';
import type { Actor } from '../../policy/policy.ts';
import type { RoleRow } from './role.repo.ts';
import type { RoleView } from './role.schema.ts';
import { givesRole } from './user.policy.ts';

const languages = ['en', 'ms', 'id', 'vi'] as const;

/** A role for its reader: every language labelled (English, then the code, where one is missing). */
export function presentRole(row: RoleRow, actor: Actor): RoleView {
  const fallback = row.labels.en ?? row.code;
  return {
    code: row.code,
    labels: Object.fromEntries(
      languages.map((language) => [language, row.labels[language] ?? fallback]),
    ) as RoleView['labels'],
    description: row.description,
    permissions: row.permissions as Permission[],
    assignable: givesRole(actor, row.code),
  };
}
