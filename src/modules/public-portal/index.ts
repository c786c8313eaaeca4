/**
 * The public portal (issue 10): reports of a suspicion from the public with a tracking code and
 * secret, the receiving agency's triage queue, case progress for code holders, and help pages.
 * See docs/decisions/0020-public-portal.md.
 */
import type { App, Services } from '../../http/types.ts';
import { registerPublicRoutes } from './public.routes.ts';
import { registerRoutingRoutes } from './routing.routes.ts';
import { registerStaffRoutes } from './staff.routes.ts';

export { solveChallenge } from './proof-of-work.ts';

export function registerPublicPortalRoutes(app: App, services: Services): void {
  registerPublicRoutes(app, services);
  registerStaffRoutes(app, services);
  registerRoutingRoutes(app, services);
}
