/**
 * The national action plan (4P): plans with years, strategies by pillar, activities with
 * responsible and supporting agencies, indicators with baselines and yearly targets; yearly progress
 * reports by the responsible agency, the coordinator's review, a dashboard by pillar and agency, and
 * late reports as deadlines. No victim data. See docs/decisions/0018-national-action-plan.md.
 */

export { createPlan, createReport, findActivity, reviewReport } from './action-plan.commands.ts';
export { actionPlanLabels, reportGraceDays } from './action-plan.labels.ts';
export { requirePlan } from './action-plan.repo.ts';
export { registerActionPlanRoutes } from './action-plan.routes.ts';
