import type { Db } from '../../src/db/db.ts';
import type { DemoAgencyKey } from '../../src/modules/demo/demo-agencies.ts';
import type { DemoUser } from '../../src/modules/demo/demo-users.ts';
import { demoUsers } from '../../src/modules/demo/index.ts';

/**
 * The matrix's cast: the demo users, and for every role a user in each of three agencies seen from
 * the JKM victim's record (the record most endpoints are asked about) where no demo user of that
 * role stands already: JKM itself (own agency), KBRI (shared: it accepted the victim's referral and
 * her consent names it) and Tenaganita (another Malaysian agency she was never shared with). The
 * demo users already stand in most agencies that own the other fixtures (PDRM, JPW, KEMENSOS, MAPO),
 * and in other countries' agencies.
 */
export const castAgencies = { own: 'jkm', shared: 'kbri', other: 'tenaganita' } as const satisfies Record<
  string,
  DemoAgencyKey
>;

/** Where a demo user of `role` already stands, seen from JKM's record: own, shared or other. */
function standsAs(user: DemoUser): keyof typeof castAgencies {
  if (user.agency === 'jkm') return 'own';
  return ['kbri', 'jpw', 'kemensos'].includes(user.agency) ? 'shared' : 'other';
}

/**
 * Adds the missing users (one membership each, the demo password's hash) to a fresh database and
 * returns them with the demo users; one insert per table, so the set-up stays a fraction of a second.
 */
export async function castOf(
  db: Db,
  agencyIds: Readonly<Record<DemoAgencyKey, string>>,
): Promise<readonly DemoUser[]> {
  const roles = (await db.query<{ code: string }>('select code from role order by code')).map((r) => r.code);
  const extra: DemoUser[] = [];
  for (const role of roles) {
    for (const [relation, agency] of Object.entries(castAgencies) as [
      keyof typeof castAgencies,
      DemoAgencyKey,
    ][]) {
      if (demoUsers.some((user) => user.role === role && standsAs(user) === relation)) continue;
      extra.push({
        email: `${role.replaceAll('_', '-')}.${agency.toLowerCase()}@matrix.lindung.org`,
        displayName: `${role} of ${agency} (matrix)`,
        role,
        agency,
        locale: 'en',
      });
    }
  }
  await db.query(
    `with made as (
       insert into app_user (email, display_name, locale, password_hash)
       select u.email, u.display_name, 'en', (select password_hash from app_user where email = $4)
         from unnest($1::text[], $2::text[]) as u (email, display_name)
       returning id, email)
     insert into membership (user_id, agency_id, role_code)
     select made.id, m.agency_id, m.role_code
       from unnest($1::text[], $3::uuid[], $5::text[]) as m (email, agency_id, role_code)
       join made on made.email = m.email`,
    [
      extra.map((user) => user.email),
      extra.map((user) => user.displayName),
      extra.map((user) => agencyIds[user.agency]),
      'cm.jkm@demo.lindung.org',
      extra.map((user) => user.role),
    ],
  );
  return [...demoUsers, ...extra];
}
