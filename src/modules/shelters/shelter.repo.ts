import type { Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';
import type { AdmittedSex, OccupancyQuery, ShelterListQuery, ShelterPopulation } from './shelter.schema.ts';

export interface ShelterRow {
  id: string;
  agency_id: string;
  agency_name: string;
  name: string;
  type: 'government' | 'ngo';
  population: ShelterPopulation;
  admits_sexes: AdmittedSex[];
  min_age: number | null;
  max_age: number | null;
  region: string;
  /** Encrypted. */
  address: string | null;
  phone: string | null;
  email: string | null;
  services: string[];
  active: boolean;
  created_at: Date;
  updated_at: Date;
  beds: { id: string; label: string; inService: boolean; free: boolean }[];
  /** Whether the caller's agency has someone placed there now (and may see the address). */
  placed_here: boolean;
  bed_count: number;
  occupied: number;
  free: number;
}

/** The columns a shelter is written with, by their names in the table. */
export interface ShelterColumns {
  name: string;
  type: string;
  population: string;
  admits_sexes: readonly string[];
  min_age: number | null;
  max_age: number | null;
  region: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  services: readonly string[];
  active: boolean;
}

const shelterSelect = `
  select s.id, s.agency_id, a.name as agency_name, s.name, s.type, s.population, s.admits_sexes, s.min_age,
         s.max_age, s.region, s.address, s.phone, s.email, s.services, s.active, s.created_at, s.updated_at,
         coalesce((select json_agg(json_build_object('id', b.id, 'label', b.label, 'inService', b.in_service,
                     'free', b.id = any (f.ids)) order by length(b.label), b.label)
                     from shelter_bed b where b.shelter_id = s.id), '[]'::json) as beds,
         exists (select 1 from placement p where p.shelter_id = s.id and p.discharged_on is null
                    and p.agency_id = lindung_agency_id()) as placed_here,
         coalesce(o.beds, 0) as bed_count, coalesce(o.occupied, 0) as occupied, coalesce(o.free, 0) as free
    from shelter s
    join agency a on a.id = s.agency_id
    -- The free beds once per shelter: the placements in them are not all the caller's to see.
    cross join lateral (select coalesce(array_agg(bed_id), '{}') as ids from lindung_shelter_free_beds(s.id)) f
    left join lindung_shelter_occupancy() o on o.shelter_id = s.id`;

export async function insertShelter(
  tx: Tx,
  shelter: ShelterColumns & { agencyId: string; createdBy: string | null; bedLabels: readonly string[] },
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into shelter (agency_id, created_by, name, type, population, admits_sexes, min_age, max_age, region,
                          address, phone, email, services, active)
     values ($1, $2, $3, $4, $5, $6::text[], $7, $8, $9, $10, $11, $12, $13::text[], $14) returning id`,
    [
      shelter.agencyId,
      shelter.createdBy,
      shelter.name,
      shelter.type,
      shelter.population,
      shelter.admits_sexes,
      shelter.min_age,
      shelter.max_age,
      shelter.region,
      shelter.address,
      shelter.phone,
      shelter.email,
      shelter.services,
      shelter.active,
    ],
  );
  const id = (row as { id: string }).id;
  await insertBeds(tx, id, shelter.agencyId, shelter.bedLabels);
  return id;
}

export async function insertBeds(
  tx: Tx,
  shelterId: string,
  agencyId: string,
  labels: readonly string[],
): Promise<void> {
  await tx.query(
    `insert into shelter_bed (shelter_id, agency_id, label)
     select $1, $2, label from unnest($3::text[]) as label`,
    [shelterId, agencyId, labels],
  );
}

export async function updateShelterColumns(
  tx: Tx,
  id: string,
  columns: Partial<ShelterColumns>,
): Promise<void> {
  const entries = Object.entries(columns).filter(([, value]) => value !== undefined);
  const casts: Record<string, string> = { admits_sexes: '::text[]', services: '::text[]' };
  const sets = entries.map(([column], index) => `${column} = $${index + 2}${casts[column] ?? ''}`);
  // Row-level security lets only the shelter's agency change it: a change that matched no row did not
  // happen, and must not be answered (nor audited) as if it had.
  const updated = await tx.query(
    `update shelter set ${[...sets, 'updated_at = now()'].join(', ')} where id = $1 returning id`,
    [id, ...entries.map(([, value]) => value)],
  );
  if (updated.length === 0) throw new NotFoundError('shelter');
}

export async function setBedInService(tx: Tx, bedId: string, inService: boolean): Promise<void> {
  const updated = await tx.query('update shelter_bed set in_service = $2 where id = $1 returning id', [
    bedId,
    inService,
  ]);
  if (updated.length === 0) throw new NotFoundError('bed');
}

export async function findShelter(tx: Tx, id: string): Promise<ShelterRow | undefined> {
  const [row] = await tx.query<ShelterRow>(`${shelterSelect} where s.id = $1`, [id]);
  return row;
}

/** The shelter, or a 404. The registry is visible to every signed-in user. */
export async function requireShelter(tx: Tx, id: string): Promise<ShelterRow> {
  const found = await findShelter(tx, id);
  if (!found) throw new NotFoundError('shelter');
  return found;
}

export function listShelters(tx: Tx, query: ShelterListQuery): Promise<ShelterRow[]> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const where = (sql: string, value: unknown) => {
    params.push(value);
    conditions.push(sql.replace('?', `$${params.length}`));
  };
  if (query.country) where('left(s.region, 2) = ?', query.country);
  if (query.region) where('s.region = ?', query.region);
  if (query.population) where('s.population = ?', query.population);
  if (query.agencyId) where('s.agency_id = ?', query.agencyId);
  if (query.active !== undefined) where('s.active = ?', query.active);
  return tx.query<ShelterRow>(
    `${shelterSelect} ${conditions.length > 0 ? `where ${conditions.join(' and ')}` : ''}
      order by s.region, s.name, s.id`,
    params,
  );
}

export interface OccupancyRow {
  shelter_id: string;
  name: string;
  agency_id: string;
  population: ShelterPopulation;
  region: string;
  beds: number;
  occupied: number;
  free: number;
}

/** Beds, people placed and free beds of every open shelter, by region then name. */
export function listOccupancy(tx: Tx, query: OccupancyQuery): Promise<OccupancyRow[]> {
  return tx.query<OccupancyRow>(
    `select s.id as shelter_id, s.name, s.agency_id, s.population, s.region, o.beds, o.occupied, o.free
       from shelter s join lindung_shelter_occupancy() o on o.shelter_id = s.id
      where s.active and ($1::text is null or left(s.region, 2) = $1) and ($2::text is null or s.region = $2)
        and ($3::text is null or s.population = $3)
      order by s.region, s.name, s.id`,
    [query.country ?? null, query.region ?? null, query.population ?? null],
  );
}
