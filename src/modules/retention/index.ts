export { type Anonymised, anonymiseCases } from './anonymise.ts';
export { erasureApprovalAppliers } from './erasure.commands.ts';
export { eraseCaseHandler, eraseCaseJob } from './erasure.job.ts';
export { registerErasureRoutes } from './erasure.routes.ts';
export { registerErasureNoticeRoutes } from './erasure-notice.routes.ts';
export {
  type RetentionReport,
  retentionHandler,
  retentionJob,
  runRetention,
  scheduleRetention,
} from './retention.job.ts';
export { registerRetentionPeriodRoutes } from './retention-period.routes.ts';
