export { caseSummaryContext } from './case.commands.ts';
export { type CaseRow, requireCase } from './case.repo.ts';
export { registerCaseRoutes } from './case.routes.ts';
export { registerCaseWorkRoutes } from './case-work.routes.ts';
