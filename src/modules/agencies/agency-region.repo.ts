import type { Tx } from '../../db/db.ts';

/** The regions an agency covers (ISO 3166-2 codes, sorted) and whether it is its country's default triage agency. */
export async function jurisdictionOf(
  tx: Tx,
  agencyId: string,
): Promise<{ regions: string[]; defaultTriage: boolean }> {
  const [row] = await tx.query<{ regions: string[]; default_triage: boolean }>(
    `select a.default_triage,
            coalesce((select array_agg(g.region_code order by g.region_code)
                        from agency_region g where g.agency_id = a.id), '{}') as regions
       from agency a where a.id = $1`,
    [agencyId],
  );
  return { regions: row?.regions ?? [], defaultTriage: row?.default_triage ?? false };
}

/** Replaces the regions an agency covers. */
export async function replaceRegions(tx: Tx, agencyId: string, regions: readonly string[]): Promise<void> {
  await tx.query('delete from agency_region where agency_id = $1 and region_code <> all ($2::text[])', [
    agencyId,
    regions,
  ]);
  await tx.query(
    `insert into agency_region (agency_id, region_code)
     select $1, code from unnest($2::text[]) as code on conflict do nothing`,
    [agencyId, regions],
  );
}

/** Makes the agency its country's default triage agency (the previous one stops being it), or not. */
export async function setDefaultTriage(
  tx: Tx,
  agency: { id: string; country: string },
  on: boolean,
): Promise<void> {
  if (on) {
    await tx.query(
      'update agency set default_triage = false where country = $1 and default_triage and id <> $2',
      [agency.country, agency.id],
    );
  }
  await tx.query('update agency set default_triage = $2, updated_at = now() where id = $1', [agency.id, on]);
}
