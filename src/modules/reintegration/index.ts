/**
 * Reintegration: an agency's plan for a person back home, follow-ups at set intervals after the
 * return with coded outcome measures, closure with a reason, and the provincial figures of how
 * many were reintegrated and how they are doing.
 */
export { registerReintegrationRoutes } from './reintegration.routes.ts';
