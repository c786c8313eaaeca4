export { caseSummaryContext } from './case.commands.ts';
export { casePolicy } from './case.policy.ts';
export { type CaseRow, recordCaseEvent, requireCase } from './case.repo.ts';
export { registerCaseRoutes } from './case.routes.ts';
export { registerCaseWorkRoutes } from './case-work.routes.ts';
