import type { App, Services } from '../../http/types.ts';
import { registerPlacementRoutes } from './placement.routes.ts';
import { registerShelterRoutes } from './shelter.routes.ts';

/** The shelter registry and its occupancy; admissions, transfers and discharges. */
export function registerShelterModuleRoutes(app: App, services: Services): void {
  registerShelterRoutes(app, services);
  registerPlacementRoutes(app, services);
}
