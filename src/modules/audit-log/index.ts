/**
 * The audit log as its readers see it: a filtered, paged list of who saw and changed what
 * (`GET /api/audit`), and a check of the whole hash chain (`POST /api/audit/verification`).
 * Writing entries is `src/audit/`.
 */

export { registerAuditLogRoutes } from './audit-log.routes.ts';
