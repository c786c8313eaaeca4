export { type ApprovalAppliers, requestApproval } from './approval.commands.ts';
export type { ApprovalRow } from './approval.repo.ts';
export { approvalSchema, presentApproval, registerApprovalRoutes } from './approval.routes.ts';
