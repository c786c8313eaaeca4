/**
 * Repatriation: the sending agency's plan to take a victim home (travel documents, escort, route,
 * receiving agency, date), its departure, and the receiving agency's confirmation of hand-over.
 * The receiving agency sees the plan and the person's minimum, never the case.
 */
export {
  findRepatriation,
  type RepatriationRow,
  recordReturnEvent,
  requireRepatriation,
} from './repatriation.repo.ts';
export { registerRepatriationRoutes } from './repatriation.routes.ts';
