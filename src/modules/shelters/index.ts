/**
 * Shelters: the registry (operator agency, type, whom a shelter takes, beds, region, services,
 * encrypted address), occupancy by shelter and region, and placements — admissions, transfers
 * and discharges of a case's person, checked against the shelter's rules with warnings to
 * acknowledge. The shelter's agency sees a placement and the person's name, sex and age band only.
 */
export { shelterLabels } from './shelter.labels.ts';
export { type DemoShelter, seedShelter } from './shelter.seed.ts';
export { registerShelterModuleRoutes } from './shelters.routes.ts';
