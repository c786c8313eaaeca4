import { decryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import { shelterFields } from './shelter.fields.ts';
import type { OccupancyRow, ShelterRow } from './shelter.repo.ts';
import type { OccupancyView, ShelterView } from './shelter.schema.ts';

/**
 * A shelter as the API shows it. The address is decrypted only when `showAddress` (the caller's
 * agency runs the shelter or has someone placed there): a shelter's location protects its residents.
 */
export function presentShelter(row: ShelterRow, keyring: Keyring, showAddress: boolean): ShelterView {
  return {
    id: row.id,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    name: row.name,
    type: row.type,
    population: row.population,
    rules: { sexes: row.admits_sexes, minAge: row.min_age, maxAge: row.max_age },
    country: row.region.slice(0, 2),
    region: row.region,
    address: showAddress && row.address ? decryptField(keyring, shelterFields.address, row.address) : null,
    phone: row.phone,
    email: row.email,
    services: row.services as ShelterView['services'],
    active: row.active,
    occupancy: { beds: row.bed_count, occupied: row.occupied, free: row.free },
    beds: row.beds,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Occupancy by shelter, and summed by region. */
export function presentOccupancy(rows: OccupancyRow[]): OccupancyView {
  const regions = new Map<
    string,
    { region: string; shelters: number; beds: number; occupied: number; free: number }
  >();
  for (const row of rows) {
    const region = regions.get(row.region) ?? {
      region: row.region,
      shelters: 0,
      beds: 0,
      occupied: 0,
      free: 0,
    };
    region.shelters += 1;
    region.beds += row.beds;
    region.occupied += row.occupied;
    region.free += row.free;
    regions.set(row.region, region);
  }
  return {
    shelters: rows.map((row) => ({
      shelterId: row.shelter_id,
      name: row.name,
      agencyId: row.agency_id,
      population: row.population,
      region: row.region,
      beds: row.beds,
      occupied: row.occupied,
      free: row.free,
    })),
    regions: [...regions.values()],
  };
}
