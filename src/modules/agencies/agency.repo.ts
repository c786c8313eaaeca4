import { sql, type Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';
import type { AgencyListQuery, CreateAgency, UpdateAgency } from './agency.schema.ts';

export interface AgencyRow {
  id: string;
  name: string;
  short_name: string | null;
  type: string;
  country: string;
  host_country: string | null;
  parent_id: string | null;
  time_zone: string;
  approvals_required: string[];
  active: boolean;
  created_at: Date;
  updated_at: Date;
}

const columns = [
  'id',
  'name',
  'short_name',
  'type',
  'country',
  'host_country',
  'parent_id',
  'time_zone',
  'approvals_required',
  'active',
  'created_at',
  'updated_at',
] as const;

export function findAgency(tx: Tx, id: string): Promise<AgencyRow | undefined> {
  return tx.first(sql.selectFrom('agency').select(columns).where('id', '=', id));
}

/** The agency, or a 404 (also when row-level security hides it). */
export async function requireAgency(tx: Tx, id: string): Promise<AgencyRow> {
  const agency = await findAgency(tx, id);
  if (!agency) throw new NotFoundError('agency');
  return agency;
}

/** Agencies whose short name is `shortName` (any case); several countries may use the same one. */
export function findAgenciesByShortName(tx: Tx, shortName: string): Promise<AgencyRow[]> {
  return tx.all(
    sql
      .selectFrom('agency')
      .select(columns)
      .where((eb) => eb(eb.fn('lower', ['short_name']), '=', shortName.toLowerCase()))
      .orderBy('country')
      .orderBy('name'),
  );
}

/** Agencies ordered by name, then id (the cursor is that pair). */
export function listAgencies(
  tx: Tx,
  query: AgencyListQuery,
  after: [string, string] | undefined,
): Promise<AgencyRow[]> {
  let statement = sql.selectFrom('agency').select(columns);
  if (query.country) statement = statement.where('country', '=', query.country);
  if (query.type) statement = statement.where('type', '=', query.type);
  if (query.active !== undefined) statement = statement.where('active', '=', query.active);
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, '\\$&')}%`;
    statement = statement.where((eb) =>
      eb.or([eb('name', 'ilike', pattern), eb('short_name', 'ilike', pattern)]),
    );
  }
  if (after)
    statement = statement.where((eb) => eb(eb.refTuple('name', 'id'), '>', eb.tuple(after[0], after[1])));
  return tx.all(
    statement
      .orderBy('name')
      .orderBy('id')
      .limit(query.limit + 1),
  );
}

export async function insertAgency(tx: Tx, id: string, agency: CreateAgency): Promise<void> {
  // No RETURNING: an agency administrator could create nothing here anyway, and the row is read back
  // through the same policies as any other read.
  await tx.all(
    sql.insertInto('agency').values({
      id,
      name: agency.name,
      short_name: agency.shortName ?? null,
      type: agency.type,
      country: agency.country,
      host_country: agency.hostCountry ?? null,
      parent_id: agency.parentId ?? null,
      time_zone: agency.timeZone,
    }),
  );
}

/** Applies a change; returns false when row-level security hides the agency from this actor. */
export async function updateAgency(tx: Tx, id: string, change: UpdateAgency): Promise<boolean> {
  const rows = await tx.all(
    sql
      .updateTable('agency')
      .set({
        ...(change.name !== undefined && { name: change.name }),
        ...(change.shortName !== undefined && { short_name: change.shortName }),
        ...(change.hostCountry !== undefined && { host_country: change.hostCountry }),
        ...(change.parentId !== undefined && { parent_id: change.parentId }),
        ...(change.timeZone !== undefined && { time_zone: change.timeZone }),
        ...(change.approvalsRequired !== undefined && { approvals_required: change.approvalsRequired }),
        ...(change.active !== undefined && { active: change.active }),
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .returning('id'),
  );
  return rows.length === 1;
}

/** True if making `parentId` the parent of `id` would put `id` among its own ancestors. */
export async function wouldCreateCycle(tx: Tx, id: string, parentId: string): Promise<boolean> {
  const rows = await tx.query(
    `with recursive ancestor(id, parent_id) as (
       select id, parent_id from agency where id = $1
       union
       select a.id, a.parent_id from agency a join ancestor on a.id = ancestor.parent_id
     )
     select 1 from ancestor where id = $2`,
    [parentId, id],
  );
  return rows.length > 0;
}
