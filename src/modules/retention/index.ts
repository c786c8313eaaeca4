export { type Anonymised, anonymiseCases } from './anonymise.ts';
export {
  type RetentionReport,
  retentionHandler,
  retentionJob,
  runRetention,
  scheduleRetention,
} from './retention.job.ts';
