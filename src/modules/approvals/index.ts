export {
  type ApprovalAppliers,
  needsApproval,
  openSealedChange,
  type RequestKind,
  requestApproval,
  requestKindSchema,
  withdrawApprovalsOfClosedCase,
} from './approval.commands.ts';
export { type ApprovalRow, findApproval, requireApproval } from './approval.repo.ts';
export {
  approvalSchema,
  awaitingApprovalSchema,
  presentApproval,
  registerApprovalRoutes,
} from './approval.routes.ts';
