import type { Tx } from '../../db/db.ts';

export interface MeRow {
  id: string;
  email: string;
  display_name: string;
  locale: string;
  totp_enabled_at: Date | null;
  memberships: { agencyId: string; agencyName: string; roles: string[] }[];
}

/** The signed-in user and the agencies they may act for, read under their own row-level security. */
export async function findMe(tx: Tx, userId: string): Promise<MeRow | undefined> {
  const [row] = await tx.query<MeRow>(
    `select u.id, u.email, u.display_name, u.locale, u.totp_enabled_at,
            coalesce((
              select json_agg(json_build_object('agencyId', g.agency_id, 'agencyName', g.name, 'roles', g.roles) order by g.name)
                from (select m.agency_id, a.name, array_agg(m.role_code order by m.role_code) as roles
                        from membership m join agency a on a.id = m.agency_id
                       where m.user_id = u.id and a.active
                       group by m.agency_id, a.name) g), '[]'::json) as memberships
       from app_user u where u.id = $1`,
    [userId],
  );
  return row;
}
