import type { App, Services } from '../../http/types.ts';
import { registerCourtRoutes } from './court.routes.ts';
import { registerFiguresRoutes } from './figures.routes.ts';
import { registerInvestigationRoutes } from './investigation.routes.ts';

/** Prosecution: investigations, suspects, arrests, charges, hearings, outcomes, restitution and figures. */
export function registerProsecutionRoutes(app: App, services: Services): void {
  registerInvestigationRoutes(app, services);
  registerCourtRoutes(app, services);
  registerFiguresRoutes(app, services);
}
