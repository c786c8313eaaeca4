/**
 * Health screening at intake: consented, recorded against a versioned infectious-disease
 * checklist, encrypted, and readable only by health roles (in the application and in the
 * database's policies). Not the service's own health check, which is `modules/health`.
 */
export { currentChecklist, healthChecklists } from './health-checklist.ts';
export { registerHealthScreeningRoutes } from './health-screening.routes.ts';
