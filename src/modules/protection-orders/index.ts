/**
 * Protection orders of a case (interim, protection order, extension; revocation as a status):
 * expiry computed from the agency's jurisdiction pack, each order's expiry a deadline with
 * reminders, every change on the case's timeline and in the audit log.
 */
export { registerProtectionOrderRoutes } from './protection-order.routes.ts';
