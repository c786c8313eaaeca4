export { type CaseEventKind, caseEventKinds } from '../../shared/case-event-kinds.ts';
export { caseApprovalAppliers, caseSummaryContext, openCase } from './case.commands.ts';
export { casePolicy } from './case.policy.ts';
export {
  type CaseRow,
  caseVictimId,
  findCase,
  requireCase,
} from './case.repo.ts';
export { registerCaseRoutes } from './case.routes.ts';
export { recordCaseEvent, recordPersonCaseEvent } from './case-events.repo.ts';
export { recordCasePartRead } from './case-reads.ts';
export { recordCaseWork, refuseClosedCase, workableCase } from './case-work.commands.ts';
export { isAgencyMember } from './case-work.repo.ts';
export { registerCaseWorkRoutes } from './case-work.routes.ts';
