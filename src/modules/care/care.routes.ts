import type { App, Services } from '../../http/types.ts';
import { registerCarePlanRoutes } from './care-plan.routes.ts';
import { registerNeedsAssessmentRoutes } from './needs-assessment.routes.ts';
import { registerServiceDeliveryRoutes } from './service-delivery.routes.ts';

/** The care of a victim on a case: needs assessments, the care plan, and the services delivered. */
export function registerCareRoutes(app: App, services: Services): void {
  registerNeedsAssessmentRoutes(app, services);
  registerCarePlanRoutes(app, services);
  registerServiceDeliveryRoutes(app, services);
}
