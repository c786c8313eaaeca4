/**
 * The care of a victim on a case: needs assessments by domain (a new one supersedes the last),
 * a versioned care plan (goals, planned services with responsible agencies and dates, review
 * date), and the services delivered. All on the case's timeline and in the audit log.
 */
export { registerCareRoutes } from './care.routes.ts';
export { carePlanApprovalAppliers } from './care-plan.commands.ts';
export { careServiceTypeSchema } from './care-plan.schema.ts';
export { needDomains } from './needs-assessment.schema.ts';
