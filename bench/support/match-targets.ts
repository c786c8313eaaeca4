import type { Db } from '../../src/db/db.ts';

/**
 * The persons a match bench matches: `persons` of the agency's persons with a name, in a fixed
 * order (by the digest of their id), the first `skip` left out — so that runs one after another
 * each match persons never matched before.
 */
export async function matchTargets(
  db: Db,
  agencyId: string,
  persons: number,
  skip: number,
): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `select p.id from person p where p.agency_id = $1 and exists (select 1 from person_name n where n.person_id = p.id)
      order by md5(p.id::text) offset $3 limit $2`,
    [agencyId, persons, skip],
  );
  return rows.map((r) => r.id);
}
