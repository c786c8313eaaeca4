import type { Tx } from '../../db/db.ts';
import { insertShelter } from './shelter.repo.ts';
import type { AdmittedSex, CreateShelter } from './shelter.schema.ts';

/** A shelter of the demo data: registered by the platform, without an address (it would need the key). */
export interface DemoShelter {
  readonly name: string;
  readonly type: CreateShelter['type'];
  readonly population: CreateShelter['population'];
  readonly rules: {
    readonly sexes: readonly AdmittedSex[];
    readonly minAge: number | null;
    readonly maxAge: number | null;
  };
  readonly region: string;
  readonly phone: string;
  readonly services: CreateShelter['services'];
  readonly beds: number;
}

/** Registers a demo shelter of an agency, as the platform (no user), in the caller's transaction. */
export async function seedShelter(tx: Tx, agencyId: string, shelter: DemoShelter): Promise<string> {
  return insertShelter(tx, {
    agencyId,
    createdBy: null,
    name: shelter.name,
    type: shelter.type,
    population: shelter.population,
    admits_sexes: shelter.rules.sexes,
    min_age: shelter.rules.minAge,
    max_age: shelter.rules.maxAge,
    region: shelter.region,
    address: null,
    phone: shelter.phone,
    email: null,
    services: shelter.services,
    active: true,
    bedLabels: Array.from({ length: shelter.beds }, (_, index) => String(index + 1)),
  });
}
