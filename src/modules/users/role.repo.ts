import type { Tx } from '../../db/db.ts';

export interface RoleRow {
  code: string;
  description: string;
  labels: Record<string, string>;
  permissions: string[];
}

/** Every role with its permissions (readable by anyone signed in), in the order lists show them. */
export function listRoles(tx: Tx): Promise<RoleRow[]> {
  return tx.query<RoleRow>(
    `select r.code, r.description, r.labels,
            coalesce(array_agg(rp.permission order by rp.permission)
                       filter (where rp.permission is not null), '{}') as permissions
       from role r left join role_permission rp on rp.role_code = r.code
      group by r.code
      order by r.position, r.code`,
  );
}
